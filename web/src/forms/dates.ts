/**
 * Dates as Ukrainians write them, day first: «12.03.2026» (or 12/03/2026, 12-03-2026,
 * 12 03 2026, 12.3.26 is not taken: the year has four digits). The form keeps what was typed;
 * the schemas get ISO `YYYY-MM-DD`, whatever the browser's language, so that 12.03.2026 is
 * the 12th of March in an English-language browser too.
 */
const DAY_MONTH_YEAR = /^\s*(\d{1,2})[./\s-](\d{1,2})[./\s-](\d{4})\s*$/;
const ISO = /^\s*(\d{4})-(\d{2})-(\d{2})\s*$/;

const pad = (value: number) => String(value).padStart(2, '0');

function valid(year: number, month: number, day: number): boolean {
  if (month < 1 || month > 12 || day < 1) return false;
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return day <= last;
}

/** The ISO date of what was typed, or null when it is not a date written day-month-year. */
export function isoFromTyped(text: string): string | null {
  const typed = DAY_MONTH_YEAR.exec(text);
  const iso = typed ? null : ISO.exec(text);
  const [day, month, year] = typed
    ? [Number(typed[1]), Number(typed[2]), Number(typed[3])]
    : iso
      ? [Number(iso[3]), Number(iso[2]), Number(iso[1])]
      : [0, 0, 0];
  if (!typed && !iso) return null;
  return valid(year, month, day) ? `${year}-${pad(month)}-${pad(day)}` : null;
}

/** An ISO date as it is typed here: `2026-03-12` → `12.03.2026` (anything else as it is). */
export function typedFromIso(iso: string): string {
  const match = ISO.exec(iso);
  return match ? `${match[3]}.${match[2]}.${match[1]}` : iso;
}

/**
 * What a form sends for a typed date: the ISO date, '' for nothing, and what was typed when
 * it is no date (the schema refuses it, and the form says how to write one).
 */
export function dateForSchema(text: string): string {
  if (!text.trim()) return '';
  return isoFromTyped(text) ?? text.trim();
}
