import type { Language } from '@domain/catalogues/catalogue.js';
import type { CouncilsMessages } from './sections/councils.uk.js';
import type { PagesMessages } from './sections/pages.uk.js';
import type { ParliamentMessages } from './sections/parliament.uk.js';
import type { PublicSiteMessages } from './sections/public-site.uk.js';
import type { ProposalsMessages } from './sections/proposals.uk.js';
import type { PublishingMessages } from './sections/publishing.uk.js';
import type { ReportsMessages } from './sections/reports.uk.js';

/**
 * Sections of the catalogue, loaded when a page needs them so that the public pages' script
 * (which needs only the main catalogue, uk.ts) stays within its JavaScript budget. `pages` is
 * loaded by the app before its first render and by the server before it renders; any other
 * section by the page that uses it, which calls `loadSection(name)` (i18n.ts) before it
 * renders. Each section brings top-level keys of its own (sections.test.ts).
 */
export type SectionMessages = PagesMessages &
  ReportsMessages &
  CouncilsMessages &
  PublicSiteMessages &
  ProposalsMessages &
  PublishingMessages &
  ParliamentMessages;

export const SECTIONS = {
  pages: {
    uk: () => import('./sections/pages.uk.js').then((m) => m.pagesUk),
    en: () => import('./sections/pages.en.js').then((m) => m.pagesEn),
  },
  reports: {
    uk: () => import('./sections/reports.uk.js').then((m) => m.reportsUk),
    en: () => import('./sections/reports.en.js').then((m) => m.reportsEn),
  },
  councils: {
    uk: () => import('./sections/councils.uk.js').then((m) => m.councilsUk),
    en: () => import('./sections/councils.en.js').then((m) => m.councilsEn),
  },
  publicSite: {
    uk: () => import('./sections/public-site.uk.js').then((m) => m.publicSiteUk),
    en: () => import('./sections/public-site.en.js').then((m) => m.publicSiteEn),
  },
  proposals: {
    uk: () => import('./sections/proposals.uk.js').then((m) => m.proposalsUk),
    en: () => import('./sections/proposals.en.js').then((m) => m.proposalsEn),
  },
  publishing: {
    uk: () => import('./sections/publishing.uk.js').then((m) => m.publishingUk),
    en: () => import('./sections/publishing.en.js').then((m) => m.publishingEn),
  },
  parliament: {
    uk: () => import('./sections/parliament.uk.js').then((m) => m.parliamentUk),
    en: () => import('./sections/parliament.en.js').then((m) => m.parliamentEn),
  },
} satisfies Record<string, Record<Language, () => Promise<object>>>;

export type SectionName = keyof typeof SECTIONS;
