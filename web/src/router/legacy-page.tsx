import { useContext, useLayoutEffect, useRef } from 'preact/hooks';
import { PageTitleContext } from '../ui/page-title.js';
import type { PageView } from './page.js';

/**
 * Shows a page not yet on Preact: the router has built its DOM already (`Page`, page.ts);
 * this puts it in place, reports its title, and disposes of it when another page replaces
 * it. Remove this adapter once every page is a component.
 */
export function LegacyPage(props: { view: PageView }) {
  const host = useRef<HTMLDivElement>(null);
  const reportTitle = useContext(PageTitleContext);
  const { view } = props;
  useLayoutEffect(() => {
    host.current?.replaceChildren(view.node);
    reportTitle(view.title);
    return () => view.dispose?.();
  }, [view, reportTitle]);
  return <div class="legacy-page" ref={host} />;
}
