import { domainError, fail, ok, type Result } from './errors.js';
import { kyivYear } from './kyiv-time.js';

/**
 * Registration numbers such as `ГО-2026-000123`: a prefix per kind of document, the Kyiv
 * calendar year, and a sequence that restarts each year. Gap-free because the counter is
 * advanced in the same transaction that registers the document.
 */
export const NUMBER_PREFIXES = { report: 'ГО', proposal: 'ЗП' } as const;
export type NumberedKind = keyof typeof NUMBER_PREFIXES;

const SEQUENCE_DIGITS = 6;
const MAX_SEQUENCE = 10 ** SEQUENCE_DIGITS - 1;

/** The counter document kept per kind and year (`counters/{kind}-{year}`). */
export interface NumberCounter {
  kind: NumberedKind;
  year: number;
  lastSequence: number;
}

export function counterId(kind: NumberedKind, year: number): string {
  return `${kind}-${year}`;
}

export function formatRegistrationNumber(
  kind: NumberedKind,
  year: number,
  sequence: number,
): string {
  return `${NUMBER_PREFIXES[kind]}-${year}-${String(sequence).padStart(SEQUENCE_DIGITS, '0')}`;
}

export function parseRegistrationNumber(
  value: string,
): { kind: NumberedKind; year: number; sequence: number } | null {
  const match = /^(\p{L}{2})-(\d{4})-(\d{6})$/u.exec(value.trim());
  if (!match) return null;
  const kind = (Object.keys(NUMBER_PREFIXES) as NumberedKind[]).find(
    (k) => NUMBER_PREFIXES[k] === match[1],
  );
  const sequence = Number(match[3]);
  if (!kind || sequence < 1) return null;
  return { kind, year: Number(match[2]), sequence };
}

/**
 * The next number for a document registered at `at`, given the year's counter as read in the
 * registering transaction (undefined when this is the year's first). Returns the counter to
 * write back together with the number.
 */
export function allocateRegistrationNumber(
  kind: NumberedKind,
  counter: NumberCounter | undefined,
  at: Date,
): Result<{ number: string; counter: NumberCounter }> {
  const year = kyivYear(at);
  if (counter && (counter.kind !== kind || counter.year !== year)) {
    throw new Error(`Counter ${counter.kind}-${counter.year} used for ${kind}-${year}`);
  }
  const sequence = (counter?.lastSequence ?? 0) + 1;
  if (sequence > MAX_SEQUENCE) {
    return fail(domainError('NUMBERING.SEQUENCE_EXHAUSTED', { year }));
  }
  return ok({
    number: formatRegistrationNumber(kind, year, sequence),
    counter: { kind, year, lastSequence: sequence },
  });
}
