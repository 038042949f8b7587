import type { PublicationSearchQuery } from '../domain/search/query-plan.js';
import { searchQueryOfRequest, searchRequestOf } from '../domain/search/search-request.js';

/** The search `/publications?…` asks for. */
export const searchQueryOf = (params: URLSearchParams): PublicationSearchQuery =>
  searchQueryOfRequest(searchRequestOf(params));
