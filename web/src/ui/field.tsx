import type { ComponentChildren } from 'preact';
import { t } from '../i18n/i18n.js';
import { fieldIds, type FormModel, type FormValues } from './form-model.js';

/**
 * The one field component: a visible label tied to its control, an optional hint, and the
 * error message above the control, tied to it with aria-describedby (and marking it
 * aria-invalid) only while it is shown. Text inputs, text areas and selects are this frame
 * around their control; checkboxes and groups of choices (choice-field.tsx) share its parts.
 */
export interface FieldProps<V extends FormValues, K extends keyof V & string> {
  form: FormModel<V, unknown>;
  name: K;
  label: string;
  hint?: string | undefined;
  /** Shows «(необов’язково)» after the label; a field is required otherwise. */
  optional?: boolean;
  /** Ids of other descriptions of the control (a live check), read before the error. */
  describedBy?: string;
}

/** What a field's control carries: its id, name and the ties to hint and error. */
export interface ControlProps {
  id: string;
  name: string;
  required: boolean;
  'aria-describedby'?: string;
  'aria-invalid'?: 'true';
}

/** The parts every field shares, for field components built on them. */
export function useFieldParts<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K>,
) {
  const ids = fieldIds(props.form.id, props.name);
  const error = props.form.visible.value[props.name] ?? null;
  const describedBy = [
    props.hint ? ids.hint : null,
    props.describedBy ?? null,
    error ? ids.error : null,
  ]
    .filter(Boolean)
    .join(' ');
  const control: ControlProps = {
    id: ids.control,
    name: props.name,
    required: !props.optional,
    ...(describedBy ? { 'aria-describedby': describedBy } : {}),
    ...(error ? { 'aria-invalid': 'true' as const } : {}),
  };
  const hint = props.hint ? (
    <p id={ids.hint} class="field-hint">
      {props.hint}
    </p>
  ) : null;
  const errorMessage = (
    <p id={ids.error} class="field-error" hidden={!error}>
      {error ?? ''}
    </p>
  );
  // Leaving the field (not moving within it) lets it show its problems from now on.
  const onFocusOut = (event: FocusEvent) => {
    const to = event.relatedTarget;
    if (to instanceof Node && (event.currentTarget as Node).contains(to)) return;
    props.form.leave(props.name);
  };
  return {
    ids,
    control,
    hint,
    errorMessage,
    onFocusOut,
    value: props.form.values.value[props.name],
  };
}

export function Label(props: { label: string; optional?: boolean | undefined }) {
  return props.optional ? (
    <>
      {props.label} <span class="optional">{t('form.optional')}</span>
    </>
  ) : (
    <>{props.label}</>
  );
}

/** A control under its label, hint and error. */
export function Field<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K> & { children: (control: ControlProps, value: V[K]) => ComponentChildren },
) {
  const parts = useFieldParts(props);
  return (
    <div class="field" onFocusOut={parts.onFocusOut}>
      <label for={parts.ids.control}>
        <Label label={props.label} optional={props.optional} />
      </label>
      {parts.hint}
      {parts.errorMessage}
      {props.children(parts.control, parts.value as V[K])}
    </div>
  );
}

interface InputAttributes {
  autocomplete?: string;
  inputmode?: 'text' | 'email' | 'tel' | 'url' | 'numeric';
  maxlength?: number;
  spellcheck?: boolean;
  autocapitalize?: 'none' | 'sentences' | 'words';
}

/** What an email address field takes: the phone's email keyboard, no capitals or spelling. */
export const EMAIL_INPUT = {
  type: 'email',
  inputmode: 'email',
  autocapitalize: 'none',
  spellcheck: false,
} as const;

export function TextField<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K> &
    InputAttributes & {
      type?: 'text' | 'email' | 'password' | 'tel' | 'url' | 'date';
      /** Shown under the control: a live check of what is typed (name its id in describedBy). */
      after?: ComponentChildren;
    },
) {
  const {
    form,
    name,
    type = 'text',
    autocomplete,
    inputmode,
    maxlength,
    spellcheck,
    autocapitalize,
  } = props;
  return (
    <Field {...props}>
      {(control, value) => (
        <>
          <input
            {...control}
            // One of the text-like types; the JSX types tie each type to its own attributes.
            type={type as 'text'}
            autocomplete={autocomplete}
            inputmode={inputmode}
            maxlength={maxlength}
            spellcheck={spellcheck}
            autocapitalize={autocapitalize}
            value={String(value)}
            onInput={(event) => form.set(name, event.currentTarget.value as V[K])}
          />
          {props.after}
        </>
      )}
    </Field>
  );
}

export function TextArea<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K> & { rows?: number; maxlength?: number },
) {
  const { form, name } = props;
  return (
    <Field {...props}>
      {(control, value) => (
        <textarea
          {...control}
          rows={props.rows ?? 4}
          maxlength={props.maxlength}
          value={String(value)}
          onInput={(event) => form.set(name, event.currentTarget.value as V[K])}
        />
      )}
    </Field>
  );
}

export interface Option {
  value: string;
  label: string;
  /** The language of the label, when it is not the page's (a language's own name). */
  lang?: string;
}

export function SelectField<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K> & { options: readonly Option[]; placeholder?: string },
) {
  const { form, name } = props;
  return (
    <Field {...props}>
      {(control, value) => (
        <select
          {...control}
          value={String(value)}
          onChange={(event) => form.set(name, event.currentTarget.value as V[K])}
        >
          {props.placeholder !== undefined ? <option value="">{props.placeholder}</option> : null}
          {props.options.map((option) => (
            <option key={option.value} value={option.value} lang={option.lang}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </Field>
  );
}
