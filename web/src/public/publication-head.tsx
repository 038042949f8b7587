import { labelOf } from '@domain/catalogues/catalogue.js';
import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import {
  jsonLdScriptText,
  openGraphTags,
  publicationJsonLd,
  type RecordPage,
} from '@domain/open-data/record-metadata.js';
import type { Publication } from '@domain/schemas/publication.schema.js';
import type { PublicRecordView } from '../../../functions/src/public-pages/render-contract.js';
import { t } from '../i18n/i18n.js';
import { recordPath } from './public-records.js';

/** The record as the metadata builders of the domain take it (dates as dates). */
function asPublication(record: PublicRecordView): Publication {
  const { id: _id, retraction, publishedAt, updatedAt, ...rest } = record;
  return {
    ...(rest as Omit<Publication, 'publishedAt' | 'updatedAt' | 'searchKeys' | 'retraction'>),
    searchKeys: [],
    publishedAt: new Date(publishedAt),
    updatedAt: new Date(updatedAt),
    ...(retraction ? { retraction: { note: retraction.note, at: new Date(retraction.at) } } : {}),
  };
}

/**
 * What `/p/{id}` says of itself in its `<head>`: the canonical address (Ukrainian, without
 * `?lang`), OpenGraph tags and JSON-LD (schema.org Article), from the public record only.
 */
export function PublicationHead(props: { record: PublicRecordView; siteUrl: string }) {
  const { record, siteUrl } = props;
  const page: RecordPage = {
    id: record.id,
    record: asPublication(record),
    url: `${siteUrl}${recordPath(record.id)}`,
    siteUrl,
    siteName: t('layout.siteName'),
    publisher: t('layout.siteName'),
    tagLabels: [
      ...record.regionCodes.map((code) => labelOf(REGIONS, code)),
      ...record.areas.map((code) => labelOf(AREAS, code)),
      ...record.rights.map((code) => labelOf(RIGHTS, code)),
    ],
  };
  return (
    <>
      <link rel="canonical" href={page.url} />
      <link rel="alternate" type="application/atom+xml" href="/feed.xml" />
      {record.status === 'retracted' ? <meta name="robots" content="noindex" /> : null}
      {openGraphTags(page).map((tag, i) => (
        <meta key={i} property={tag.property} content={tag.content} />
      ))}
      <script
        type="application/ld+json"
        dangerouslySetInnerHTML={{ __html: jsonLdScriptText(publicationJsonLd(page)) }}
      />
    </>
  );
}
