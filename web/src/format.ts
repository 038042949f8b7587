import type { Language } from './i18n/i18n.js';

/**
 * Dates and times as people in Ukraine read them: Kyiv time, whatever the device's zone
 * (a coordinator travelling abroad sees the same deadline as the Secretariat).
 */
const LOCALES: Readonly<Record<Language, string>> = { uk: 'uk-UA', en: 'en-GB' };
const ZONE = 'Europe/Kyiv';

export function formatDateTime(value: number | string | null, language: Language): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[language], {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: ZONE,
  }).format(date);
}

export function formatDate(value: number | string | null, language: Language): string {
  const date = toDate(value);
  if (!date) return '';
  return new Intl.DateTimeFormat(LOCALES[language], { dateStyle: 'long', timeZone: ZONE }).format(
    date,
  );
}

/** The machine-readable value of a `<time datetime>` element. */
export function isoOf(value: number | string | null): string {
  return toDate(value)?.toISOString() ?? '';
}

function toDate(value: number | string | null): Date | null {
  if (value === null || value === '') return null;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? null : date;
}
