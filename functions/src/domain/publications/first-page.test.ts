import { describe, expect, it } from 'vitest';
import { millisOf } from '../fields.js';
import { inMemoryCandidates } from '../search/in-memory-candidates.test-support.js';
import { createEmbeddedSearch } from '../search/publication-search.js';
import type { Publication } from '../schemas/publication.schema.js';
import { publicationsFirstPageSchema } from '../schemas/publications-first-page.schema.js';
import {
  affectsFirstPage,
  buildFirstPage,
  isFirstPageOfAll,
  samePage,
  withoutRecord,
} from './first-page.js';
import { buildPublicRecord, retractPublicRecord } from './public-record.js';

const START = Date.UTC(2026, 0, 1);

/** A live record through the public schema; two share each minute, so the id breaks ties. */
function record(i: number): { id: string; record: Publication } {
  const built = buildPublicRecord({
    draft: {
      kind: 'ngo_activity',
      title: { uk: `Публікація номер ${i}` },
      summary: { uk: `Короткий зміст публікації ${i} для списку.` },
      body: { uk: 'Текст, якого список не показує ніколи.' },
      regionCodes: ['UA-30'],
      areas: ['restoration'],
      rights: ['liberty'],
      notPersonal: [],
    },
    knownNames: [],
    attachments: [],
    publishedAt: new Date(START + Math.floor(i / 2) * 60_000),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  return { id: `r${String(i).padStart(3, '0')}`, record: built.value };
}

/** Newest first, as the rebuild's query orders them. */
const newestFirst = (records: { id: string; record: Publication }[]) =>
  [...records].sort(
    (a, b) =>
      millisOf(b.record.publishedAt) - millisOf(a.record.publishedAt) ||
      (a.id < b.id ? 1 : a.id > b.id ? -1 : 0),
  );

async function searchFirstPage(records: { id: string; record: Publication }[]) {
  const source = inMemoryCandidates(
    records.map(({ id, record: r }) => ({
      id,
      publishedAtMillis: millisOf(r.publishedAt),
      searchKeys: r.searchKeys,
      status: r.status,
      kind: r.kind,
      year: r.year,
    })),
  );
  return createEmbeddedSearch(source).search({});
}

describe('the kept first page of /publications', () => {
  it.each([0, 1, 19, 20, 21, 45])(
    'is what the search gives for no query, with %i live records',
    async (count) => {
      const records = Array.from({ length: count }, (_, i) => record(i));
      const page = buildFirstPage(newestFirst(records).slice(0, 21));
      const search = await searchFirstPage(records);
      expect(page.cards.map((card) => card.id)).toEqual(search.ids);
      expect(page.nextCursor).toBe(search.nextCursor);
      expect(search.partial).toBe(false);
    },
  );

  it('shows the cards only: no text, no search keys, and fits its schema', () => {
    const page = buildFirstPage([record(1)]);
    expect(Object.keys(page.cards[0]!).sort()).toEqual(
      ['id', 'kind', 'publishedAt', 'regionCodes', 'summary', 'title'].sort(),
    );
    expect(JSON.stringify(page)).not.toContain('Текст, якого список');
    expect(publicationsFirstPageSchema.parse({ ...page, updatedAt: new Date() })).toEqual({
      ...page,
      updatedAt: expect.any(Date),
    });
  });

  it('never shows a retracted record, even one passed in', () => {
    const gone = record(3);
    const retracted = retractPublicRecord(gone.record, { uk: 'Відкликано за згодою.' }, new Date());
    if (!retracted.ok) throw new Error('retraction refused');
    const page = buildFirstPage([record(4), { id: gone.id, record: retracted.value }, record(2)]);
    expect(page.cards.map((card) => card.id)).toEqual(['r004', 'r002']);
  });

  it('takes a record off, and compares pages by what they show', () => {
    const page = buildFirstPage(newestFirst([record(1), record(2), record(3)]));
    const without = withoutRecord(page, 'r002');
    expect(without.cards.map((card) => card.id)).toEqual(['r003', 'r001']);
    expect(samePage(page, buildFirstPage(newestFirst([record(1), record(2), record(3)])))).toBe(
      true,
    );
    expect(samePage(page, without)).toBe(false);
    // A page as stored carries when it was written; that alone is no change.
    expect(samePage({ ...page, updatedAt: new Date() } as typeof page, page)).toBe(true);
  });

  it('answers only the first page of every record', () => {
    expect(isFirstPageOfAll({})).toBe(true);
    expect(isFirstPageOfAll({ pageSize: 20 })).toBe(true);
    for (const query of [
      { text: 'суд' },
      { region: 'UA-30' },
      { area: 'prevention' },
      { right: 'liberty' },
      { kind: 'proposal' },
      { year: 2026 },
      { cursor: 'abc' },
      { pageSize: 5 },
    ]) {
      expect(isFirstPageOfAll(query), JSON.stringify(query)).toBe(false);
    }
  });

  it('is rebuilt when a card or the status changes, not for the text alone', () => {
    const { record: live } = record(1);
    const retracted = retractPublicRecord(live, { uk: 'Відкликано за згодою.' }, new Date());
    if (!retracted.ok) throw new Error('retraction refused');
    expect(affectsFirstPage(undefined, live)).toBe(true);
    expect(affectsFirstPage(live, undefined)).toBe(true);
    expect(affectsFirstPage(live, retracted.value)).toBe(true);
    expect(affectsFirstPage(live, { ...live, title: { uk: 'Інший заголовок' } })).toBe(true);
    expect(affectsFirstPage(live, { ...live, body: { uk: 'Інший текст публікації.' } })).toBe(
      false,
    );
  });
});
