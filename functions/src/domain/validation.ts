import { z } from 'zod';

// Ukrainian is the default for every message zod writes itself; fields add their own where
// a generic message would not tell a person what to fix.
z.config(z.locales.uk());

export interface FieldProblem {
  /** Dotted path of the field, e.g. `violator.name`; empty for the whole document. */
  field: string;
  message: string;
  /** The same in English, where the server has one (the schema's own messages are Ukrainian). */
  messageEn?: string;
}

/** Turns zod issues into one message per field, for forms and for 4xx error bodies. */
export function fieldProblems(error: z.ZodError): FieldProblem[] {
  const seen = new Set<string>();
  const problems: FieldProblem[] = [];
  for (const issue of error.issues) {
    const field = issue.path.map(String).join('.');
    if (seen.has(field)) continue;
    seen.add(field);
    problems.push({ field, message: issue.message });
  }
  return problems;
}

/** One readable sentence for places that can show only one, such as a callable error. */
export function describeProblems(problems: FieldProblem[]): string {
  return problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)).join('; ');
}
