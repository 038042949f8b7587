import { h } from '../ui/legacy/dom.js';
import { t } from '../i18n/i18n.js';
import { PATHS } from './routes.js';
import type { PageView } from './page.js';
import { pageHeading } from '../ui/legacy/heading.js';

export function notFoundPage(): PageView {
  const node = h(
    'div',
    { class: 'page page-narrow' },
    pageHeading(t('notFound.title')),
    h('p', null, t('notFound.text')),
    h('p', null, h('a', { href: PATHS.home }, t('notFound.home'))),
  );
  // Search engines should not index the page a mistyped address leads to.
  const robots = h('meta', { name: 'robots', content: 'noindex' });
  document.head.append(robots);
  return { title: t('notFound.title'), node, dispose: () => robots.remove() };
}
