import { millisOf } from '../../fields.js';
import type { Publication } from '../../schemas/publication.schema.js';
import type { Table } from '../table-schema.js';

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
    {
      name: 'id',
      type: 'string',
      title: 'Ідентифікатор',
      description: 'Stable id',
      required: true,
      value: (r) => r.id,
    },
    {
      name: 'url',
      type: 'string',
      title: 'Сторінка',
      description: 'Page of the record',
      value: (r) => r.url,
    },
    {
      name: 'kind',
      type: 'string',
      title: 'Вид',
      description: 'report_outcome, proposal, meeting_minutes or ngo_activity',
      value: (r) => r.record.kind,
    },
    {
      name: 'title_uk',
      type: 'string',
      title: 'Заголовок',
      description: 'Title in Ukrainian',
      value: (r) => r.record.title.uk,
    },
    {
      name: 'title_en',
      type: 'string',
      title: 'Заголовок англійською',
      description: 'Title in English, where given',
      value: (r) => r.record.title.en ?? null,
    },
    {
      name: 'summary_uk',
      type: 'string',
      title: 'Короткий зміст',
      description: 'Summary in Ukrainian',
      value: (r) => r.record.summary.uk,
    },
    {
      name: 'summary_en',
      type: 'string',
      title: 'Короткий зміст англійською',
      description: 'Summary in English',
      value: (r) => r.record.summary.en ?? null,
    },
    {
      name: 'body_uk',
      type: 'string',
      title: 'Текст',
      description: 'Full text in Ukrainian',
      value: (r) => r.record.body.uk,
    },
    {
      name: 'body_en',
      type: 'string',
      title: 'Текст англійською',
      description: 'Full text in English',
      value: (r) => r.record.body.en ?? null,
    },
    {
      name: 'region_codes',
      type: 'list',
      title: 'Області',
      description: 'ISO 3166-2:UA codes',
      value: (r) => r.record.regionCodes,
    },
    {
      name: 'areas',
      type: 'list',
      title: 'Напрями співпраці',
      description: 'Area codes',
      value: (r) => r.record.areas,
    },
    {
      name: 'rights',
      type: 'list',
      title: 'Права',
      description: 'Right codes',
      value: (r) => r.record.rights,
    },
    {
      name: 'year',
      type: 'integer',
      title: 'Рік',
      description: 'Year of publication (Kyiv time)',
      value: (r) => r.record.year,
    },
    {
      name: 'source_number',
      type: 'string',
      title: 'Номер джерела',
      description: 'Registration number of the source report or proposal',
      value: (r) => r.record.sourceNumber ?? null,
    },
    {
      name: 'published_at',
      type: 'datetime',
      title: 'Оприлюднено',
      description: 'When it was published (UTC)',
      value: (r) => iso(r.record.publishedAt),
    },
    {
      name: 'updated_at',
      type: 'datetime',
      title: 'Оновлено',
      description: 'When it last changed (UTC)',
      value: (r) => iso(r.record.updatedAt),
    },
    {
      name: 'attachment_urls',
      type: 'list',
      title: 'Додатки',
      description: 'Paths of the public attachments',
      value: (r) => r.record.attachments.map((a) => a.url),
    },
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
