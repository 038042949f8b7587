import { describe, expect, it } from 'vitest';
import { decodeCursor, encodeCursor } from './search-cursor.js';
import { planQuery } from './query-plan.js';
import { searchAddress, searchQueryOfRequest, searchRequestOf } from './search-request.js';

const params = (query: string) => new URLSearchParams(query);

describe('the search request of /publications', () => {
  it('takes the GET form’s fields, trimmed, and known codes only', () => {
    const request = searchRequestOf(
      params(
        'q=%20Порушення%20&region=UA-46&area=restoration&right=liberty&kind=proposal&year=2026',
      ),
    );
    expect(request).toEqual({
      q: 'Порушення',
      region: 'UA-46',
      area: 'restoration',
      right: 'liberty',
      kind: 'proposal',
      year: '2026',
      after: '',
    });
    expect(searchQueryOfRequest(request)).toEqual({
      text: 'Порушення',
      region: 'UA-46',
      area: 'restoration',
      right: 'liberty',
      kind: 'proposal',
      year: 2026,
    });
  });

  it('drops what an edited address makes up instead of refusing it', () => {
    const request = searchRequestOf(
      params('region=UA-99&area=x&right=<b>&kind=secret&year=19999&after=a%2Fb'),
    );
    expect(request).toEqual({
      q: '',
      region: '',
      area: '',
      right: '',
      kind: '',
      year: '',
      after: '',
    });
    expect(searchQueryOfRequest(request)).toEqual({});
    expect(searchRequestOf(params(`q=${'а'.repeat(500)}`)).q).toHaveLength(200);
  });

  it('builds the addresses of the pages: filters kept, the cursor and the language added', () => {
    const request = searchRequestOf(params('q=суд&region=UA-46&year=2026'));
    expect(searchAddress(request, null, 'uk')).toBe(
      '/publications?q=%D1%81%D1%83%D0%B4&region=UA-46&year=2026',
    );
    const next = searchAddress(request, 'abc_-1', 'en');
    expect(next).toBe(
      '/publications?q=%D1%81%D1%83%D0%B4&region=UA-46&year=2026&after=abc_-1&lang=en',
    );
    // The address read back is the same request, with its cursor.
    expect(searchRequestOf(new URL(next, 'https://x.test').searchParams)).toEqual({
      ...request,
      after: 'abc_-1',
    });
    expect(searchAddress(searchRequestOf(params('')), null, 'uk')).toBe('/publications');
  });

  it('keeps a cursor through its link: the next page continues the same query', () => {
    const query = searchQueryOfRequest(searchRequestOf(params('q=порушення&region=UA-46')));
    const plan = planQuery(query);
    const cursor = encodeCursor(
      { publishedAtMillis: 1_700_000_000_000, id: 'p-9' },
      plan.signature,
    );
    const back = searchRequestOf(
      new URL(
        searchAddress(searchRequestOf(params('q=порушення&region=UA-46')), cursor, 'uk'),
        'https://x.test',
      ).searchParams,
    );
    const again = planQuery(searchQueryOfRequest(back));
    expect(decodeCursor(back.after, again.signature)).toEqual({
      publishedAtMillis: 1_700_000_000_000,
      id: 'p-9',
    });
    // Another query (a word form of the same word is the same query) or none.
    expect(planQuery({ text: 'порушень', region: 'UA-46' }).signature).toBe(again.signature);
    expect(decodeCursor(back.after, planQuery({ text: 'суд' }).signature)).toBeNull();
  });
});
