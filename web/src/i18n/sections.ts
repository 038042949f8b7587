import type { Language } from '@domain/catalogues/catalogue.js';
import type { ReportsMessages } from './sections/reports.uk.js';

/**
 * Sections of the catalogue that only signed-in pages need, loaded with those pages so that
 * public pages stay within their JavaScript budget. A page calls `loadSection(name)` (i18n.ts)
 * before it renders.
 */
export type SectionMessages = ReportsMessages;

export const SECTIONS = {
  reports: {
    uk: () => import('./sections/reports.uk.js').then((m) => m.reportsUk),
    en: () => import('./sections/reports.en.js').then((m) => m.reportsEn),
  },
} satisfies Record<string, Record<Language, () => Promise<object>>>;

export type SectionName = keyof typeof SECTIONS;
