import type { z } from 'zod';
export type { BadIdProblem } from './field.errors.js';
import type { Language } from '../catalogues/catalogue.js';
import {
  errorText,
  errorTextOf,
  isErrorCode,
  type ErrorCode,
  type ErrorParams,
} from './catalogue.js';

/**
 * Zod issues that carry their catalogue code. A schema's own check says which entry it is with
 * `codedIssue` (a custom issue's `params.code`); the checks zod makes itself (too short, a bad
 * format…) map to the generic `FIELD.*` entries by the kind of issue. Either way a message is
 * found by its code, never by its text, and each side says it in its own language with the
 * field's label (`{label}`) in that language.
 */
export interface CodedProblem {
  code: ErrorCode;
  /** The entry's parameters, without `label`, which each side adds in its language. */
  params?: Record<string, unknown>;
}

type Issue = z.core.$ZodIssue;

/** What a `.refine()` or `ctx.addIssue({code: 'custom', …})` gives to raise a coded issue. */
export function codedIssue<C extends ErrorCode>(
  code: C,
  ...params: ErrorParams<C> extends void ? [] : [ErrorParams<C>]
): { message: string; params: CodedProblem } {
  return {
    message: errorText(code, 'uk', ...params),
    params: {
      code,
      ...(params[0] === undefined ? {} : { params: params[0] as Record<string, unknown> }),
    },
  };
}

/** The code a custom issue was raised with, if any. */
function ownCode(issue: Issue): CodedProblem | null {
  if (issue.code !== 'custom') return null;
  const own = issue.params as Partial<CodedProblem> | undefined;
  return own && isErrorCode(own.code)
    ? { code: own.code, ...(own.params ? { params: own.params } : {}) }
    : null;
}

/** True when the issue was raised with its own code (rather than a generic `FIELD.*`). */
export const isCoded = (issue: Issue): boolean => ownCode(issue) !== null;

/** The catalogue entry of a zod issue; `empty` says the field was left empty. */
export function issueProblem(issue: Issue, empty: boolean): CodedProblem {
  const own = ownCode(issue);
  if (own) return own;
  if (issue.code === 'too_small' && issue.origin === 'array') {
    return { code: 'FIELD.CHOOSE_AT_LEAST', params: { minimum: Number(issue.minimum) } };
  }
  if (issue.code === 'too_big' && issue.origin === 'array') {
    return { code: 'FIELD.CHOOSE_AT_MOST', params: { maximum: Number(issue.maximum) } };
  }
  if (empty) return { code: 'FIELD.REQUIRED' };
  switch (issue.code) {
    case 'invalid_value':
      return { code: 'FIELD.CHOOSE_FROM_LIST' };
    case 'too_small':
      return { code: 'FIELD.TOO_SHORT', params: { minimum: Number(issue.minimum) } };
    case 'too_big':
      return { code: 'FIELD.TOO_LONG', params: { maximum: Number(issue.maximum) } };
    case 'invalid_format':
      if (issue.format === 'email') return { code: 'FIELD.EMAIL' };
      if (issue.format === 'url') return { code: 'FIELD.WEBSITE' };
      if (issue.format === 'date') return { code: 'FIELD.DATE' };
      return { code: 'FIELD.FORMAT' };
    default:
      return { code: 'FIELD.INVALID' };
  }
}

/** The problem's sentence in a language, with the field's label in that language. */
export function problemText(problem: CodedProblem, language: Language, label: string): string {
  return errorTextOf(problem.code, { ...problem.params, label }, language) ?? label;
}
