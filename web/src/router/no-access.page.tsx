import type { ComponentType } from 'preact';
import { t } from '../i18n/i18n.js';
import type { Role } from '../session/roles.js';
import { PageHeading } from '../ui/page-heading.js';
import type { PageProps } from './page.js';
import { PATHS, type RouteName } from './routes.js';

/**
 * Shown for a page of the app the person's role does not open. The server refuses the same
 * anyway (rules, callables); this says so plainly instead of showing a page that fails.
 */
export function NoAccessPage(props: { page: RouteName; role: Role | null }) {
  // Registering an organisation: say why, and where the person's organisation is.
  if (props.page === 'registerOrganisation' && props.role) {
    const ngo = props.role === 'ngo_admin' || props.role === 'ngo_member';
    return (
      <div class="page page-narrow">
        <PageHeading title={t('register.title')}>{t('register.heading')}</PageHeading>
        <p class="notice">{t(ngo ? 'register.hasOrganisation' : 'register.hasRole')}</p>
        <p>
          {ngo ? (
            <a href={PATHS.organisation}>{t('register.organisationLink')}</a>
          ) : (
            <a href={PATHS.app}>{t('noAccess.back')}</a>
          )}
        </p>
      </div>
    );
  }
  return (
    <div class="page page-narrow">
      <PageHeading>{t('noAccess.title')}</PageHeading>
      <p>{t('noAccess.text')}</p>
      <p>
        <a href={PATHS.app}>{t('noAccess.back')}</a>
      </p>
    </div>
  );
}

/** The no-access page for a route, as a page of the router. */
export function noAccessPage(page: RouteName): ComponentType<PageProps> {
  return ({ claims }) => <NoAccessPage page={page} role={claims?.role ?? null} />;
}
