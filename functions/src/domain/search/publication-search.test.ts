import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  bruteForce,
  inMemoryCandidates,
  type IndexedRecord,
} from './in-memory-candidates.test-support.js';
import { createEmbeddedSearch, type PublicationSearch } from './publication-search.js';
import { planQuery, type PublicationSearchQuery } from './query-plan.js';
import { decodeCursor, encodeCursor } from './search-cursor.js';
import { facetKey, MAX_SEARCH_KEYS, searchKeysOf } from './search-keys.js';
import { stemOf } from './search-terms.js';

const WORDS = ['порушення', 'права', 'дитини', 'суд', 'затриманий', 'адвокат', 'освіта', 'житло'];
const REGIONS = ['UA-30', 'UA-46', 'UA-63', 'UA-51'];
const AREAS = ['prevention', 'legislation', 'restoration', 'education'];
const KINDS = ['report_outcome', 'proposal', 'meeting_minutes', 'ngo_activity'];

/** A deterministic pseudo-random corpus (mulberry32), the same on every run. */
function corpus(size: number, seed = 12): IndexedRecord[] {
  let state = seed;
  const random = () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const pick = <T>(values: readonly T[]) => values[Math.floor(random() * values.length)]!;
  return Array.from({ length: size }, (_, i) => {
    const words = WORDS.filter(() => random() < 0.3);
    return {
      id: `p${String(i).padStart(5, '0')}`,
      // Three records share each hour, so the id breaks ties.
      publishedAtMillis: Date.UTC(2020, 0, 1) + Math.floor(i / 3) * 3_600_000,
      status: random() < 0.02 ? 'retracted' : 'published',
      kind: pick(KINDS),
      year: pick([2020, 2021, 2022, 2023, 2024, 2025, 2026]),
      searchKeys: searchKeysOf({
        title: { uk: words.join(' ') || 'новина' },
        summary: { uk: 'підсумок' },
        body: { uk: 'текст' },
        regionCodes: [pick(REGIONS)],
        areas: [pick(AREAS)],
        rights: [pick(['liberty', 'education', 'fair_trial'])],
      }),
    };
  });
}

async function allPages(search: PublicationSearch, query: PublicationSearchQuery) {
  const ids: string[] = [];
  let cursor: string | null = null;
  for (let page = 0; page < 2000; page++) {
    const result = await search.search({ ...query, cursor });
    ids.push(...result.ids);
    cursor = result.nextCursor;
    if (!cursor) return ids;
  }
  throw new Error('paging did not end');
}

describe('search keys of a record', () => {
  it('holds the tags and the stems of every text', () => {
    const keys = searchKeysOf({
      title: { uk: 'Порушення прав затриманих', en: 'Detainees' },
      summary: { uk: 'Уповноважений вніс подання' },
      body: { uk: 'Поліція усунула порушення.' },
      regionCodes: ['UA-46'],
      areas: ['restoration'],
      rights: ['liberty'],
      sourceNumber: 'ГО-2026-000123',
    });
    expect(keys.slice(0, 3)).toEqual(['region:UA-46', 'area:restoration', 'right:liberty']);
    for (const word of ['порушень', 'права', 'затриманий', 'detainee', 'подання', 'поліцією'])
      expect(keys).toContain(stemOf(word));
    expect(keys).toContain('000123');
  });

  it('is bounded, keeping the heading and the body’s most frequent words', () => {
    const rare = Array.from(
      { length: 3000 },
      (_, i) => `слово${'абвгдежзиклмнопрстуфхцчшщ'[i % 25]}${i}`,
    );
    const keys = searchKeysOf({
      title: { uk: 'Заголовок про освіту' },
      summary: { uk: 'Зміст' },
      body: { uk: `${'частий '.repeat(50)} ${rare.join(' ')}` },
      regionCodes: [],
      areas: [],
      rights: [],
    });
    expect(keys).toHaveLength(MAX_SEARCH_KEYS);
    expect(keys).toContain(stemOf('освіту'));
    expect(keys).toContain(stemOf('частий'));
  });
});

describe('query planning', () => {
  it('drives by the longest word, then right, region, area; checks the rest', () => {
    const plan = planQuery({
      text: 'суд порушення',
      region: 'UA-46',
      area: 'education',
      kind: 'proposal',
      year: 2026,
    });
    expect(plan.driver).toBe(stemOf('порушення'));
    expect(plan.residual).toEqual([stemOf('суд'), 'region:UA-46', 'area:education']);
    expect(plan.equals).toEqual({ status: 'published', kind: 'proposal', year: 2026 });
    expect(planQuery({ right: 'liberty', region: 'UA-30' }).driver).toBe(
      facetKey('right', 'liberty'),
    );
    expect(planQuery({}).driver).toBeNull();
  });

  it('drives by the rarest key when frequencies are known', () => {
    const frequencies = new Map([
      [stemOf('порушення'), 9000],
      [stemOf('суд'), 40],
      ['region:UA-46', 3000],
    ]);
    expect(planQuery({ text: 'порушення суд', region: 'UA-46' }, frequencies).driver).toBe(
      stemOf('суд'),
    );
  });

  it('signs the query, not the order of its words', () => {
    expect(planQuery({ text: 'суд права' }).signature).toBe(
      planQuery({ text: 'права суду' }).signature,
    );
    expect(planQuery({ text: 'суд' }).signature).not.toBe(
      planQuery({ text: 'суд', year: 2026 }).signature,
    );
  });
});

describe('cursors', () => {
  it('round-trip and belong to one query', () => {
    const cursor = encodeCursor({ publishedAtMillis: 1_700_000_000_000, id: 'p-Ї1' }, 'abc');
    expect(cursor).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(decodeCursor(cursor, 'abc')).toEqual({
      publishedAtMillis: 1_700_000_000_000,
      id: 'p-Ї1',
    });
    expect(decodeCursor(cursor, 'other')).toBeNull();
  });

  it.each(['', '%%%', 'bm90IGpzb24', btoa('{"v":2,"t":1,"id":"x","q":"abc"}')])(
    'refuses the malformed cursor %j',
    (cursor) => expect(decodeCursor(cursor, 'abc')).toBeNull(),
  );
});

describe('the embedded search at 20,000 publications', () => {
  const records = corpus(20_000);

  it.each<PublicationSearchQuery>([
    {},
    { text: 'порушення' },
    { text: 'порушень права' },
    { text: 'ПОРУШЕННЯМ', region: 'UA-46' },
    { region: 'UA-63', area: 'education', kind: 'proposal' },
    { text: 'адвоката', right: 'liberty', year: 2024 },
  ])('finds a first page of %j within three queries', async (query) => {
    const source = inMemoryCandidates(records);
    const page = await createEmbeddedSearch(source).search(query);
    const expected = bruteForce(records, planQuery(query)).slice(0, 20);
    expect(source.fetches).toBeLessThanOrEqual(3);
    expect(source.documentsRead).toBeLessThanOrEqual(300);
    expect(page).toMatchObject({ ids: expected, partial: false });
  });

  it('finds word forms: «порушення» finds records titled «порушень» and «порушенням»', async () => {
    const two: IndexedRecord[] = ['Багато порушень', 'Із порушенням строків', 'Інше'].map(
      (title, i) => ({
        id: `r${i}`,
        publishedAtMillis: i,
        status: 'published',
        kind: 'proposal',
        year: 2026,
        searchKeys: searchKeysOf({
          title: { uk: title },
          summary: { uk: '' },
          body: { uk: '' },
          regionCodes: [],
          areas: [],
          rights: [],
        }),
      }),
    );
    const page = await createEmbeddedSearch(inMemoryCandidates(two)).search({ text: 'порушення' });
    expect(page).toEqual({ ids: ['r1', 'r0'], nextCursor: null, partial: false });
  });

  it('pages through every match exactly once, in order, for any query', async () => {
    const small = corpus(700);
    await fc.assert(
      fc.asyncProperty(
        fc.record({
          text: fc.option(
            fc.subarray(WORDS, { maxLength: 3 }).map((w) => w.join(' ')),
            { nil: undefined },
          ),
          region: fc.option(fc.constantFrom(...REGIONS), { nil: undefined }),
          area: fc.option(fc.constantFrom(...AREAS), { nil: undefined }),
          kind: fc.option(fc.constantFrom(...KINDS), { nil: undefined }),
          year: fc.option(fc.integer({ min: 2020, max: 2026 }), { nil: undefined }),
          pageSize: fc.integer({ min: 1, max: 30 }),
        }),
        fc.integer({ min: 1, max: 3 }),
        fc.integer({ min: 5, max: 60 }),
        async (query, maxFetches, batchSize) => {
          const source = inMemoryCandidates(small);
          const search = createEmbeddedSearch(source, { maxFetches, batchSize });
          expect(await allPages(search, query)).toEqual(bruteForce(small, planQuery(query)));
        },
      ),
      { numRuns: 60 },
    );
  });

  it('starts again from the first page when given another query’s cursor', async () => {
    const search = createEmbeddedSearch(inMemoryCandidates(records));
    const first = await search.search({ text: 'суд' });
    const other = await search.search({ text: 'освіта', cursor: first.nextCursor });
    const fresh = await search.search({ text: 'освіта' });
    expect(other.ids).toEqual(fresh.ids);
  });
});
