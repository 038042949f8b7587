import { currentLanguage, t } from '../i18n/i18n.js';
import { publicAddress } from '../router/routes.js';
import { PageHeading } from '../ui/page-heading.js';
import { LoadFailure } from './load-failure.js';
import { localText, themeName, type CouncilListEntry } from './public-councils.js';

export const councilsTitle = () => t('councils.title');

export const councilPath = (id: string) => `/councils/${id}`;

/**
 * `/councils`: the Advisory Council and the Expert Councils, each with its theme and how many
 * organisations sit on it, linking to its page. Rendered on the server from the councils'
 * directory (`directory/councils`); nothing on it needs JavaScript.
 */
export function CouncilsPage(props: { councils: CouncilListEntry[] | null }) {
  const language = currentLanguage();
  return (
    <div class="page">
      <PageHeading title={councilsTitle()}>{t('councils.heading')}</PageHeading>
      <p class="lead">{t('councils.intro')}</p>
      {props.councils ? (
        props.councils.length ? (
          <ul class="rows">
            {props.councils.map((council) => (
              <li key={council.id} class="row">
                <h2 class="row-title">
                  <a href={publicAddress(councilPath(council.id), language)}>
                    {localText(council.name, language)}
                  </a>
                </h2>
                <p class="row-meta">
                  {council.theme
                    ? t('councils.themeIs', { theme: themeName(council.theme, language) })
                    : t('councils.advisoryKind')}
                  {' · '}
                  {t('councils.organisationCount', { count: council.organisationCount })}
                </p>
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('councils.none')}</p>
        )
      ) : (
        <LoadFailure text={t('councils.loadError')} />
      )}
    </div>
  );
}
