import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import type { PublicRecordView } from '../../../functions/src/public-pages/render-contract.js';
import { formatDate, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { PATHS, publicAddress } from '../router/routes.js';
import { Detail } from '../ui/details.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { LoadFailure } from './load-failure.js';
import { inPageLanguage, kindName, labels } from './public-records.js';

export function publicationTitle(record: PublicRecordView | null): string {
  return record ? inPageLanguage(record.title, currentLanguage()).text : t('publication.notFound');
}

const SIZE = new Intl.NumberFormat('uk-UA', { maximumFractionDigits: 1 });
const sizeOf = (bytes: number) =>
  bytes < 1024 * 1024
    ? `${SIZE.format(bytes / 1024)} KB`
    : `${SIZE.format(bytes / 1024 / 1024)} MB`;
const TYPES: Readonly<Record<string, string>> = {
  'application/pdf': 'PDF',
  'image/jpeg': 'JPEG',
  'image/png': 'PNG',
  'image/webp': 'WEBP',
};

/** The text of a record, paragraph by paragraph (blank lines part them). */
function Paragraphs(props: { text: string; lang: string | undefined }) {
  return (
    <div class="record-body" lang={props.lang}>
      {props.text
        .split(/\n\s*\n/)
        .map((part) => part.trim())
        .filter(Boolean)
        .map((part, i) => (
          <p key={i}>{part}</p>
        ))}
    </div>
  );
}

function RetractionNote(props: { retraction: NonNullable<PublicRecordView['retraction']> }) {
  const language = currentLanguage();
  const note = inPageLanguage(props.retraction.note, language);
  return (
    <Notice>
      <h2>
        <time dateTime={isoOf(props.retraction.at)}>
          {t('publication.retracted', { date: formatDate(props.retraction.at, language) })}
        </time>
      </h2>
      <p>{t('publication.retractedIntro')}</p>
      <p lang={note.lang === language ? undefined : note.lang}>{note.text}</p>
    </Notice>
  );
}

/**
 * `/p/{id}`: a public record whole, rendered on the server for readers, search engines and
 * link previews (render.tsx adds its canonical address, OpenGraph tags and JSON-LD). A
 * retracted record keeps its page, with a dated note at the top.
 */
export function PublicationPage(props: { record: PublicRecordView | null; failed: boolean }) {
  const language = currentLanguage();
  const { record } = props;
  if (props.failed) {
    return (
      <div class="page">
        <PageHeading>{t('publication.notFound')}</PageHeading>
        <LoadFailure text={t('publication.loadError')} />
      </div>
    );
  }
  if (!record) {
    return (
      <div class="page">
        <PageHeading>{t('publication.notFound')}</PageHeading>
        <p>{t('publication.notFoundText')}</p>
        <p>
          <a href={publicAddress(PATHS.publications, language)}>{t('publication.all')}</a>
        </p>
      </div>
    );
  }
  const title = inPageLanguage(record.title, language);
  const summary = inPageLanguage(record.summary, language);
  const body = inPageLanguage(record.body, language);
  const otherLanguage = (lang: string) => (lang === language ? undefined : lang);
  return (
    <article class="page record">
      {record.retraction ? <RetractionNote retraction={record.retraction} /> : null}
      <div lang={otherLanguage(title.lang)}>
        <PageHeading>{title.text}</PageHeading>
      </div>
      {language === 'en' && !record.body.en ? <p>{t('publication.onlyUkrainian')}</p> : null}
      <dl class="details details-compact">
        <Detail term={t('publication.kind')}>{kindName(record.kind)}</Detail>
        <Detail term={t('publication.published')}>
          <time dateTime={isoOf(record.publishedAt)}>
            {formatDate(record.publishedAt, language)}
          </time>
        </Detail>
        {record.sourceNumber ? (
          <Detail term={t('publication.source')}>{record.sourceNumber}</Detail>
        ) : null}
        {record.regionCodes.length ? (
          <Detail term={t('publication.regions')}>
            {labels(REGIONS, record.regionCodes, language)}
          </Detail>
        ) : null}
        {record.areas.length ? (
          <Detail term={t('publication.areas')}>{labels(AREAS, record.areas, language)}</Detail>
        ) : null}
        {record.rights.length ? (
          <Detail term={t('publication.rights')}>{labels(RIGHTS, record.rights, language)}</Detail>
        ) : null}
      </dl>
      <h2>{t('publication.summary')}</h2>
      <p class="lead" lang={otherLanguage(summary.lang)}>
        {summary.text}
      </p>
      <Paragraphs text={body.text} lang={otherLanguage(body.lang)} />
      {record.attachments.length ? (
        <section aria-labelledby="record-attachments">
          <h2 id="record-attachments">{t('publication.attachments')}</h2>
          <ul>
            {record.attachments.map((attachment) => (
              <li key={attachment.url}>
                <a href={attachment.url}>
                  {t('publication.attachment', {
                    name: attachment.name,
                    type: TYPES[attachment.contentType] ?? attachment.contentType,
                    size: sizeOf(attachment.size),
                  })}
                </a>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <a href={publicAddress(PATHS.publications, language)}>{t('publication.all')}</a>
      </p>
    </article>
  );
}
