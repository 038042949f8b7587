import type { CatalogueEntry } from '../catalogue.js';

export type InstrumentBody = 'council_of_europe' | 'united_nations' | 'unece';

/**
 * An international human-rights instrument that a legislative proposal may rely on, with
 * its substantive articles (procedural articles — entry into force, reservations, the
 * committees' procedures — are left out: nobody aligns Ukrainian law with them). Article
 * codes are the article numbers as the instrument writes them ('5', 'E'); titles are the
 * official headings where the instrument has them (ECHR and its Protocols, CRPD, the
 * Istanbul Convention, the European Social Charter) and short descriptive titles otherwise.
 */
export interface Instrument<Code extends string = string> extends CatalogueEntry<Code> {
  /** How lawyers cite it in running text. */
  short: { readonly uk: string; readonly en: string };
  body: InstrumentBody;
  /** The year of the instrument as it is cited («Конвенція … 1950 року»). */
  year: number;
  /** The instrument a protocol supplements. */
  parent?: string;
  articles: readonly CatalogueEntry[];
}

export const article = (code: string, uk: string, en: string): CatalogueEntry => ({ code, uk, en });
