import { labelOf } from '../domain/catalogues/catalogue.js';
import { AREAS } from '../domain/catalogues/areas.js';
import { REGIONS } from '../domain/catalogues/regions.js';
import { RIGHTS } from '../domain/catalogues/rights.js';
import { millisOf } from '../domain/fields.js';
import { buildAtomFeed, FEED_ENTRIES } from '../domain/open-data/atom-feed.js';
import { buildDataPackage } from '../domain/open-data/datapackage.js';
import { OPEN_DATA_TABLES } from '../domain/open-data/open-data-tables.js';
import { buildSitemap } from '../domain/open-data/sitemap.js';
import { tableCsv, tableJson, type Table } from '../domain/open-data/table-schema.js';
import {
  coordinatorRows,
  coordinatorsTable,
} from '../domain/open-data/tables/coordinators-table.js';
import { councilsTable } from '../domain/open-data/tables/councils-table.js';
import { partnersTable } from '../domain/open-data/tables/partners-table.js';
import {
  livePublicationRows,
  publicationsTable,
} from '../domain/open-data/tables/publications-table.js';
import { statisticsRows, statisticsTable } from '../domain/open-data/tables/statistics-table.js';
import type { Publication } from '../domain/schemas/publication.schema.js';
import { councilSchema } from '../domain/schemas/council.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';
import { readStoredStatistics } from '../stats/recompute-statistics.js';
import { readCoordinatorDirectory, readPartnerDirectory } from './public-directories.js';
import { readLiveRecords } from './public-records.js';

/**
 * The machine-readable side of the public site (docs/API.md): the Atom feed, the sitemap and
 * the open data, each a body and its content type, built from the public
 * collections by the pure builders of domain/open-data.
 */
export interface OpenDataFile {
  contentType: string;
  body: string;
}

const SITE_TITLE = 'Спільно: публікації';
const SITE_SUBTITLE =
  'Матеріали про співпрацю інститутів громадянського суспільства з Уповноваженим Верховної Ради України з прав людини';
const PUBLISHER = 'Секретаріат Уповноваженого Верховної Ради України з прав людини';

/** The public pages a sitemap lists besides the records. */
const STATIC_PAGES = [
  '/',
  '/publications',
  '/stats',
  '/open-data',
  '/councils',
  '/partners',
  '/coordinators',
];

const CSV = 'text/csv; charset=utf-8';
const JSON_TYPE = 'application/json; charset=utf-8';

function tagLabels(record: Publication) {
  return [
    ...record.regionCodes.map((code) => ({
      term: `region:${code}`,
      label: labelOf(REGIONS, code),
    })),
    ...record.areas.map((code) => ({ term: `area:${code}`, label: labelOf(AREAS, code) })),
    ...record.rights.map((code) => ({ term: `right:${code}`, label: labelOf(RIGHTS, code) })),
  ];
}

async function feed(siteUrl: string): Promise<OpenDataFile> {
  const records = await readLiveRecords(FEED_ENTRIES);
  return {
    contentType: 'application/atom+xml; charset=utf-8',
    body: buildAtomFeed({
      siteUrl,
      title: SITE_TITLE,
      subtitle: SITE_SUBTITLE,
      publisher: PUBLISHER,
      generatedAt: new Date(),
      entries: records.map(({ id, record }) => ({
        url: `${siteUrl}/p/${id}`,
        title: record.title.uk,
        summary: record.summary.uk,
        published: new Date(millisOf(record.publishedAt)),
        updated: new Date(millisOf(record.updatedAt)),
        categories: tagLabels(record),
      })),
    }),
  };
}

async function sitemap(siteUrl: string): Promise<OpenDataFile> {
  const records = await readLiveRecords();
  return {
    contentType: 'application/xml; charset=utf-8',
    body: buildSitemap([
      ...STATIC_PAGES.map((path) => ({ loc: `${siteUrl}${path}` })),
      ...records.map(({ id, record }) => ({
        loc: `${siteUrl}/p/${id}`,
        lastmod: new Date(millisOf(record.updatedAt)),
      })),
    ]),
  };
}

async function councilRows() {
  const snapshot = await db()
    .collection('councils')
    .withConverter(storedConverter(councilSchema))
    .orderBy('kind')
    .get();
  return snapshot.docs.map((doc) => ({ id: doc.id, council: doc.data() }));
}

/** A table of the open data as a file, in either format. */
interface TableFile {
  render(format: 'csv' | 'json', siteUrl: string): Promise<string>;
}

/** A table with the reader of its rows (the two share the row's type). */
function tableFile<Row>(
  table: Table<Row>,
  rows: (siteUrl: string) => Promise<readonly Row[]>,
): TableFile {
  return {
    async render(format, siteUrl) {
      const all = await rows(siteUrl);
      return format === 'csv' ? tableCsv(table, all) : tableJson(table, all);
    },
  };
}

/** Each table of the open data, by the name in its address. */
const TABLES: Readonly<Record<string, TableFile>> = {
  publications: tableFile(publicationsTable, async (siteUrl) =>
    livePublicationRows(await readLiveRecords(), siteUrl),
  ),
  stats: tableFile(statisticsTable, async () => statisticsRows(await readStoredStatistics())),
  councils: tableFile(councilsTable, councilRows),
  coordinators: tableFile(coordinatorsTable, async () =>
    coordinatorRows((await readCoordinatorDirectory())?.coordinators ?? []),
  ),
  partners: tableFile(partnersTable, async () => (await readPartnerDirectory())?.partners ?? []),
};

const TABLE_FILE = /^\/open-data\/([a-z]+)\.(csv|json)$/;

/** The file at `path`, or null when the path is not one of them. */
export async function openDataFile(path: string, siteUrl: string): Promise<OpenDataFile | null> {
  if (path === '/feed.xml') return feed(siteUrl);
  if (path === '/sitemap.xml') return sitemap(siteUrl);
  if (path === '/open-data/datapackage.json') {
    const pkg = buildDataPackage({
      siteUrl,
      title: 'Спільно: відкриті дані',
      description: SITE_SUBTITLE,
      generatedAt: new Date(),
      tables: OPEN_DATA_TABLES,
    });
    return { contentType: JSON_TYPE, body: `${JSON.stringify(pkg, null, 1)}\n` };
  }
  const [, name, format] = TABLE_FILE.exec(path) ?? [];
  const entry = name ? TABLES[name] : undefined;
  if (!entry) return null;
  const csv = format === 'csv';
  return {
    contentType: csv ? CSV : JSON_TYPE,
    body: await entry.render(csv ? 'csv' : 'json', siteUrl),
  };
}

/** The paths `openDataFile` answers, for the Hosting rewrites (firebase.json) and docs. */
export const OPEN_DATA_PATHS = [
  '/feed.xml',
  '/sitemap.xml',
  '/open-data/datapackage.json',
  ...Object.keys(TABLES).flatMap((name) => [`/open-data/${name}.csv`, `/open-data/${name}.json`]),
];
