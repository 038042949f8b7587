import type { ComponentChildren } from 'preact';
import type { z } from 'zod';
import { publicationActionInput } from '@domain/actions/publication-action.schema.js';
import type { PublicationStep } from '../firebase/functions.js';
import { validate } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton, type ButtonVariant } from '../ui/button.js';
import { askToConfirm, type ConfirmOptions } from '../ui/confirm-dialog.js';
import { Form } from '../ui/form.js';
import type { FormModel } from '../ui/form-model.js';
import { useForm } from '../ui/use-form.js';

const adapter = () => import('../firebase/publications.js');

export type PublicationInput = z.input<typeof publicationActionInput>;

/**
 * One step of a publication that asks for words (a reason, a comment, a note) as a form: the
 * fields are named by the callable schema's paths (`reason`, `note.uk`) and checked with it
 * (`publicationActionInput`), then `publicationAction` runs once per press; a step that cannot
 * be undone asks to confirm first. Success is said in `messages` (the form may be gone by then:
 * its flag decided, its step done).
 */
export function StepForm<V extends Record<string, string>>(props: {
  id: string;
  heading?: string;
  initial: V;
  labels: Record<keyof V & string, string>;
  toInput: (values: V) => PublicationInput;
  fields: (form: FormModel<V, PublicationInput>) => ComponentChildren;
  submit: string;
  busy: string;
  variant?: ButtonVariant;
  confirm?: ConfirmOptions;
  done: (step: PublicationStep) => string;
  messages: Parameters<typeof succeed>[0];
}) {
  const form = useForm<V, PublicationInput>({
    id: props.id,
    initial: props.initial,
    validate: (values) =>
      validate(
        publicationActionInput,
        props.toInput(values),
        currentLanguage(),
        props.labels,
      ) as ReturnType<typeof validate<typeof publicationActionInput>>,
  });
  const send = () =>
    submitForm(form, {
      run: async (input) => {
        if (props.confirm && !(await askToConfirm(props.confirm))) return null;
        return (await adapter()).publicationAction(input);
      },
      timeoutMs: 30_000,
    }).then((outcome) => {
      if (outcome?.ok && outcome.value) succeed(props.messages, props.done(outcome.value));
    });
  const headingId = `${props.id}-heading`;
  return (
    <section aria-labelledby={headingId} class="action-step">
      {props.heading ? (
        <h3 id={headingId}>{props.heading}</h3>
      ) : (
        <span id={headingId} class="visually-hidden">
          {props.submit}
        </span>
      )}
      <Form form={form} labelledBy={headingId} onSubmit={() => void send()}>
        {props.fields(form)}
        <BusyButton
          state={form}
          label={props.submit}
          busyLabel={props.busy ?? t('publishing.review.sending')}
          variant={props.variant ?? 'primary'}
        />
      </Form>
    </section>
  );
}
