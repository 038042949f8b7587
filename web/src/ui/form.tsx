import type { ComponentChildren } from 'preact';
import { ErrorSummary } from './error-summary.js';
import type { FormModel, FormValues } from './form-model.js';
import { FormMessage } from './form-message.js';

/**
 * A form of the house: not validated by the browser (the shared schema does it, in the
 * interface's language), busy while it is being sent, with the error summary and the
 * message box at its top. `onSubmit` is usually `() => submitForm(form, …)`.
 */
export function Form<V extends FormValues>(props: {
  form: FormModel<V, unknown>;
  /** Classes beside `form` (the report's forms: `report-form`). */
  class?: string;
  /** The id of the heading that names the form. */
  labelledBy: string;
  onSubmit: () => void;
  children: ComponentChildren;
}) {
  return (
    <form
      class={props.class ? `form ${props.class}` : 'form'}
      novalidate
      aria-labelledby={props.labelledBy}
      aria-busy={props.form.busy.value ? 'true' : 'false'}
      onSubmit={(event) => {
        event.preventDefault();
        props.onSubmit();
      }}
    >
      <FormMessage state={props.form} />
      <ErrorSummary form={props.form} />
      {props.children}
    </form>
  );
}
