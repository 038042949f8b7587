import type { Language } from '@domain/catalogues/catalogue.js';

/**
 * Words that change with a number: «1 день», «2 дні», «5 днів». Ukrainian has three forms
 * (one, few, many) plus one for fractions (other); English uses one and other. A catalogue
 * entry gives all four in both languages, so that their keys stay the same.
 */
export interface PluralForms {
  one: string;
  few: string;
  many: string;
  other: string;
}

const LOCALES: Readonly<Record<Language, string>> = { uk: 'uk-UA', en: 'en-GB' };

export function plural(
  forms: PluralForms,
  count: number,
  language: Language,
  /** How the number is written, if not as is (`2,5` in Ukrainian). */
  shown: string = String(count),
): string {
  const category = new Intl.PluralRules(LOCALES[language]).select(count);
  const form =
    category === 'one' || category === 'few' || category === 'many' ? forms[category] : forms.other;
  return fill(form, { count: shown });
}

/** `{{name}}` placeholders filled in, as `t()` does, for text passed around as data. */
export function fill(
  template: string,
  params: Readonly<Record<string, string | number>> = {},
): string {
  return template.replace(/\{\{(\w+)\}\}/g, (whole, name: string) =>
    name in params ? String(params[name]) : whole,
  );
}
