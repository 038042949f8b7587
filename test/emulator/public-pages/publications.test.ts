/**
 * The public records on the public site (issue 12): `/publications` (search that understands
 * Ukrainian word forms, filters, cursor pages), `/p/{id}`, `/stats`, and the open data, the
 * feed and the sitemap, fetched through Hosting without a browser. Records are written with
 * the Admin SDK through the strict public schema (`buildPublicRecord`), as the publication
 * workflow writes them; each test marks its records with a number no other record holds (a
 * number of three digits or more is a search key of its own), so tests sharing the emulator
 * never see each other's records.
 */
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildPublicRecord,
  retractPublicRecord,
} from '../../../functions/src/domain/publications/public-record.js';
import { BOM, parseCsv } from '../../../functions/src/domain/open-data/csv.js';
import { publicationsTable } from '../../../functions/src/domain/open-data/tables/publications-table.js';
import type { Publication } from '../../../functions/src/domain/schemas/publication.schema.js';
import { publicRecords } from '../../../functions/src/public-pages/public-records.js';
import {
  firstPageRef,
  rebuildFirstPage,
} from '../../../functions/src/publications/first-page-store.js';
import { adminDb } from '../../support/admin.js';
import { eventually } from '../../support/mailbox.js';
import { stack } from '../../support/stack.js';

const CACHED = /^public, max-age=\d+, s-maxage=\d+$/;

async function get(path: string, init?: RequestInit) {
  const response = await fetch(new URL(path, stack.webUrl), init);
  return { response, body: await response.text() };
}

let serial = 0;
/** A number of seven digits no other test uses. */
function marker(): string {
  serial++;
  return String(1_000_000 + ((Date.now() * 7 + serial * 7919) % 9_000_000));
}

interface Draft {
  title: string;
  body?: string;
  region?: string;
  kind?: Publication['kind'];
  publishedAt?: Date;
}

/** Writes a live record through the public schema, as the approval trigger would. */
async function publish(id: string, mark: string, draft: Draft): Promise<Publication> {
  const built = buildPublicRecord({
    draft: {
      kind: draft.kind ?? 'ngo_activity',
      title: { uk: draft.title },
      summary: { uk: `Короткий зміст публікації ${mark} для перевірки пошуку.` },
      body: { uk: draft.body ?? 'Текст публікації про співпрацю громадських організацій.' },
      regionCodes: [(draft.region ?? 'UA-30') as 'UA-30'],
      areas: ['restoration'],
      rights: ['liberty'],
      sourceNumber: mark,
      notPersonal: [],
    },
    knownNames: [],
    attachments: [],
    publishedAt: draft.publishedAt ?? new Date(),
  });
  if (!built.ok)
    throw new Error(`The record does not pass the public schema: ${JSON.stringify(built.error)}`);
  await publicRecords().doc(id).set(built.value);
  return built.value;
}

const idsIn = (html: string) =>
  [...html.matchAll(/<a href="\/p\/([A-Za-z0-9_-]+)(?:\?lang=en)?">/g)].map((m) => m[1]);

describe('/publications', () => {
  it(
    'finds Ukrainian word forms, whatever the case and the apostrophe',
    { timeout: 60_000 },
    async () => {
      const mark = marker();
      await publish(`wf-a-${mark}`, mark, { title: `Порушення права на захист ${mark}` });
      await publish(`wf-b-${mark}`, mark, {
        title: `Захист у суді ${mark}`,
        body: 'Поліція погодилася з порушенням і виправила його.',
      });
      await publish(`wf-c-${mark}`, mark, { title: `Пам’ять і освіта ${mark}` });

      const forms = await get(`/publications?q=${encodeURIComponent(`ПОРУШЕНЬ ${mark}`)}`);
      expect(forms.response.status).toBe(200);
      expect(forms.response.headers.get('cache-control')).toMatch(CACHED);
      expect(new Set(idsIn(forms.body))).toEqual(new Set([`wf-a-${mark}`, `wf-b-${mark}`]));
      expect(forms.body).toContain(`Порушення права на захист ${mark}`);

      // The same word with each apostrophe and in capitals. (The light stemmer keeps
      // «пам’ять» and «пам’яті» apart: it strips -ять as a verb's ending; docs/SEARCH.md.)
      for (const spelling of ["пам'ять", 'ПАМʼЯТЬ', 'Пам’ять']) {
        const found = await get(`/publications?q=${encodeURIComponent(`${spelling} ${mark}`)}`);
        expect(idsIn(found.body), spelling).toEqual([`wf-c-${mark}`]);
      }
      const nothing = await get(`/publications?q=${encodeURIComponent(`катування ${mark}`)}`);
      expect(idsIn(nothing.body)).toEqual([]);
      expect(nothing.body).toContain('Нічого не знайдено.');
    },
  );

  it(
    'filters by region, kind and year on the server (a GET form)',
    { timeout: 60_000 },
    async () => {
      const mark = marker();
      await publish(`f-lviv-${mark}`, mark, { title: `Львівська справа ${mark}`, region: 'UA-46' });
      await publish(`f-kyiv-${mark}`, mark, {
        title: `Київська пропозиція ${mark}`,
        kind: 'proposal',
        publishedAt: new Date('2025-06-01T10:00:00Z'),
      });
      const byRegion = await get(`/publications?q=${mark}&region=UA-46`);
      expect(idsIn(byRegion.body)).toEqual([`f-lviv-${mark}`]);
      expect(byRegion.body).toContain('<option selected value="UA-46">');
      const byKind = await get(`/publications?q=${mark}&kind=proposal`);
      expect(idsIn(byKind.body)).toEqual([`f-kyiv-${mark}`]);
      const byYear = await get(`/publications?q=${mark}&year=2025`);
      expect(idsIn(byYear.body)).toEqual([`f-kyiv-${mark}`]);
      const both = await get(`/publications?q=${mark}`);
      expect(idsIn(both.body)).toEqual([`f-lviv-${mark}`, `f-kyiv-${mark}`]);
    },
  );

  it(
    'pages with a cursor in a plain link: every record once, newest first',
    { timeout: 90_000 },
    async () => {
      const mark = marker();
      const start = Date.now() - 60 * 60_000;
      const ids = Array.from({ length: 25 }, (_, i) => `pg-${String(i).padStart(2, '0')}-${mark}`);
      await Promise.all(
        ids.map((id, i) =>
          publish(id, mark, {
            title: `Сторінка ${i} ${mark}`,
            publishedAt: new Date(start + i * 60_000),
          }),
        ),
      );
      const first = await get(`/publications?q=${mark}`);
      expect(idsIn(first.body)).toEqual([...ids].reverse().slice(0, 20));
      const next = /<a rel="next" href="([^"]+)"/.exec(first.body)?.[1]?.replace(/&amp;/g, '&');
      expect(next).toMatch(/^\/publications\?q=\d+&after=[A-Za-z0-9_-]+$/);
      const second = await get(next!);
      expect(idsIn(second.body)).toEqual([...ids].reverse().slice(20));
      expect(second.body).not.toContain('rel="next"');
      expect(second.body).toContain('До першої сторінки');
    },
  );

  it(
    'leaves a retracted record out of the list, while its page shows the dated note',
    { timeout: 60_000 },
    async () => {
      const mark = marker();
      const live = await publish(`rt-live-${mark}`, mark, { title: `Чинна публікація ${mark}` });
      const gone = await publish(`rt-gone-${mark}`, mark, {
        title: `Відкликана публікація ${mark}`,
      });
      const retracted = retractPublicRecord(
        gone,
        { uk: 'Організація відкликала згоду на оприлюднення.' },
        new Date('2026-05-02T10:00:00Z'),
      );
      if (!retracted.ok) throw new Error('retraction refused');
      await publicRecords().doc(`rt-gone-${mark}`).set(retracted.value);

      const list = await get(`/publications?q=${mark}`);
      expect(idsIn(list.body)).toEqual([`rt-live-${mark}`]);
      expect(list.body).not.toContain('Відкликана публікація');

      const page = await get(`/p/rt-gone-${mark}`);
      expect(page.response.status).toBe(200);
      expect(page.body).toContain('Публікацію відкликано 2 травня 2026 р.');
      expect(page.body).toContain('Організація відкликала згоду на оприлюднення.');
      expect(page.body).toContain(`Відкликана публікація ${mark}`);
      expect(live.status).toBe('published');
    },
  );
});

describe('/publications, its first page', () => {
  const firstPageIds = async () =>
    ((await firstPageRef().get()).data()?.cards ?? []).map((card) => card.id);

  it(
    'comes from directory/publications, kept true as records are published and retracted',
    { timeout: 120_000 },
    async () => {
      const mark = marker();
      // Dated ahead of every other test's records, so that it is first on the page.
      const id = `fp-${mark}`;
      const record = await publish(id, mark, {
        title: `Перша сторінка ${mark}`,
        publishedAt: new Date(Date.now() + 24 * 3_600_000),
      });
      await eventually(async () => ((await firstPageIds())[0] === id ? true : undefined), {
        what: `${id} first on directory/publications`,
        timeoutMs: 60_000,
      });
      const shown = await get('/publications');
      expect(shown.response.status).toBe(200);
      expect(shown.response.headers.get('cache-control')).toMatch(CACHED);
      expect(idsIn(shown.body)[0]).toBe(id);
      expect(idsIn(shown.body)).toEqual(await firstPageIds());

      // The page shows what the kept document says (its card changed here, nowhere else),
      // and the rebuild, run twice at once as a twice-delivered event would, restores it.
      const kept = (await firstPageRef().get()).data()!;
      await firstPageRef().set({
        ...kept,
        cards: kept.cards.map((card) =>
          card.id === id ? { ...card, title: { uk: `Із документа ${mark}` } } : card,
        ),
      });
      expect((await get('/publications')).body).toContain(`Із документа ${mark}`);
      await Promise.all([rebuildFirstPage(), rebuildFirstPage()]);
      const rebuilt = await get('/publications');
      expect(rebuilt.body).toContain(`Перша сторінка ${mark}`);
      expect(rebuilt.body).not.toContain(`Із документа ${mark}`);

      // The same as the search renders it: the page is the search's with no query.
      const searched = await get(`/publications?q=${mark}`);
      const card = (html: string) =>
        new RegExp(`<li class="row"><h3 class="row-title"><a href="/p/${id}">.*?</li>`).exec(
          html,
        )?.[0];
      expect(card(rebuilt.body)).toBeDefined();
      expect(card(rebuilt.body)).toBe(card(searched.body));

      const retracted = retractPublicRecord(record, { uk: 'Помилка в тексті.' }, new Date());
      if (!retracted.ok) throw new Error('retraction refused');
      await publicRecords().doc(id).set(retracted.value);
      await eventually(async () => (!(await firstPageIds()).includes(id) ? true : undefined), {
        what: `${id} off directory/publications`,
        timeoutMs: 60_000,
      });
      const after = await get('/publications');
      expect(idsIn(after.body)).not.toContain(id);
      expect(after.body).not.toContain(`Перша сторінка ${mark}`);
    },
  );
});

describe('/p/{id}', () => {
  it(
    'carries the record in the HTML with its metadata and cache headers; 404 otherwise',
    { timeout: 60_000 },
    async () => {
      const mark = marker();
      await publish(`rec-${mark}`, mark, {
        title: `Доступ до адвоката відновлено ${mark}`,
        body: 'Після подання Уповноваженого поліція забезпечила доступ до адвоката.',
      });
      const { response, body } = await get(`/p/rec-${mark}`);
      expect(response.status).toBe(200);
      expect(response.headers.get('cache-control')).toMatch(CACHED);
      expect(response.headers.get('content-security-policy')).toContain("script-src 'self'");
      expect(body).toContain(
        `<h1 tabindex="-1" data-page-heading>Доступ до адвоката відновлено ${mark}</h1>`,
      );
      expect(body).toContain('поліція забезпечила доступ до адвоката');
      expect(body).toMatch(new RegExp(`<link rel="canonical" href="http[^"]+/p/rec-${mark}"/>`));
      expect(body).toContain('property="og:title"');
      expect(body).toContain('<script type="application/ld+json">');
      // No search keys and nothing of the workflow reach the page.
      expect(body).not.toContain('searchKeys');

      const english = await get(`/p/rec-${mark}?lang=en`);
      expect(english.body).toMatch(/^<!doctype html><html lang="en">/);
      expect(english.body).toContain('This text is available in Ukrainian only.');

      const missing = await get(`/p/no-such-record-${mark}`);
      expect(missing.response.status).toBe(404);
      expect(missing.response.headers.get('cache-control')).toBe('no-store');
    },
  );

  it('leads the other spellings of the addresses to the canonical ones', async () => {
    for (const [from, to] of [
      ['/publications/abc', '/p/abc'],
      ['/statistics', '/stats'],
      ['/publications/feed.xml', '/feed.xml'],
    ]) {
      const { response } = await get(from!, { redirect: 'manual' });
      expect(response.status, from).toBe(301);
      expect(new URL(response.headers.get('location')!, stack.webUrl).pathname, from).toBe(to);
    }
  });
});

describe('/stats', () => {
  it('shows the figures of stats/all with a chart and its table', { timeout: 60_000 }, async () => {
    const stored = (await adminDb().doc('stats/all').get()).data() as
      { reports?: { received?: number } } | undefined;
    const received = stored?.reports?.received ?? 0;
    const { response, body } = await get('/stats');
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toMatch(CACHED);
    expect(body).toContain('Статистика для громадського моніторингу');
    expect(body).toMatch(
      new RegExp(
        `Звернень отримано</dt><dd>${new Intl.NumberFormat('uk-UA').format(received)}</dd>`,
      ),
    );
    const english = await get('/stats?lang=en&year=2026');
    expect(english.response.status).toBe(200);
    expect(english.body).toContain('Statistics for public monitoring');
  });
});

describe('open data, the feed and the sitemap', () => {
  it(
    'list exactly the live records, well-formed, with cache headers',
    { timeout: 90_000 },
    async () => {
      const mark = marker();
      await publish(`od-live-${mark}`, mark, { title: `Відкриті дані «${mark}», з комою` });
      const gone = await publish(`od-gone-${mark}`, mark, { title: `Відкликано ${mark}` });
      const retracted = retractPublicRecord(gone, { uk: 'Помилка в тексті.' }, new Date());
      if (!retracted.ok) throw new Error('retraction refused');
      await publicRecords().doc(`od-gone-${mark}`).set(retracted.value);

      const csv = await get('/open-data/publications.csv');
      expect(csv.response.status).toBe(200);
      expect(csv.response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
      expect(csv.response.headers.get('cache-control')).toMatch(CACHED);
      const bytes = new Uint8Array(
        await (await fetch(new URL('/open-data/publications.csv', stack.webUrl))).arrayBuffer(),
      );
      expect([...bytes.slice(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
      expect(csv.body.startsWith(BOM) || csv.body.startsWith('id,')).toBe(true);
      const [header, ...rows] = parseCsv(csv.body);
      expect(header).toEqual(publicationsTable.columns.map((c) => c.name));
      const row = rows.find((r) => r[0] === `od-live-${mark}`);
      expect(row?.[3]).toBe(`Відкриті дані «${mark}», з комою`);
      expect(rows.some((r) => r[0] === `od-gone-${mark}`)).toBe(false);
      // Only live records at all: every row's record is published.
      const live = await adminDb()
        .collection('publications')
        .where('status', '==', 'published')
        .count()
        .get();
      expect(rows).toHaveLength(live.data().count);

      const json = await get('/open-data/publications.json');
      expect(json.response.headers.get('content-type')).toBe('application/json; charset=utf-8');
      const records = JSON.parse(json.body) as { id: string; region_codes: string[] }[];
      expect(records.map((r) => r.id)).toEqual(rows.map((r) => r[0]));
      expect(records.find((r) => r.id === `od-live-${mark}`)?.region_codes).toEqual(['UA-30']);

      const pkg = JSON.parse((await get('/open-data/datapackage.json')).body) as {
        resources: { name: string; path: string; schema: { fields: { name: string }[] } }[];
      };
      expect(pkg.resources.map((r) => r.name)).toContain('publications');
      expect(pkg.resources[0]!.schema.fields.map((f) => f.name)).toEqual(header);
      for (const resource of pkg.resources) {
        const file = await fetch(new URL(new URL(resource.path).pathname, stack.webUrl));
        expect(file.status, resource.path).toBe(200);
      }

      const feed = await get('/feed.xml');
      expect(feed.response.headers.get('content-type')).toBe('application/atom+xml; charset=utf-8');
      expect(XMLValidator.validate(feed.body)).toBe(true);
      const entries = [new XMLParser().parse(feed.body).feed.entry].flat() as { id: string }[];
      expect(entries.some((e) => e.id.endsWith(`/p/od-live-${mark}`))).toBe(true);
      expect(feed.body).not.toContain(`od-gone-${mark}`);

      const sitemap = await get('/sitemap.xml');
      expect(XMLValidator.validate(sitemap.body)).toBe(true);
      expect(sitemap.body).toContain(`/p/od-live-${mark}</loc>`);
      expect(sitemap.body).not.toContain(`od-gone-${mark}`);
      expect(sitemap.body).toMatch(/<loc>http[^<]+\/publications<\/loc>/);

      // robots.txt is a file of the web build (the functions' framework answers that address).
      const robots = await get('/robots.txt');
      expect(robots.response.status).toBe(200);
      expect(robots.body).toContain('Disallow: /app/');
    },
  );
});
