import { z } from 'zod';
import type { DomainError } from './errors.js';
import { errorTextOf } from './errors/catalogue.js';
import { issueProblem, isCoded, type CodedProblem } from './errors/field-issue.js';

// Ukrainian is the default for every message zod writes itself; fields add their own where
// a generic message would not tell a person what to fix.
z.config(z.locales.uk());

export interface FieldProblem extends Partial<CodedProblem> {
  /** Dotted path of the field, e.g. `violator.name`; empty for the whole document. */
  field: string;
  message: string;
  /** The same in English, where the server has one (the schema's own messages are Ukrainian). */
  messageEn?: string;
}

/**
 * Turns zod issues into one message per field, for forms and for 4xx error bodies. Each carries
 * its catalogue code (and parameters, without the field's label, which the web client adds in
 * the interface's language); English comes along for the problems that need no label.
 */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    const coded = issueProblem(issue, false);
    const messageEn = isCoded(issue) ? errorTextOf(coded.code, coded.params, 'en') : null;
    problems.push({
      field,
      message: issue.message,
      ...coded,
      ...(messageEn ? { messageEn } : {}),
    });
  }
  return problems;
}

/** One readable sentence for places that can show only one, such as a callable error. */
export function describeProblems(problems: readonly { field: string; message: string }[]): string {
  return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
}

/** A refusal of the whole document (not of one field) as a problem of it. */
export function documentProblem(error: DomainError): FieldProblem {
  return {
    field: '',
    message: error.message,
    messageEn: error.messageEn,
    code: error.code,
    ...(error.params === undefined ? {} : { params: error.params as Record<string, unknown> }),
  };
}
