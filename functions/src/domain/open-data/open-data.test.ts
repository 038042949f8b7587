import '../validation.js';
import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import type { Publication } from '../schemas/publication.schema.js';
import { DEFAULT_QUORUM } from '../meetings/quorum.js';
import { recompute } from '../stats/statistics-increments.js';
import { buildAtomFeed } from './atom-feed.js';
import { parseCsv } from './csv.js';
import { buildDataPackage } from './datapackage.js';
import {
  jsonLdScriptText,
  openGraphTags,
  previewText,
  publicationJsonLd,
} from './record-metadata.js';
import { buildRobotsTxt, buildSitemap } from './sitemap.js';
import { tableCsv, tableJson } from './table-schema.js';
import { coordinatorRows, coordinatorsTable } from './tables/coordinators-table.js';
import { councilsTable } from './tables/councils-table.js';
import { partnersTable } from './tables/partners-table.js';
import { livePublicationRows, publicationsTable } from './tables/publications-table.js';
import { statisticsRows, statisticsTable } from './tables/statistics-table.js';

const SITE = 'https://spilno.example.org';

function publication(overrides: Partial<Publication> = {}): Publication {
  return {
    kind: 'report_outcome',
    title: { uk: 'Доступ до адвоката <відновлено> & «гарантовано»', en: 'Access restored' },
    summary: { uk: 'Після подання Уповноваженого поліція усунула порушення, а суд "погодився".' },
    body: { uk: 'Текст,\nу два рядки; із комою.' },
    regionCodes: ['UA-46', 'UA-30'],
    areas: ['restoration'],
    rights: ['liberty'],
    year: 2026,
    sourceNumber: 'ГО-2026-000123',
    attachments: [
      {
        name: 'a.pdf',
        url: '/public/p1/a.pdf',
        contentType: 'application/pdf',
        size: 10,
        sha256: 'a'.repeat(64),
      },
    ],
    searchKeys: ['region:UA-46'],
    status: 'published',
    publishedAt: new Date('2026-04-20T09:00:00Z'),
    updatedAt: new Date('2026-04-21T09:00:00Z'),
    ...overrides,
  };
}

const records = [
  { id: 'p1', record: publication() },
  {
    id: 'p2',
    record: publication({ title: { uk: 'Друга' }, publishedAt: new Date('2026-05-01T00:00:00Z') }),
  },
  {
    id: 'p3',
    record: publication({
      status: 'retracted',
      retraction: { note: { uk: 'Відкликано' }, at: new Date('2026-06-01T00:00:00Z') },
    }),
  },
];

describe('open data tables', () => {
  const rows = livePublicationRows(records, SITE);

  it('list exactly the live records, newest first, with their pages', () => {
    expect(rows.map((r) => [r.id, r.url])).toEqual([
      ['p2', `${SITE}/p/p2`],
      ['p1', `${SITE}/p/p1`],
    ]);
  });

  it('write CSV whose header is the Table Schema and whose values round-trip', () => {
    const [header, ...body] = parseCsv(tableCsv(publicationsTable, rows));
    expect(header).toEqual(publicationsTable.columns.map((c) => c.name));
    const p1 = Object.fromEntries(header!.map((name, i) => [name, body[1]![i]]));
    expect(p1).toMatchObject({
      id: 'p1',
      title_uk: 'Доступ до адвоката <відновлено> & «гарантовано»',
      title_en: 'Access restored',
      summary_en: '',
      body_uk: 'Текст,\nу два рядки; із комою.',
      region_codes: 'UA-46;UA-30',
      year: '2026',
      published_at: '2026-04-20T09:00:00.000Z',
      attachment_urls: '/public/p1/a.pdf',
    });
  });

  it('write the same rows as JSON, lists as arrays', () => {
    const json = JSON.parse(tableJson(publicationsTable, rows)) as Record<string, unknown>[];
    expect(json).toHaveLength(2);
    expect(json[1]).toMatchObject({
      id: 'p1',
      region_codes: ['UA-46', 'UA-30'],
      title_en: 'Access restored',
      summary_en: null,
    });
    expect(Object.keys(json[0]!)).toEqual(publicationsTable.columns.map((c) => c.name));
  });

  it('lay the statistics out long: period, section, measure, key, value', () => {
    const aggregates = recompute({
      reports: [{ regionCode: 'UA-46', area: 'restoration', registeredOn: '2026-03-02' }],
      measures: [{ type: 'meeting', date: '2025-12-01' }],
      proposals: [],
      publications: [],
    });
    const statRows = statisticsRows(aggregates);
    expect(statRows.map((r) => r.period)).toEqual([
      'all',
      'all',
      'all',
      'all',
      'all',
      'all',
      '2025',
      '2025',
      '2026',
      '2026',
      '2026',
      '2026',
    ]);
    expect(statRows).toContainEqual({
      period: '2026',
      section: 'reports',
      measure: 'byMonth',
      key: '2026-03',
      value: 1,
    });
    expect(statRows).toContainEqual({
      period: 'all',
      section: 'measures',
      measure: 'total',
      key: '',
      value: 1,
    });
    expect(parseCsv(tableCsv(statisticsTable, statRows))[0]).toEqual([
      'period',
      'section',
      'measure',
      'key',
      'value',
    ]);
  });

  it('list coordinators once per region they serve, and councils and partners', () => {
    const coordinators = coordinatorRows([
      {
        uid: 'u1',
        displayName: 'Наталія Шевчук',
        regions: ['UA-30', 'UA-32'],
        workEmail: 'n@spilno.test',
      },
    ]);
    expect(parseCsv(tableCsv(coordinatorsTable, coordinators)).slice(1)).toEqual([
      ['UA-30', 'Наталія Шевчук', '', 'n@spilno.test', ''],
      ['UA-32', 'Наталія Шевчук', '', 'n@spilno.test', ''],
    ]);
    const council = {
      kind: 'expert' as const,
      name: { uk: 'Експертна рада з питань свободи' },
      description: { uk: 'Опис ради' },
      theme: 'prevention' as const,
      rights: [],
      instruments: [],
      quorum: DEFAULT_QUORUM,
      memberOrgs: [{ orgId: 'o1', name: 'ГО «Право»' }],
      createdBy: 'admin-uid',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(parseCsv(tableCsv(councilsTable, [{ id: 'c1', council }]))[1]).toEqual([
      'c1',
      'expert',
      'Експертна рада з питань свободи',
      '',
      'prevention',
      'o1',
      'ГО «Право»',
    ]);
    const partner = {
      orgId: 'o1',
      name: 'Громадська організація «Право»',
      shortName: 'ГО «Право»',
      regionCode: 'UA-46' as const,
      areas: ['education' as const],
    };
    expect(parseCsv(tableCsv(partnersTable, [partner]))[1]).toEqual([
      'o1',
      'Громадська організація «Право»',
      'ГО «Право»',
      'UA-46',
      'education',
      '',
    ]);
  });
});

describe('datapackage.json', () => {
  const tables = [
    publicationsTable,
    statisticsTable,
    councilsTable,
    coordinatorsTable,
    partnersTable,
  ];
  const pkg = buildDataPackage({
    siteUrl: SITE,
    title: 'Відкриті дані',
    description: 'Опис',
    generatedAt: new Date('2026-05-01T00:00:00Z'),
    tables,
  });

  it('describes every table as CSV and JSON with one Table Schema', () => {
    expect(pkg.resources.map((r) => r.name)).toEqual([
      'publications',
      'publications-json',
      'stats',
      'stats-json',
      'councils',
      'councils-json',
      'coordinators',
      'coordinators-json',
      'partners',
      'partners-json',
    ]);
    const publications = pkg.resources[0]!;
    expect(publications).toMatchObject({
      path: `${SITE}/open-data/publications.csv`,
      format: 'csv',
      encoding: 'utf-8',
    });
    expect(publications.schema.fields.map((f) => f.name)).toEqual(
      publicationsTable.columns.map((c) => c.name),
    );
    expect(publications.schema.fields.find((f) => f.name === 'region_codes')).toMatchObject({
      type: 'list',
      delimiter: ';',
    });
    expect(publications.schema.primaryKey).toEqual(['id']);
    expect(pkg.resources[1]!.schema).toBe(publications.schema);
  });

  it('is JSON with the Data Package essentials', () => {
    const parsed = JSON.parse(JSON.stringify(pkg)) as typeof pkg;
    expect(parsed).toMatchObject({
      name: 'spilno-open-data',
      licenses: [{ name: 'CC-BY-4.0' }],
      created: '2026-05-01T00:00:00.000Z',
    });
    for (const resource of parsed.resources)
      for (const field of resource.schema.fields) expect(field.name).toMatch(/^[a-z][a-z0-9_]*$/);
  });
});

describe('the Atom feed', () => {
  const entry = (i: number, title: string) => ({
    url: `${SITE}/p/p${i}`,
    title,
    summary: `Зміст ${i} <b>не тег</b> & "лапки"`,
    published: new Date(Date.UTC(2026, 3, i)),
    updated: new Date(Date.UTC(2026, 3, i, 12)),
    categories: [{ term: 'region:UA-46', label: 'Львівська область' }],
  });

  it('is well-formed Atom with escaped texts, newest first', () => {
    const xml = buildAtomFeed({
      siteUrl: SITE,
      title: 'Спільно: публікації',
      subtitle: 'Співпраця ІГС з Уповноваженим',
      publisher: 'Секретаріат Уповноваженого',
      generatedAt: new Date('2026-01-01T00:00:00Z'),
      entries: [entry(1, 'Перша & <найперша>'), entry(3, 'Третя'), entry(2, 'Друга')],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    const feed = new XMLParser({ ignoreAttributes: false }).parse(xml).feed;
    expect(feed['@_xmlns']).toBe('http://www.w3.org/2005/Atom');
    expect(feed.updated).toBe('2026-04-03T12:00:00Z');
    expect(feed.author.name).toBe('Секретаріат Уповноваженого');
    expect(feed.entry.map((e: { id: string }) => e.id)).toEqual([
      `${SITE}/p/p3`,
      `${SITE}/p/p2`,
      `${SITE}/p/p1`,
    ]);
    expect(xml).toContain('<title>Перша &amp; &lt;найперша&gt;</title>');
    expect(feed.entry[2].title).toBe('Перша & <найперша>');
    expect(feed.entry[2].summary).toBe('Зміст 1 <b>не тег</b> & "лапки"');
    for (const e of feed.entry) {
      expect(e.published).toMatch(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ$/);
      expect(e.link['@_href']).toBe(e.id);
      expect(e.category['@_term']).toBe('region:UA-46');
    }
  });

  it('is valid with no entries, dated when it was made', () => {
    const xml = buildAtomFeed({
      siteUrl: SITE,
      title: 't',
      subtitle: 's',
      publisher: 'p',
      generatedAt: new Date('2026-01-01T00:00:00Z'),
      entries: [],
    });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<updated>2026-01-01T00:00:00Z</updated>');
    expect(xml).not.toContain('<entry>');
  });
});

describe('sitemap.xml and robots.txt', () => {
  it('lists the pages, escaped, with their dates', () => {
    const xml = buildSitemap([
      { loc: `${SITE}/` },
      { loc: `${SITE}/p/a&b`, lastmod: new Date('2026-04-20T09:00:00Z') },
    ]);
    expect(XMLValidator.validate(xml)).toBe(true);
    const urls = new XMLParser().parse(xml).urlset.url;
    expect(urls).toEqual([
      { loc: `${SITE}/` },
      { loc: `${SITE}/p/a&b`, lastmod: '2026-04-20T09:00:00Z' },
    ]);
  });

  it('refuses more URLs than one sitemap may hold', () => {
    expect(() =>
      buildSitemap(Array.from({ length: 50_001 }, (_, i) => ({ loc: `${SITE}/p/${i}` }))),
    ).toThrow(RangeError);
  });

  it('opens the public pages to crawlers and points at the sitemap', () => {
    const robots = buildRobotsTxt(SITE);
    expect(robots.split('\n')).toEqual(
      expect.arrayContaining([
        'User-agent: *',
        'Disallow: /app/',
        'Disallow: /api/',
        `Sitemap: ${SITE}/sitemap.xml`,
      ]),
    );
  });
});

describe('JSON-LD and OpenGraph of a record page', () => {
  const page = {
    id: 'p1',
    record: publication({
      title: { uk: 'Заголовок </script><script>alert(1)</script>', en: 'Title' },
    }),
    url: `${SITE}/p/p1`,
    siteUrl: SITE,
    siteName: 'Спільно',
    publisher: 'Уповноважений Верховної Ради України з прав людини',
    tagLabels: ['Львівська область', 'Право на свободу'],
  };

  it('is a schema.org Article published by the Commissioner, safe inside a script element', () => {
    const data = publicationJsonLd(page);
    expect(data).toMatchObject({
      '@type': 'Article',
      url: page.url,
      inLanguage: 'uk',
      datePublished: '2026-04-20T09:00:00.000Z',
      dateModified: '2026-04-21T09:00:00.000Z',
      publisher: { '@type': 'GovernmentOrganization', name: page.publisher },
      keywords: 'Львівська область, Право на свободу',
    });
    const script = jsonLdScriptText(data);
    expect(script).not.toMatch(/<\/script/i);
    expect(JSON.parse(script)).toEqual(data);
    const retracted = {
      ...page,
      record: publication({
        status: 'retracted',
        retraction: { note: { uk: 'Відкликано' }, at: new Date() },
      }),
    };
    expect(publicationJsonLd(retracted).creativeWorkStatus).toBe('Retracted');
  });

  it('gives OpenGraph tags for link previews', () => {
    const tags = openGraphTags(page);
    const byProperty = (property: string) =>
      tags.filter((t) => t.property === property).map((t) => t.content);
    expect(byProperty('og:type')).toEqual(['article']);
    expect(byProperty('og:url')).toEqual([page.url]);
    expect(byProperty('og:locale:alternate')).toEqual(['en_GB']);
    expect(byProperty('article:tag')).toEqual(page.tagLabels);
    expect(byProperty('og:description')[0]!.length).toBeLessThanOrEqual(200);
  });

  it('cuts a long preview at a word', () => {
    const long = 'слово '.repeat(60);
    const preview = previewText(long, 50);
    expect(preview.length).toBeLessThanOrEqual(50);
    expect(preview).toMatch(/слово…$/);
  });
});
