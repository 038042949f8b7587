import type { z } from 'zod';
import { EDRPOU_MESSAGES } from '@domain/edrpou.js';
import { PHONE_MESSAGE } from '@domain/phone-message.js';
// Sets zod's own messages to Ukrainian, as on the server.
import '@domain/validation.js';
import type { Language } from '../i18n/i18n.js';

/**
 * Turns the shared schemas' verdicts into one message per form field, in the interface's
 * language. The schemas speak Ukrainian (the server says the same after sending); English
 * messages are built from the kind of problem and the field's English label. An empty
 * required field always reads «Заповніть поле …» / «Fill in …», rather than a minimum length.
 */
export type Problems = Record<string, string>;

/** Field path (`organisation.name`) → the label the person sees, in the current language. */
export type FieldLabels = Readonly<Record<string, string>>;

type Issue = z.core.$ZodIssue;

/** Ukrainian messages of custom checks in the schemas, with their English twins. */
const CUSTOM_EN: Readonly<Record<string, string>> = {
  ...Object.fromEntries(Object.values(EDRPOU_MESSAGES).map(({ uk, en }) => [uk, en])),
  [PHONE_MESSAGE.uk]: PHONE_MESSAGE.en,
  'Координатору потрібна хоча б одна область': 'A coordinator needs at least one region',
  'Оберіть хоча б одну область': 'Choose at least one region',
  'Оберіть хоча б один напрям діяльності': 'Choose at least one area of activity',
  'Дата події не може бути в майбутньому': 'The date of the incident cannot be in the future',
  'Поясніть, чому звернення термінове: загроза життю, здоров’ю чи особі, позбавленій волі':
    'Explain why the report is urgent: a threat to life, to health or to a person deprived of liberty',
  'Оберіть хоча б одне порушене право': 'Choose at least one right concerned',
  'Оберіть не більше 10 прав': 'Choose at most 10 rights',
  'Оберіть хоча б одну форму реагування': 'Choose at least one form of response',
  'Оберіть виконавця': 'Choose an assignee',
};

function valueAt(input: unknown, path: readonly PropertyKey[]): unknown {
  let node = input;
  for (const key of path) {
    if (typeof node !== 'object' || node === null) return undefined;
    node = (node as Record<PropertyKey, unknown>)[key];
  }
  return node;
}

/** A full stop at the end, unless the text ends in one (or in an address such as https://). */
function sentence(text: string): string {
  return /[.!?…/]$/.test(text) ? text : `${text}.`;
}

function isEmpty(value: unknown): boolean {
  return value === undefined || value === null || (typeof value === 'string' && !value.trim());
}

function english(issue: Issue, label: string, empty: boolean): string {
  if (issue.code === 'custom') return CUSTOM_EN[issue.message] ?? issue.message;
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return CUSTOM_EN[issue.message] ?? `Choose at least one option in “${label}”`;
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return CUSTOM_EN[issue.message] ?? `Choose at most ${String(issue.maximum)} in “${label}”`;
  }
  if (empty) return `Fill in “${label}”`;
  switch (issue.code) {
    case 'too_small':
      return `“${label}” needs at least ${String(issue.minimum)} characters`;
    case 'too_big':
      return `“${label}” can have at most ${String(issue.maximum)} characters`;
    case 'invalid_format':
      if (issue.format === 'email') return 'Enter an email address in the form name@example.org';
      if (issue.format === 'url') return 'Enter the website address starting with https://';
      return `Check the format of “${label}”`;
    case 'invalid_value':
      return `Choose “${label}” from the list`;
    default:
      return `Check “${label}”`;
  }
}

function ukrainian(issue: Issue, label: string, empty: boolean): string {
  if (
    empty &&
    issue.code !== 'custom' &&
    !(issue.code === 'too_small' && issue.origin === 'array')
  ) {
    if (issue.code === 'invalid_value') return issue.message;
    return `Заповніть поле «${label}»`;
  }
  return issue.message;
}

export function problemsOf(
  error: z.ZodError,
  input: unknown,
  language: Language,
  labels: FieldLabels,
): Problems {
  const problems: Problems = {};
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (field in problems) continue;
    const label = labels[field] ?? field;
    const empty = isEmpty(valueAt(input, issue.path));
    problems[field] = sentence(
      language === 'en' ? english(issue, label, empty) : ukrainian(issue, label, empty),
    );
  }
  return problems;
}

export type Validation<T> = { ok: true; value: T } | { ok: false; problems: Problems };

/** Checks an input against a shared schema; the problems are keyed by field path. */
export function validate<S extends z.ZodType>(
  schema: S,
  input: unknown,
  language: Language,
  labels: FieldLabels,
): Validation<z.output<S>> {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  return { ok: false, problems: problemsOf(parsed.error, input, language, labels) };
}

/** Problems under a prefix (`organisation.name`) as the form's own fields (`name`). */
export function withoutPrefix(problems: Problems, prefix: string): Problems {
  const result: Problems = {};
  for (const [field, message] of Object.entries(problems)) {
    if (field.startsWith(`${prefix}.`)) result[field.slice(prefix.length + 1)] = message;
    else result[field] = message;
  }
  return result;
}
