import { termCounts } from './search-terms.js';

/**
 * The search index of a public record is one bounded array, `searchKeys`, on the record
 * itself: the stems of its texts and its tags as `region:UA-46`, `area:restoration`,
 * `right:liberty` (a stem never holds a colon). Firestore allows one `array-contains` per
 * query, so one key drives the query and the others are checked on the candidates it returns
 * (see docs/SEARCH.md).
 */
export const MAX_SEARCH_KEYS = 1500;

export type FacetName = 'region' | 'area' | 'right';
export const facetKey = (facet: FacetName, code: string) => `${facet}:${code}`;

export interface SearchableRecord {
  title: { uk: string; en?: string | undefined };
  summary: { uk: string; en?: string | undefined };
  body: { uk: string; en?: string | undefined };
  regionCodes: readonly string[];
  areas: readonly string[];
  rights: readonly string[];
  sourceNumber?: string | undefined;
}

/**
 * Tags first, then every term of the title, summary and source number, then the body's terms,
 * most frequent first, up to `MAX_SEARCH_KEYS` (a long body loses its rarest words first).
 */
export function searchKeysOf(record: SearchableRecord): string[] {
  const keys = new Set<string>([
    ...record.regionCodes.map((code) => facetKey('region', code)),
    ...record.areas.map((code) => facetKey('area', code)),
    ...record.rights.map((code) => facetKey('right', code)),
  ]);
  const heading = [record.title.uk, record.title.en, record.summary.uk, record.summary.en]
    .concat(record.sourceNumber ? [record.sourceNumber] : [])
    .join('\n');
  for (const term of termCounts(heading).keys()) keys.add(term);
  const body = termCounts(`${record.body.uk}\n${record.body.en ?? ''}`);
  const byFrequency = [...body.entries()].sort((a, b) => b[1] - a[1]).map(([term]) => term);
  for (const term of byFrequency) {
    if (keys.size >= MAX_SEARCH_KEYS) break;
    keys.add(term);
  }
  return [...keys].slice(0, MAX_SEARCH_KEYS);
}
