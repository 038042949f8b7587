import { AREAS } from '../catalogues/areas.js';
import { REGIONS } from '../catalogues/regions.js';
import { RIGHTS } from '../catalogues/rights.js';
import { PUBLICATION_KINDS } from '../schemas/publication.schema.js';
import type { PublicationSearchQuery } from './query-plan.js';

/**
 * What `/publications?q=…&region=…&area=…&right=…&kind=…&year=…&after=…` asks for, as the GET
 * form sends it (so it works without JavaScript). Unknown codes and malformed values are
 * dropped rather than refused: a visitor's edited address shows the unfiltered list.
 */
export interface SearchRequest {
  q: string;
  region: string;
  area: string;
  right: string;
  kind: string;
  year: string;
  after: string;
}

export const MAX_QUERY_LENGTH = 200;

const known = (codes: readonly string[], value: string | null) =>
  value && codes.includes(value) ? value : '';

export function searchRequestOf(params: URLSearchParams): SearchRequest {
  const year = params.get('year') ?? '';
  const after = params.get('after') ?? '';
  return {
    q: (params.get('q') ?? '').trim().slice(0, MAX_QUERY_LENGTH),
    region: known(
      REGIONS.map((r) => r.code),
      params.get('region'),
    ),
    area: known(
      AREAS.map((a) => a.code),
      params.get('area'),
    ),
    right: known(
      RIGHTS.map((r) => r.code),
      params.get('right'),
    ),
    kind: known(PUBLICATION_KINDS, params.get('kind')),
    year: /^(20\d\d|2100)$/.test(year) ? year : '',
    after: /^[A-Za-z0-9_-]{1,600}$/.test(after) ? after : '',
  };
}

/** The query the search runs for a request. */
export function searchQueryOfRequest(request: SearchRequest): PublicationSearchQuery {
  return {
    ...(request.q ? { text: request.q } : {}),
    ...(request.region ? { region: request.region } : {}),
    ...(request.area ? { area: request.area } : {}),
    ...(request.right ? { right: request.right } : {}),
    ...(request.kind ? { kind: request.kind } : {}),
    ...(request.year ? { year: Number(request.year) } : {}),
    ...(request.after ? { cursor: request.after } : {}),
  };
}

/**
 * The address of a page of the same search: the request's filters, a cursor (or none, for the
 * first page) and the language, empty values left out, so links stay short and shareable.
 */
export function searchAddress(
  request: SearchRequest,
  after: string | null,
  language: 'uk' | 'en',
): string {
  const params = new URLSearchParams();
  for (const name of ['q', 'region', 'area', 'right', 'kind', 'year'] as const) {
    if (request[name]) params.set(name, request[name]);
  }
  if (after) params.set('after', after);
  if (language !== 'uk') params.set('lang', language);
  const query = params.toString();
  return query ? `/publications?${query}` : '/publications';
}
