import { termsOf } from '../search/search-terms.js';

/**
 * Finding a registered report by its number or the words of its title, on the server: the
 * registration stores `searchKeys` on the report (the stems of the title, as the public search
 * makes them, and its number as `no:ГО-2026-000123` and `no:123`), and the queue asks Firestore
 * for one key with `array-contains` (the driver); the other keys typed are checked on what it
 * returns, with the same function. Pure.
 */
export const NUMBER_KEY = 'no:';
/** A title of up to 200 characters has far fewer terms; the bound keeps a document small. */
export const MAX_REPORT_SEARCH_KEYS = 60;

/** Registration numbers are typed in many ways: «го-2026-123», « ГО-2026-000123 », «GO-2026-7». */
export function normaliseNumber(typed: string): string {
  const compact = typed.trim().toUpperCase().replace(/\s+/g, '');
  // The prefix typed with Latin letters on an English keyboard layout.
  const cyrillic = compact.replace(/^[ГG][ОO]-/, 'ГО-');
  const match = /^ГО-(\d{4})-(\d{1,6})$/.exec(cyrillic);
  return match ? `ГО-${match[1]}-${match[2]!.padStart(6, '0')}` : cyrillic;
}

/** The sequence of a number without its leading zeros: `ГО-2026-000123` → `123`. */
function sequenceOf(number: string): string | null {
  const match = /^ГО-\d{4}-(\d{6})$/.exec(number);
  return match ? String(Number(match[1])) : null;
}

export function reportSearchKeys(report: { title: string; number: string | null }): string[] {
  const keys = new Set<string>();
  if (report.number) {
    keys.add(`${NUMBER_KEY}${report.number}`);
    const sequence = sequenceOf(report.number);
    if (sequence) keys.add(`${NUMBER_KEY}${sequence}`);
  }
  for (const term of termsOf(report.title)) {
    if (keys.size >= MAX_REPORT_SEARCH_KEYS) break;
    keys.add(term);
  }
  return [...keys];
}

/**
 * The keys a typed query asks for, the driver first: a whole number (`ГО-2026-123`) or a bare
 * sequence (`123`, `000123`) is one number key; otherwise the title's terms, longest (rarest)
 * first. Empty when nothing searchable was typed.
 */
export function reportQueryKeys(typed: string): string[] {
  const text = typed.trim();
  if (!text) return [];
  const number = normaliseNumber(text);
  if (/^ГО-\d{4}-\d{6}$/.test(number)) return [`${NUMBER_KEY}${number}`];
  if (/^\d{1,6}$/.test(text)) return [`${NUMBER_KEY}${Number(text)}`];
  return [...new Set(termsOf(text))].sort((a, b) => b.length - a.length).slice(0, 8);
}

/** Whether a report has every key asked for (the residual check after the driver's query). */
export function matchesReportQuery(
  report: { title: string; number: string | null },
  keys: readonly string[],
): boolean {
  if (keys.length === 0) return true;
  const own = new Set(reportSearchKeys(report));
  return keys.every((key) => own.has(key));
}
