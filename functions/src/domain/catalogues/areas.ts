import type { CatalogueEntry } from './catalogue.js';

/** The four areas of cooperation from the Commissioner's principles of interaction. */
export const AREAS = [
  { code: 'prevention', uk: 'Запобігання порушенням прав людини', en: 'Prevention of violations' },
  {
    code: 'legislation',
    uk: 'Приведення законодавства у відповідність до міжнародних стандартів',
    en: 'Bringing legislation into line with international standards',
  },
  { code: 'restoration', uk: 'Відновлення порушених прав', en: 'Restoring violated rights' },
  { code: 'education', uk: 'Правова освіта', en: 'Legal education' },
] as const satisfies readonly CatalogueEntry[];

export type AreaCode = (typeof AREAS)[number]['code'];
