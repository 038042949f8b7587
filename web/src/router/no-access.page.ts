import { h } from '../ui/legacy/dom.js';
import { t } from '../i18n/i18n.js';
import { PATHS, type RouteName } from './routes.js';
import type { PageView } from './page.js';
import type { Role } from '../session/roles.js';
import { pageHeading } from '../ui/legacy/heading.js';

/**
 * Shown for a page of the app the person's role does not open. The server refuses the same
 * anyway (rules, callables); this says so plainly instead of showing a page that fails.
 */
export function noAccessPage(page: RouteName, role: Role | null): PageView {
  // Registering an organisation: say why, and where the person's organisation is.
  if (page === 'registerOrganisation' && role) {
    const ngo = role === 'ngo_admin' || role === 'ngo_member';
    const node = h(
      'div',
      { class: 'page page-narrow' },
      pageHeading(t('register.heading')),
      h('p', { class: 'notice' }, t(ngo ? 'register.hasOrganisation' : 'register.hasRole')),
      h(
        'p',
        null,
        ngo
          ? h('a', { href: PATHS.organisation }, t('register.organisationLink'))
          : h('a', { href: PATHS.app }, t('noAccess.back')),
      ),
    );
    return { title: t('register.title'), node };
  }
  const node = h(
    'div',
    { class: 'page page-narrow' },
    pageHeading(t('noAccess.title')),
    h('p', null, t('noAccess.text')),
    h('p', null, h('a', { href: PATHS.app }, t('noAccess.back'))),
  );
  return { title: t('noAccess.title'), node };
}
