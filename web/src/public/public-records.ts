import type { CatalogueEntry, Language } from '@domain/catalogues/catalogue.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import type { PublicRecordView } from '../../../functions/src/public-pages/render-contract.js';
import { t, type MessageKey } from '../i18n/i18n.js';

/** A record's text in the page's language, Ukrainian where there is no English. */
export function inPageLanguage(
  text: { uk: string; en?: string | undefined },
  language: Language,
): { text: string; lang: Language } {
  return language === 'en' && text.en
    ? { text: text.en, lang: 'en' }
    : { text: text.uk, lang: 'uk' };
}

export const kindName = (kind: PublicRecordView['kind']) =>
  t(`publicationKinds.${kind}` as MessageKey);

/** The labels of a record's codes in a catalogue, joined for reading. */
export function labels(
  catalogue: readonly CatalogueEntry[],
  codes: readonly string[],
  language: Language,
): string {
  return codes.map((code) => labelOf(catalogue, code, language)).join('; ');
}

export const recordPath = (id: string) => `/p/${encodeURIComponent(id)}`;
