import { Layout } from './layout/layout.js';
import { NavigationContext } from './router/navigation.js';
import { PageOutlet } from './router/page-outlet.js';
import { navigation, pageLoading, shownPage } from './router/router.js';

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
        <PageOutlet page={page} />
      </Layout>
    </NavigationContext.Provider>
  );
}
