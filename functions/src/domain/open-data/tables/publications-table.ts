import { millisOf } from '../../fields.js';
import type { Publication } from '../../schemas/publication.schema.js';
import { column, type Table } from '../table-schema.js';

/** `/open-data/publications.csv` and `.json`: every live public record. */
export interface PublicationRow {
  id: string;
  record: Publication;
  /** Absolute URL of the record's page, `https://…/p/{id}`. */
  url: string;
}

const iso = (at: Parameters<typeof millisOf>[0]) => new Date(millisOf(at)).toISOString();

export const publicationsTable: Table<PublicationRow> = {
  name: 'publications',
  title: 'Публікації',
  description: 'Every live public record of the cooperation with the Commissioner',
  primaryKey: ['id'],
  columns: [
    column('id', 'string', 'Ідентифікатор', 'Stable id', (r) => r.id, true),
    column('url', 'string', 'Сторінка', 'Page of the record', (r) => r.url),
    column(
      'kind',
      'string',
      'Вид',
      'report_outcome, proposal, meeting_minutes or ngo_activity',
      (r) => r.record.kind,
    ),
    column('title_uk', 'string', 'Заголовок', 'Title in Ukrainian', (r) => r.record.title.uk),
    column(
      'title_en',
      'string',
      'Заголовок англійською',
      'Title in English, where given',
      (r) => r.record.title.en ?? null,
    ),
    column(
      'summary_uk',
      'string',
      'Короткий зміст',
      'Summary in Ukrainian',
      (r) => r.record.summary.uk,
    ),
    column(
      'summary_en',
      'string',
      'Короткий зміст англійською',
      'Summary in English',
      (r) => r.record.summary.en ?? null,
    ),
    column('body_uk', 'string', 'Текст', 'Full text in Ukrainian', (r) => r.record.body.uk),
    column(
      'body_en',
      'string',
      'Текст англійською',
      'Full text in English',
      (r) => r.record.body.en ?? null,
    ),
    column('region_codes', 'list', 'Області', 'ISO 3166-2:UA codes', (r) => r.record.regionCodes),
    column('areas', 'list', 'Напрями співпраці', 'Area codes', (r) => r.record.areas),
    column('rights', 'list', 'Права', 'Right codes', (r) => r.record.rights),
    column('year', 'integer', 'Рік', 'Year of publication (Kyiv time)', (r) => r.record.year),
    column(
      'source_number',
      'string',
      'Номер джерела',
      'Registration number of the source report or proposal',
      (r) => r.record.sourceNumber ?? null,
    ),
    column('published_at', 'datetime', 'Оприлюднено', 'When it was published (UTC)', (r) =>
      iso(r.record.publishedAt),
    ),
    column('updated_at', 'datetime', 'Оновлено', 'When it last changed (UTC)', (r) =>
      iso(r.record.updatedAt),
    ),
    column('attachment_urls', 'list', 'Додатки', 'Paths of the public attachments', (r) =>
      r.record.attachments.map((a) => a.url),
    ),
  ],
};

/** Only live records are open data: a retracted record leaves it with the listings. */
export function livePublicationRows(
  records: readonly { id: string; record: Publication }[],
  siteUrl: string,
): PublicationRow[] {
  return records
    .filter(({ record }) => record.status === 'published')
    .sort(
      (a, b) =>
        millisOf(b.record.publishedAt) - millisOf(a.record.publishedAt) || a.id.localeCompare(b.id),
    )
    .map(({ id, record }) => ({ id, record, url: `${siteUrl}/p/${encodeURIComponent(id)}` }));
}
