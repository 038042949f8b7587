import type { ComponentChildren } from 'preact';
import { useErrorBoundary } from 'preact/hooks';
import { PageTitleContext } from '../ui/page-title.js';
import { ErrorPage } from './error.page.js';
import type { ShownPage } from './router.js';

/** The page the router shows, in the layout's main region. */
export function PageOutlet(props: { page: ShownPage | null }) {
  const { page } = props;
  if (!page) return null;
  const { content } = page;
  return (
    <PageTitleContext.Provider value={page.reportTitle}>
      <PageBoundary key={page.key}>
        <content.component {...content.props} />
      </PageBoundary>
    </PageTitleContext.Provider>
  );
}

/** A page that fails while rendering shows the error page, not an empty frame. */
function PageBoundary(props: { children: ComponentChildren }) {
  const [error] = useErrorBoundary((caught: unknown) => console.error(caught));
  return error ? <ErrorPage /> : <>{props.children}</>;
}
