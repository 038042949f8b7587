import type { z } from 'zod';
import { issueProblem, isCoded, problemText } from '@domain/errors/field-issue.js';
// Sets zod's own messages to Ukrainian, as on the server.
import '@domain/validation.js';
import type { Language } from '../i18n/i18n.js';

/**
 * Turns the shared schemas' verdicts into one message per form field, in the interface's
 * language. Each zod issue names its entry in the error catalogue (`@domain/errors`): a
 * schema's own check by its code, the checks zod makes itself by their kind; the sentence is
 * the catalogue's in the interface's language, with the field's label in that language. An
 * empty required field always reads «Заповніть поле …» / «Fill in …», rather than a minimum
 * length. A Ukrainian message a schema wrote for one field (`text(…)`'s own) is kept as it is.
 */
export type Problems = Record<string, string>;

/** Field path (`organisation.name`) → the label the person sees, in the current language. */
export type FieldLabels = Readonly<Record<string, string>>;

type Issue = z.core.$ZodIssue;

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

function message(issue: Issue, label: string, empty: boolean, language: Language): string {
  const problem = issueProblem(issue, empty);
  // The schema's own Ukrainian words for a generic problem (`«Назва»: щонайменше 5 символів`).
  const ownWords = !isCoded(issue) && !(empty && problem.code === 'FIELD.REQUIRED');
  if (language === 'uk' && (ownWords || issue.code === 'invalid_value')) return issue.message;
  // A custom check with no code yet (a slice still to come) has only its Ukrainian words.
  if (issue.code === 'custom' && !isCoded(issue)) return issue.message;
  return problemText(problem, language, label);
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
    problems[field] = sentence(message(issue, label, empty, language));
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
