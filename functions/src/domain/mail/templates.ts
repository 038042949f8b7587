import type { z } from 'zod';
import type { Language } from '../catalogues/catalogue.js';
import type { RenderedMail } from './render.js';
import { renderWith, type Template } from './template.js';
import { ACCOUNT_TEMPLATES } from './templates/account.js';
import { COUNCIL_TEMPLATES } from './templates/councils.js';
import { ORGANISATION_TEMPLATES } from './templates/organisations.js';
import { REPORT_TEMPLATES } from './templates/reports.js';
import { MEETING_TEMPLATES } from './templates/meetings.js';
import { PARLIAMENT_TEMPLATES } from './templates/parliament.js';
import { PUBLICATION_TEMPLATES } from './templates/publications.js';
import { CO_AUTHOR_TEMPLATES } from './templates/co-authors.js';
import { PROPOSAL_TEMPLATES } from './templates/proposals.js';

/**
 * Every email Spilno sends, in Ukrainian and English: one registry of the templates of each
 * feature (templates/*.ts). Data carries only what the recipient may read; victims' and
 * witnesses' data never reaches a template. Links point into the web client (`/app/...`),
 * where the recipient signs in to see the rest. A new feature adds its file and one line here.
 */
export const TEMPLATES = {
  ...REPORT_TEMPLATES,
  ...ORGANISATION_TEMPLATES,
  ...ACCOUNT_TEMPLATES,
  ...COUNCIL_TEMPLATES,
  ...MEETING_TEMPLATES,
  ...PARLIAMENT_TEMPLATES,
  ...PUBLICATION_TEMPLATES,
  ...PROPOSAL_TEMPLATES,
  ...CO_AUTHOR_TEMPLATES,
} satisfies Record<string, Template<z.ZodType>>;

export type TemplateName = keyof typeof TEMPLATES;
export type TemplateData<N extends TemplateName> = z.infer<(typeof TEMPLATES)[N]['data']>;

export function isTemplateName(name: string): name is TemplateName {
  return Object.hasOwn(TEMPLATES, name);
}

/** Renders a template for one recipient's language; throws on data that does not fit. */
export function renderTemplate<N extends TemplateName>(
  name: N,
  data: unknown,
  language: Language,
  webBaseUrl: string,
): RenderedMail {
  return renderWith(TEMPLATES[name] as Template<z.ZodType>, data, language, webBaseUrl);
}
