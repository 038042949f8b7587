import type { CouncilListItem } from '../firebase/councils.js';
import { currentLanguage, loadSection, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { councilPath, publicAddress } from '../router/routes.js';
import { Await } from '../ui/await.js';
import { PageHeading } from '../ui/page-heading.js';
import { useLive } from '../ui/use-data.js';
import { CouncilEditor } from './council-editor.js';

const adapter = () => import('../firebase/councils.js');

/**
 * `/app/councils` (administrators): the councils, each with its public page, and the form
 * that creates one through `councilAction`.
 */
function CouncilsAdminPage(_props: PageProps) {
  const councils = useLive<CouncilListItem[]>(
    async (next, fail) => (await adapter()).watchCouncils(next, fail),
    [],
  );
  const language = currentLanguage();
  return (
    <div class="page">
      <PageHeading title={t('councilAdmin.title')}>{t('councilAdmin.title')}</PageHeading>
      <p class="lead">{t('councilAdmin.intro')}</p>
      <section aria-labelledby="councils-list">
        <h2 id="councils-list">{t('councilAdmin.list')}</h2>
        <Await state={councils}>
          {(items) =>
            items.length ? (
              <ul class="rows" id="councils">
                {items.map((council) => (
                  <li key={council.id} class="row">
                    <p class="row-title">
                      <a href={councilPath(council.id)}>{council.nameUk}</a>
                    </p>
                    <p class="row-meta">
                      {t('councilAdmin.members', { count: council.memberOrgCount })}
                      {' · '}
                      <a href={publicAddress(`/councils/${council.id}`, language)}>
                        {t('councilAdmin.publicPage')}
                      </a>
                    </p>
                  </li>
                ))}
              </ul>
            ) : (
              <p>{t('councilAdmin.none')}</p>
            )
          }
        </Await>
      </section>
      <CouncilEditor />
    </div>
  );
}

export const councilsAdminPage: DataPage<null> = {
  async load() {
    await loadSection('councils');
    return null;
  },
  component: CouncilsAdminPage,
};
