import type { z } from 'zod';
import type { Language } from '../catalogues/catalogue.js';
import { renderMail, type MailContent, type RenderedMail } from './render.js';

/**
 * The shape every email template has: a schema of its data (only what the recipient may
 * read) and its content in the recipient's language. Links point into the web client
 * (`/app/...`), where the recipient signs in to see the rest.
 */
export interface TemplateContext {
  language: Language;
  /** Absolute URL of a path in the web client. */
  link(path: string): string;
}

export interface Template<S extends z.ZodType> {
  data: S;
  content(data: z.infer<S>, context: TemplateContext): MailContent;
}

export function template<S extends z.ZodType>(definition: Template<S>): Template<S> {
  return definition;
}

export const FOOTER = {
  uk: 'Спільно — платформа співпраці громадських організацій з Уповноваженим Верховної Ради України з прав людини. Цей лист надіслано автоматично; відповідайте, будь ласка, у системі.',
  en: 'Spilno, the platform for NGOs’ cooperation with the Ukrainian Parliament Commissioner for Human Rights. This email was sent automatically; please reply in the system.',
};

export const both = <T>(language: Language, uk: T, en: T): T => (language === 'uk' ? uk : en);

/** Renders one template for one recipient's language; throws on data that does not fit. */
export function renderWith(
  definition: Template<z.ZodType>,
  data: unknown,
  language: Language,
  webBaseUrl: string,
): RenderedMail {
  const parsed = definition.data.parse(data);
  const base = webBaseUrl.replace(/\/+$/, '');
  return renderMail(
    definition.content(parsed, { language, link: (path) => `${base}${path}` }),
    language,
  );
}
