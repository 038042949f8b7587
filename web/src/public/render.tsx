import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import type { ComponentChildren } from 'preact';
import { renderToString } from 'preact-render-to-string';
import type {
  PublicPageRequest,
  RenderPublicPage,
} from '../../../functions/src/public-pages/render-contract.js';
import { searchRequestOf } from '@domain/search/search-request.js';
import type {
  PublicationsData,
  PublicRecordView,
  StatisticsData,
} from '../../../functions/src/public-pages/render-contract.js';
import {
  currentLanguage,
  inLanguage,
  isLanguage,
  loadCatalogue,
  loadSection,
  t,
  type Language,
} from '../i18n/i18n.js';
import { Layout } from '../layout/layout.js';
import { CouncilPage, councilTitle } from './council.page.js';
import { CouncilsPage, councilsTitle } from './councils.page.js';
import { coordinatorsTitle, CoordinatorsPage } from './coordinators.page.js';
import { HomePage, homeTitle } from './home.page.js';
import { OpenDataPage, openDataTitle } from './open-data.page.js';
import { PartnersPage, partnersTitle } from './partners.page.js';
import { PublicationHead } from './publication-head.js';
import { PublicationPage, publicationTitle } from './publication.page.js';
import { PublicationsPage, publicationsTitle } from './publications.page.js';
import { StatsPage, statsTitle } from './stats.page.js';
import { councilFrom, localText } from './public-councils.js';
import { coordinatorsFrom, councilsFrom, partnersFrom } from './public-directory-read.js';

/**
 * The server's entry (built into functions/lib/web-render/): a public page as a whole HTML
 * document, rendered from the same components as the browser uses. The page loads
 * `/public.css` and `/public.js` (public/islands.client.tsx), which hydrates the islands.
 * The language is the address's `?lang=` (Ukrainian by default).
 */
export const renderPublicPage: RenderPublicPage = async (request) => {
  const params = new URLSearchParams(request.search);
  const asked = params.get('lang');
  const language: Language = isLanguage(asked) ? asked : 'uk';
  // The pages' text, and the public records' and statistics' (sections of the catalogue).
  await Promise.all([loadSection('pages'), loadSection('publicSite')]);
  await loadCatalogue(language);
  const html = inLanguage(language, () => renderToString(<PublicDocument request={request} />));
  const missing =
    (request.page === 'council' || request.page === 'publication') &&
    !request.directoryFailed &&
    !request.directory;
  return {
    status: request.directoryFailed ? 503 : missing ? 404 : 200,
    html: `<!doctype html>${html}`,
    cacheable: !request.directoryFailed && !missing,
  };
};

/** A filter's value from the address, if the catalogue knows it. */
function known(catalogue: readonly { code: string }[], value: string | null): string {
  return value && catalogue.some((entry) => entry.code === value) ? value : '';
}

function page(request: PublicPageRequest): {
  title: string;
  description: string;
  body: ComponentChildren;
  /** More of the document's head (a record's canonical address and metadata). */
  head?: ComponentChildren;
} {
  const params = new URLSearchParams(request.search);
  switch (request.page) {
    case 'home':
      return { title: homeTitle(), description: t('home.lead'), body: <HomePage /> };
    case 'partners':
      return {
        title: partnersTitle(),
        description: t('partners.intro'),
        body: (
          <PartnersPage
            partners={request.directoryFailed ? null : partnersFrom(request.directory)}
            region={known(REGIONS, params.get('region'))}
            area={known(AREAS, params.get('area'))}
          />
        ),
      };
    case 'coordinators':
      return {
        title: coordinatorsTitle(),
        description: t('coordinators.intro'),
        body: (
          <CoordinatorsPage
            coordinators={request.directoryFailed ? null : coordinatorsFrom(request.directory)}
          />
        ),
      };
    case 'councils':
      return {
        title: councilsTitle(),
        description: t('councils.intro'),
        body: (
          <CouncilsPage
            councils={
              request.directoryFailed ? null : councilsFrom(request.directory, currentLanguage())
            }
          />
        ),
      };
    case 'council': {
      const council = councilFrom(request.directory);
      return {
        title: councilTitle(council),
        description: council
          ? localText(council.description, currentLanguage())
          : t('councils.notFoundText'),
        body: <CouncilPage council={council} failed={request.directoryFailed} />,
      };
    }
    case 'publications':
      return {
        title: publicationsTitle(),
        description: t('publications.intro'),
        body: (
          <PublicationsPage
            request={searchRequestOf(params)}
            data={request.directoryFailed ? null : (request.directory as PublicationsData)}
          />
        ),
      };
    case 'publication': {
      const record = request.directoryFailed
        ? null
        : (request.directory as PublicRecordView | null);
      return {
        title: publicationTitle(record),
        description: record ? record.summary.uk : t('publication.notFoundText'),
        body: <PublicationPage record={record} failed={request.directoryFailed} />,
        head: record ? <PublicationHead record={record} siteUrl={request.siteUrl} /> : undefined,
      };
    }
    case 'stats':
      return {
        title: statsTitle(),
        description: t('statistics.intro'),
        body: (
          <StatsPage
            data={request.directoryFailed ? null : (request.directory as StatisticsData)}
          />
        ),
      };
    case 'openData':
      return { title: openDataTitle(), description: t('openData.intro'), body: <OpenDataPage /> };
  }
}

function PublicDocument(props: { request: PublicPageRequest }) {
  const { request } = props;
  const shown = page(request);
  return (
    <html lang={currentLanguage()}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta name="color-scheme" content="light" />
        <meta name="theme-color" content="#0b4f8a" />
        <meta name="description" content={shown.description} />
        <link rel="icon" href="data:," />
        <title>{t('layout.documentTitle', { page: shown.title })}</title>
        {shown.head}
        <link rel="stylesheet" href="/public.css" />
        <script type="module" src="/public.js" />
      </head>
      <body>
        <div id="app">
          <Layout path={request.path} search={request.search} serverRendered>
            {shown.body}
          </Layout>
        </div>
      </body>
    </html>
  );
}
