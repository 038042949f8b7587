import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type {
  PublicPageRequest,
  PublicRecordView,
} from '../../../functions/src/public-pages/render-contract.js';
import { renderPublicPage } from './render.js';

const SITE = 'https://spilno.example.org';

const record = (overrides: Partial<PublicRecordView> = {}): PublicRecordView => ({
  id: 'pub-1',
  kind: 'report_outcome',
  title: { uk: 'Доступ до адвоката відновлено', en: 'Access to a lawyer restored' },
  summary: { uk: 'Після подання Уповноваженого поліція усунула порушення.' },
  body: { uk: 'Перший абзац про порушення права.\n\nДругий абзац & <не тег>.' },
  regionCodes: ['UA-46'],
  areas: ['restoration'],
  rights: ['liberty'],
  year: 2026,
  sourceNumber: 'ГО-2026-000123',
  attachments: [
    {
      name: 'Відповідь поліції.pdf',
      url: '/public/pub-1/vidpovid.pdf',
      contentType: 'application/pdf',
      size: 204_800,
      sha256: 'a'.repeat(64),
    },
  ],
  status: 'published',
  publishedAt: '2026-04-20T09:00:00.000Z',
  updatedAt: '2026-04-21T09:00:00.000Z',
  ...overrides,
});

const request = (
  page: PublicPageRequest['page'],
  path: string,
  search: string,
  directory: unknown,
): PublicPageRequest => ({ page, path, search, directory, directoryFailed: false, siteUrl: SITE });

describe('the publications page', () => {
  it('lists the page of records, keeps the search in its form, and links the next page', async () => {
    const page = await renderPublicPage(
      request('publications', '/publications', '?q=порушень&region=UA-46', {
        records: [record(), record({ id: 'pub-2', title: { uk: 'Друга публікація' } })],
        nextCursor: 'CURSOR_1',
        partial: false,
      }),
    );
    expect(page).toMatchObject({ status: 200, cacheable: true });
    expect(page.html).toContain('<form class="filters" role="search"');
    expect(page.html).toContain('method="get" action="/publications"');
    expect(page.html).toContain('value="порушень"');
    expect(page.html).toContain('<option selected value="UA-46">');
    expect(page.html).toContain('<a href="/p/pub-1">Доступ до адвоката відновлено</a>');
    expect(page.html).toContain('Друга публікація');
    expect(page.html).toContain('Показано публікацій: 2');
    expect(page.html).toContain('20 квітня 2026 р.');
    expect(page.html).toContain(
      'rel="next" href="/publications?q=%D0%BF%D0%BE%D1%80%D1%83%D1%88%D0%B5%D0%BD%D1%8C&amp;region=UA-46&amp;after=CURSOR_1"',
    );
    // No island of its own: the search is the form, answered by the server.
    expect(page.html).not.toContain('data-island="publications"');
  });

  it('says when nothing is found, in English with links that keep the language', async () => {
    const page = await renderPublicPage(
      request('publications', '/publications', '?lang=en&q=xyz&after=abc', {
        records: [],
        nextCursor: null,
        partial: false,
      }),
    );
    expect(page.html).toContain('Nothing found.');
    expect(page.html).toContain('<input type="hidden" name="lang" value="en"/>');
    expect(page.html).toContain('href="/publications?q=xyz&amp;lang=en">Back to the first page');
    expect(page.html).not.toContain('rel="next"');
  });
});

describe('a record’s page', () => {
  it('carries the text, the attachments, a canonical address, OpenGraph and JSON-LD', async () => {
    const page = await renderPublicPage(request('publication', '/p/pub-1', '', record()));
    expect(page).toMatchObject({ status: 200, cacheable: true });
    expect(page.html).toContain('<title>Доступ до адвоката відновлено — Спільно</title>');
    expect(page.html).toContain('<p>Другий абзац &amp; &lt;не тег>.</p>');
    expect(page.html).toContain('ГО-2026-000123');
    expect(page.html).toContain('href="/public/pub-1/vidpovid.pdf"');
    expect(page.html).toContain('Відповідь поліції.pdf (PDF, 200 KB)');
    expect(page.html).toContain(`<link rel="canonical" href="${SITE}/p/pub-1"/>`);
    expect(page.html).toContain(
      '<meta property="og:title" content="Доступ до адвоката відновлено"/>',
    );
    const jsonLd = /<script type="application\/ld\+json">(.*?)<\/script>/.exec(page.html)?.[1];
    expect(JSON.parse(jsonLd!)).toMatchObject({
      '@type': 'Article',
      url: `${SITE}/p/pub-1`,
      datePublished: '2026-04-20T09:00:00.000Z',
    });
    expect(page.html).not.toContain('відкликано');
  });

  it('shows a retracted record with its dated note, kept out of search engines', async () => {
    const page = await renderPublicPage(
      request(
        'publication',
        '/p/pub-1',
        '',
        record({
          status: 'retracted',
          retraction: {
            note: { uk: 'Організація відкликала згоду.' },
            at: '2026-05-02T10:00:00.000Z',
          },
        }),
      ),
    );
    expect(page.html).toContain('Публікацію відкликано 2 травня 2026 р.');
    expect(page.html).toContain('Організація відкликала згоду.');
    expect(page.html).toContain('<meta name="robots" content="noindex"/>');
    expect(page.html.indexOf('відкликано 2 травня')).toBeLessThan(page.html.indexOf('<h1'));
  });

  it('is a 404, not cached, when there is no such record', async () => {
    const page = await renderPublicPage(request('publication', '/p/nope', '', null));
    expect(page).toMatchObject({ status: 404, cacheable: false });
    expect(page.html).toContain('Публікацію не знайдено');
  });

  it('shows the English text where there is one, and says when there is none', async () => {
    const page = await renderPublicPage(request('publication', '/p/pub-1', '?lang=en', record()));
    expect(page.html).toContain('Access to a lawyer restored');
    expect(page.html).toContain('This text is available in Ukrainian only.');
    expect(page.html).toContain('<div class="record-body" lang="uk">');
  });
});

describe('the statistics page', () => {
  const all = {
    reports: {
      received: 12,
      byRegion: { 'UA-46': 7, 'UA-30': 5 },
      byArea: { restoration: 9, prevention: 3 },
      byMonth: { '2026-03': 4, '2026-04': 8 },
      decided: 6,
      declined: 1,
      decisionsByForm: { submission: 4, referral: 2 },
      daysToDecision: { '10': 2, '20': 3, '40': 1 },
      withinTerm: 5,
      afterTerm: 1,
    },
    measures: { total: 3, byType: {} },
    proposals: { submitted: 2, byStage: { sent_to_parliament: 1, council_review: 1 } },
    recommendations: { sent: 3, byOutcome: { adopted: 1, partly: 1 } },
    publications: { live: 6, retracted: 1, byKind: {} },
  };

  it('shows the figures, a chart per breakdown as SVG and the same numbers as tables', async () => {
    const page = await renderPublicPage(
      request('stats', '/stats', '', { all, year: null, ofYear: null }),
    );
    expect(page).toMatchObject({ status: 200, cacheable: true });
    expect(page.html).toContain('Статистика для громадського моніторингу');
    expect(page.html).toMatch(/Звернень отримано<\/dt><dd>12<\/dd>/);
    expect(page.html).toMatch(/Медіана днів до рішення<\/dt><dd>20<\/dd>/);
    expect(page.html).toMatch(/Рішень у строк<\/dt><dd>83\s?%<\/dd>/);
    const svgs = page.html.match(/<svg[\s\S]*?<\/svg>/g) ?? [];
    expect(svgs.length).toBeGreaterThanOrEqual(4);
    for (const svg of svgs) {
      expect(XMLValidator.validate(svg)).toBe(true);
      expect(svg).not.toContain('style=');
    }
    expect(page.html).toContain('<th scope="row">Львівська область</th><td>7</td>');
    expect(page.html).toContain('<th scope="row">Подання до органу влади</th><td>4</td>');
    expect(page.html).toContain('<th scope="row">Надіслано до Верховної Ради</th><td>1</td>');
    // Recommendations to Parliament by result, the one still awaiting one included.
    expect(page.html).toMatch(/З них враховано частково<\/dt><dd>1<\/dd>/);
    expect(page.html).toContain('<th scope="row">Рекомендацію враховано</th><td>1</td>');
    expect(page.html).toContain('<th scope="row">Рекомендацію не враховано</th><td>0</td>');
    expect(page.html).toContain('<th scope="row">Рішення ще немає</th><td>1</td>');
    expect(page.html).toContain('href="/open-data"');
    // No measures yet: the section says so instead of drawing an empty chart.
    expect(page.html).toContain('За цей період даних ще немає.');
    expect(page.html).toContain('<option value="2026"');
  });

  it('shows one year when the address asks for it', async () => {
    const page = await renderPublicPage(
      request('stats', '/stats', '?year=2026', {
        all,
        year: 2026,
        ofYear: { reports: { received: 3, byRegion: { 'UA-30': 3 } } },
      }),
    );
    expect(page.html).toMatch(/Звернень отримано<\/dt><dd>3<\/dd>/);
    expect(page.html).toContain('<option value="2026" selected>');
    expect(page.html).not.toContain('<th scope="row">Львівська область</th>');
  });
});

describe('the way to the public records', () => {
  it('is in the header and on the home page, in the page’s language', async () => {
    const home = await renderPublicPage(request('home', '/', '', null));
    expect(home.html).toMatch(/<a [^>]*href="\/publications"[^>]*>Публікації<\/a>/);
    expect(home.html).toMatch(/<a [^>]*href="\/stats"[^>]*>Статистика<\/a>/);
    expect(home.html).toContain('Відкрито для громадського моніторингу');
    const english = await renderPublicPage(request('home', '/', '?lang=en', null));
    expect(english.html).toContain('href="/publications?lang=en"');
    expect(english.html).toContain('href="/stats?lang=en"');
  });
});
