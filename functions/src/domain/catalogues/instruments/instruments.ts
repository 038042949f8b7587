import type { CatalogueEntry, Language } from '../catalogue.js';
import { AARHUS_INSTRUMENTS } from './aarhus.js';
import { COUNCIL_OF_EUROPE_INSTRUMENTS } from './council-of-europe.js';
import { ECHR_INSTRUMENTS } from './echr.js';
import type { Instrument } from './instrument.js';
import { UN_CHILDREN_INSTRUMENTS } from './un-children.js';
import { UN_COVENANT_INSTRUMENTS } from './un-covenants.js';
import { UN_EQUALITY_INSTRUMENTS } from './un-equality.js';
import { UN_TORTURE_DISAPPEARANCE_INSTRUMENTS } from './un-torture-disappearance.js';

/** Every instrument a proposal or a council may name, Council of Europe first, then the UN. */
export const INSTRUMENTS = [
  ...ECHR_INSTRUMENTS,
  ...COUNCIL_OF_EUROPE_INSTRUMENTS,
  ...UN_COVENANT_INSTRUMENTS,
  ...UN_CHILDREN_INSTRUMENTS,
  ...UN_EQUALITY_INSTRUMENTS,
  ...UN_TORTURE_DISAPPEARANCE_INSTRUMENTS,
  ...AARHUS_INSTRUMENTS,
] as const satisfies readonly Instrument[];

export type InstrumentCode = (typeof INSTRUMENTS)[number]['code'];

/** A standard relied on: an instrument, and an article of it unless the whole is meant. */
export interface StandardReference {
  instrument: InstrumentCode;
  article?: string | undefined;
}

export function instrumentOf(code: string): Instrument | undefined {
  return (INSTRUMENTS as readonly Instrument[]).find((instrument) => instrument.code === code);
}

export function articleOf(instrumentCode: string, articleCode: string): CatalogueEntry | undefined {
  return instrumentOf(instrumentCode)?.articles.find((a) => a.code === articleCode);
}

const ARTICLE_WORD = { uk: 'стаття', en: 'Article' } as const;

/**
 * A standard as a lawyer writes it: «Конвенція (ЄКПЛ), стаття 5 «Право на свободу та особисту
 * недоторканність»» / "ECHR, Article 5 (Right to liberty and security)"; the instrument's full
 * name when no article is given. Unknown codes are shown as they are.
 */
export function citeStandard(reference: StandardReference, language: Language): string {
  const instrument = instrumentOf(reference.instrument);
  if (!instrument) return [reference.instrument, reference.article].filter(Boolean).join(', ');
  if (!reference.article) return instrument[language];
  const title = articleOf(reference.instrument, reference.article)?.[language];
  const head = `${instrument.short[language]}, ${ARTICLE_WORD[language]} ${reference.article}`;
  if (!title) return head;
  return language === 'uk' ? `${head} «${title}»` : `${head} (${title})`;
}
