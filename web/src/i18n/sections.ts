import type { Language } from '@domain/catalogues/catalogue.js';
import type { CouncilsMessages } from './sections/councils.uk.js';
import type { ParliamentMessages } from './sections/parliament.uk.js';
import type { PublicSiteMessages } from './sections/public-site.uk.js';
import type { ProposalsMessages } from './sections/proposals.uk.js';
import type { PublishingMessages } from './sections/publishing.uk.js';
import type { ReportsMessages } from './sections/reports.uk.js';

/**
 * Sections of the catalogue that only signed-in pages need, loaded with those pages so that
 * public pages stay within their JavaScript budget. A page calls `loadSection(name)` (i18n.ts)
 * before it renders.
 */
export type SectionMessages = ReportsMessages &
  CouncilsMessages &
  PublicSiteMessages &
  ProposalsMessages &
  PublishingMessages &
  ParliamentMessages;

export const SECTIONS = {
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
