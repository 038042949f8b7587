import { h } from '../ui/legacy/dom.js';
import { t } from '../i18n/i18n.js';
import { PATHS } from './routes.js';
import type { PageView } from './page.js';
import { pageHeading } from '../ui/legacy/heading.js';

/** Shown when a page could not be loaded at all (most often: the connection dropped). */
export function errorPage(): PageView {
  const node = h(
    'div',
    { class: 'page page-narrow' },
    pageHeading(t('errors.pageLoad')),
    h('p', null, h('a', { href: PATHS.home }, t('notFound.home'))),
  );
  return { title: t('errors.pageLoad'), node };
}
