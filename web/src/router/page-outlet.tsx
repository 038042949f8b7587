import { PageTitleContext } from '../ui/page-title.js';
import { LegacyPage } from './legacy-page.js';
import type { ShownPage } from './router.js';

/** The page the router shows, in the layout's main region. */
export function PageOutlet(props: { page: ShownPage | null }) {
  const { page } = props;
  if (!page) return null;
  const { content } = page;
  return (
    <PageTitleContext.Provider value={page.reportTitle}>
      {content.kind === 'legacy' ? (
        <LegacyPage key={page.key} view={content.view} />
      ) : (
        <content.component key={page.key} {...content.props} />
      )}
    </PageTitleContext.Provider>
  );
}
