import { Label, useFieldParts, type FieldProps, type Option } from './field.js';
import type { FormValues } from './form-model.js';

/** One checkbox with its label beside it (consent, a yes/no setting); the value is a boolean. */
export function CheckboxField<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K>,
) {
  const parts = useFieldParts(props);
  return (
    <div class="field field-checkbox" onFocusOut={parts.onFocusOut}>
      {parts.errorMessage}
      <div class="choice">
        <input
          {...parts.control}
          required={false}
          type="checkbox"
          checked={parts.value === true}
          onChange={(event) => props.form.set(props.name, event.currentTarget.checked as V[K])}
        />
        <label for={parts.ids.control}>{props.label}</label>
      </div>
      {parts.hint}
    </div>
  );
}

export interface ChoiceOption extends Option {
  hint?: string;
}

/**
 * A group of radio buttons (the value is the chosen option, or '') or checkboxes (the value
 * is the list of checked options) in a fieldset whose legend asks the question; the hint and
 * the error describe the fieldset.
 */
export function ChoiceField<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K> & {
    type: 'radio' | 'checkbox';
    options: readonly ChoiceOption[];
    /** Lays the choices out in columns where the screen allows (the 27 regions). */
    columns?: boolean;
  },
) {
  const parts = useFieldParts(props);
  const chosen = (value: string) =>
    Array.isArray(parts.value) ? parts.value.includes(value) : parts.value === value;
  const choose = (value: string, checked: boolean) => {
    if (props.type === 'radio') {
      props.form.set(props.name, value as V[K]);
      return;
    }
    const current = Array.isArray(parts.value) ? (parts.value as readonly string[]) : [];
    // Checked values keep the order of the options.
    const next = props.options
      .map((option) => option.value)
      .filter((option) => (option === value ? checked : current.includes(option)));
    props.form.set(props.name, next as unknown as V[K]);
  };
  const { required: _required, name: _name, ...fieldset } = parts.control;
  return (
    <fieldset {...fieldset} class="field choice-group" onFocusOut={parts.onFocusOut}>
      <legend>
        <Label label={props.label} optional={props.optional} />
      </legend>
      {parts.hint}
      {parts.errorMessage}
      <div class={props.columns ? 'choices choices-columns' : 'choices'}>
        {props.options.map((option, index) => {
          const id = `${parts.ids.control}-${index}`;
          const hintId = option.hint ? `${id}-hint` : undefined;
          return (
            <div class="choice" key={option.value}>
              <input
                id={id}
                name={props.name}
                type={props.type}
                value={option.value}
                aria-describedby={hintId}
                checked={chosen(option.value)}
                onChange={(event) => choose(option.value, event.currentTarget.checked)}
              />
              <label for={id} lang={option.lang}>
                {option.label}
                {option.hint ? (
                  <span id={hintId} class="choice-hint">
                    {option.hint}
                  </span>
                ) : null}
              </label>
            </div>
          );
        })}
      </div>
    </fieldset>
  );
}
