import { t } from './i18n/i18n.js';
import { Layout } from './layout/layout.js';
import { NavigationContext } from './router/navigation.js';
import { PageOutlet } from './router/page-outlet.js';
import { accessChangedOn, navigation, pageLoading, shownPage } from './router/router.js';
import { Notice } from './ui/notice.js';

/** The single-page app: the layout around the page the router shows. */
export function App() {
  const page = shownPage.value;
  return (
    <NavigationContext.Provider value={navigation}>
      <Layout
        path={page?.path ?? location.pathname}
        search={location.search}
        serverRendered={false}
        busy={pageLoading.value}
      >
        {page && accessChangedOn.value === page.path ? (
          // The person's role changed while this page was open (the router said so too).
          <div class="session-notice">
            <Notice>
              <p>{t('app.claimsUpdated')}</p>
            </Notice>
          </div>
        ) : null}
        <PageOutlet page={page} />
      </Layout>
    </NavigationContext.Provider>
  );
}
