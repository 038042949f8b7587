import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { RIGHTS } from '@domain/catalogues/rights.js';
import { PUBLICATION_KINDS } from '@domain/schemas/publication.schema.js';
import { searchAddress, type SearchRequest } from '@domain/search/search-request.js';
import type {
  PublicationsData,
  PublicRecordCard,
} from '../../../functions/src/public-pages/render-contract.js';
import { formatDate, isoOf } from '../format.js';
import { currentLanguage, t, type Language, type MessageKey } from '../i18n/i18n.js';
import { publicAddress } from '../router/routes.js';
import { catalogueOptions } from '../ui/catalogue-options.js';
import { FilterSearch, FilterSelect } from '../ui/filters.js';
import { PageHeading } from '../ui/page-heading.js';
import { LoadFailure } from './load-failure.js';
import { inPageLanguage, kindName, labels, recordPath } from './public-records.js';

export const publicationsTitle = () => t('publications.title');

const ignore = () => undefined;

/** Years a visitor may filter by: from the first records to this one. */
function yearOptions(): { value: string; label: string }[] {
  const thisYear = new Date().getFullYear();
  const years: { value: string; label: string }[] = [];
  for (let year = thisYear; year >= 2024; year--)
    years.push({ value: String(year), label: String(year) });
  return years;
}

/** The filters of the search, in the order of the form. */
function filters(language: Language): {
  name: 'region' | 'area' | 'right' | 'kind' | 'year';
  all: MessageKey;
  options: { value: string; label: string }[];
}[] {
  return [
    {
      name: 'region',
      all: 'publications.allRegions',
      options: catalogueOptions(REGIONS, language),
    },
    { name: 'area', all: 'publications.allAreas', options: catalogueOptions(AREAS, language) },
    { name: 'right', all: 'publications.allRights', options: catalogueOptions(RIGHTS, language) },
    {
      name: 'kind',
      all: 'publications.allKinds',
      options: PUBLICATION_KINDS.map((kind) => ({ value: kind, label: kindName(kind) })),
    },
    { name: 'year', all: 'publications.allYears', options: yearOptions() },
  ];
}

/**
 * The search form: a GET form the server answers (it works without JavaScript, and its
 * address can be shared). Choosing a filter does nothing until the form is sent.
 */
function SearchForm(props: { request: SearchRequest }) {
  const language = currentLanguage();
  const { request } = props;
  return (
    <form
      class="filters"
      role="search"
      aria-label={t('publications.search')}
      method="get"
      action="/publications"
    >
      {language === 'uk' ? null : <input type="hidden" name="lang" value={language} />}
      <FilterSearch
        form="publications"
        name="q"
        label={t('publications.query')}
        value={request.q}
        onInput={ignore}
      />
      {filters(language).map((filter) => (
        <FilterSelect
          key={filter.name}
          form="publications"
          name={filter.name}
          label={t(`publications.${filter.name}`)}
          all={t(filter.all)}
          options={filter.options}
          value={request[filter.name]}
          onChange={ignore}
        />
      ))}
      <button type="submit" class="button filters-submit">
        {t('publications.submit')}
      </button>
    </form>
  );
}

function RecordRow(props: { record: PublicRecordCard }) {
  const language = currentLanguage();
  const { record } = props;
  const title = inPageLanguage(record.title, language);
  const summary = inPageLanguage(record.summary, language);
  return (
    <li class="row">
      <h3 class="row-title" lang={title.lang === language ? undefined : title.lang}>
        <a href={publicAddress(recordPath(record.id), language)}>{title.text}</a>
      </h3>
      <p class="row-meta">
        {kindName(record.kind)} ·{' '}
        <time dateTime={isoOf(record.publishedAt)}>
          {t('publications.published', { date: formatDate(record.publishedAt, language) })}
        </time>
        {record.regionCodes.length ? ` · ${labels(REGIONS, record.regionCodes, language)}` : ''}
      </p>
      <p lang={summary.lang === language ? undefined : summary.lang}>{summary.text}</p>
    </li>
  );
}

export interface PublicationsPageProps {
  request: SearchRequest;
  /** The page of the search; null when it could not be read. */
  data: PublicationsData | null;
}

/**
 * `/publications`: the live public records, newest first, with search that understands word
 * forms, filters and cursor paging (`?after=`), all in the address, rendered on the server.
 */
export function PublicationsPage(props: PublicationsPageProps) {
  const language = currentLanguage();
  const { request, data } = props;
  const searched = ['q', 'region', 'area', 'right', 'kind', 'year'].some(
    (name) => request[name as keyof SearchRequest] !== '',
  );
  return (
    <div class="page">
      <PageHeading title={publicationsTitle()}>{t('publications.heading')}</PageHeading>
      <p class="lead">{t('publications.intro')}</p>
      <SearchForm request={request} />
      {searched ? (
        <p>
          <a
            href={searchAddress(
              { ...request, q: '', region: '', area: '', right: '', kind: '', year: '' },
              null,
              language,
            )}
          >
            {t('publications.reset')}
          </a>
        </p>
      ) : null}
      <section aria-labelledby="publications-results">
        <h2 id="publications-results">{t('publications.results')}</h2>
        {data === null ? (
          <LoadFailure text={t('publications.loadError')} />
        ) : (
          <>
            <p class="summary" id="publications-summary">
              {data.records.length
                ? t('publications.shown', { count: data.records.length })
                : data.partial
                  ? t('publications.partial')
                  : t('publications.none')}
            </p>
            <ul class="rows publication-rows" aria-labelledby="publications-summary">
              {data.records.map((record) => (
                <RecordRow key={record.id} record={record} />
              ))}
            </ul>
            {data.records.length && data.partial ? <p>{t('publications.partial')}</p> : null}
            {data.nextCursor || request.after ? (
              <nav class="pager" aria-label={t('publications.pages')}>
                {request.after ? (
                  <a href={searchAddress(request, null, language)}>{t('publications.first')}</a>
                ) : null}
                {data.nextCursor ? (
                  <a rel="next" href={searchAddress(request, data.nextCursor, language)}>
                    {t('publications.next')}
                  </a>
                ) : null}
              </nav>
            ) : null}
          </>
        )}
      </section>
      <section aria-labelledby="publications-open-data">
        <h2 id="publications-open-data">{t('publications.machineReadable')}</h2>
        <ul>
          <li>
            <a href="/feed.xml" type="application/atom+xml">
              {t('publications.feed')}
            </a>
          </li>
          <li>
            <a href="/open-data/publications.csv" type="text/csv">
              {t('publications.csv')}
            </a>
          </li>
          <li>
            <a href="/open-data/publications.json" type="application/json">
              {t('publications.json')}
            </a>
          </li>
          <li>
            <a href="/open-data/datapackage.json" type="application/json">
              {t('publications.datapackage')}
            </a>
          </li>
        </ul>
      </section>
    </div>
  );
}
