import { isoFromTyped } from '../forms/dates.js';
import type { Validation } from '../forms/problems.js';
import { t } from '../i18n/i18n.js';
import { TextField, type FieldProps } from './field.js';
import type { FormValues } from './form-model.js';

/**
 * A date typed day first, «дд.мм.рррр», whatever the browser's language (its own date field
 * shows mm/dd/yyyy in an English browser, where 12/03/2026 reads to a Ukrainian as the 12th
 * of March). The form keeps the text; `dateForSchema` (forms/dates.ts) gives the schema ISO.
 */
export function DateField<V extends FormValues, K extends keyof V & string>(
  props: FieldProps<V, K>,
) {
  return (
    <TextField
      {...props}
      hint={props.hint ? `${props.hint} ${t('form.dateHint')}` : t('form.dateHint')}
      inputmode="numeric"
      autocomplete="off"
      maxlength={10}
    />
  );
}

/**
 * A schema's verdict, with the date fields that hold no date saying how to write one (the
 * schema, given what was typed, would ask for its own ISO form).
 */
export function withDateProblems<V extends object, Out>(
  checked: Validation<Out>,
  values: V,
  dates: readonly (keyof V & string)[],
): Validation<Out> {
  const wrong = dates.filter((name) => {
    const text = String(values[name] ?? '');
    return text.trim() !== '' && isoFromTyped(text) === null;
  });
  if (wrong.length === 0) return checked;
  const problems = checked.ok ? {} : { ...checked.problems };
  for (const name of wrong) problems[name] = t('form.dateFormat');
  return { ok: false, problems };
}
