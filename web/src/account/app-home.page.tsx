import { ROLE_LABELS } from '@domain/role-labels.js';
import type { ProfileView } from '../firebase/firestore.js';
import type { OrganisationView } from '../firebase/organisations.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { regionName, statusName } from '../organisations/organisation-view.js';
import type { PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { Await } from '../ui/await.js';
import { ButtonLink } from '../ui/button.js';
import { Detail } from '../ui/details.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { useLive, useRead } from '../ui/use-data.js';

/**
 * The signed-in person's start page: what needs them now (start-pages.tsx: by role), then
 * who they are, what role they have, and what they can do next. The role comes from the session's claims; when the server changes it, the router
 * shows this page again for the new role (session/account.ts fetches the new token).
 */
export function AppHomePage({ user, claims }: PageProps) {
  const language = currentLanguage();
  const profile = useLive<ProfileView | null>(async (next) => {
    const account = await import('../session/account.js');
    next(account.accountProfile());
    return account.onAccountProfile(next);
  }, []);
  const shownProfile = profile.status === 'ready' ? profile.value : null;
  const name = shownProfile?.displayName ?? user?.displayName ?? user?.email ?? '';
  return (
    <div class="page">
      <PageHeading>{t('app.title')}</PageHeading>
      <p class="lead">{t('app.greeting', { name })}</p>
      <StartLists user={user} claims={claims} />
      <section class="card page-narrow">
        <h2>{t('app.accountHeading')}</h2>
        <dl class="details">
          <Detail term={t('app.name')}>{name}</Detail>
          {user?.email ? <Detail term={t('app.email')}>{user.email}</Detail> : null}
          {shownProfile?.position ? (
            <Detail term={t('app.position')}>{shownProfile.position}</Detail>
          ) : null}
          {claims?.role ? (
            <Detail term={t('app.role')}>{ROLE_LABELS[claims.role][language]}</Detail>
          ) : null}
          {claims?.orgId ? <Detail term={t('app.organisation')}>{claims.orgId}</Detail> : null}
          {claims?.regions.length ? (
            <Detail term={t('app.regions')}>{claims.regions.map(regionName).join(', ')}</Detail>
          ) : null}
        </dl>
      </section>
      {claims?.role ? null : (
        <section class="card page-narrow">
          <h2>{t('app.whatNext')}</h2>
          <p class="notice">{t('app.noRole')}</p>
          <p>
            <ButtonLink href={PATHS.registerOrganisation}>{t('app.noRoleRegister')}</ButtonLink>
          </p>
          <p>{t('app.noRoleInvitation')}</p>
        </section>
      )}
      {claims?.orgId ? <OrganisationCard orgId={claims.orgId} /> : null}
    </div>
  );
}

/** The person's organisation and its state, followed live. */
function OrganisationCard(props: { orgId: string }) {
  const organisation = useLive<OrganisationView | null>(
    async (next, fail) => {
      const { watchOrganisation } = await import('../firebase/organisations.js');
      return watchOrganisation(props.orgId, next, fail);
    },
    [props.orgId],
  );
  const shown = organisation.status === 'ready' ? organisation.value : null;
  return (
    <section class="card page-narrow">
      <h2>{t('app.organisationHeading')}</h2>
      <div>
        {shown ? (
          <>
            <p class="row-title">
              {shown.shortName}{' '}
              <StatusTag tone={shown.status}>{statusName(shown.status)}</StatusTag>
            </p>
            {shown.status === 'pending' ? <p>{t('organisation.status.pendingDrafts')}</p> : null}
            {shown.status === 'rejected' ? <p>{t('organisation.status.rejectedHeading')}</p> : null}
          </>
        ) : null}
      </div>
      <p>
        <a href={PATHS.organisation}>{t('app.organisationLink')}</a>
      </p>
    </section>
  );
}

/**
 * What needs the person now (start-pages.tsx), loaded after the page shows: its lists bring
 * the reports' pure code and the catalogues, which on a slow line would hold back the
 * heading and the account for seconds; the lists wait for their data in any case.
 */
function StartLists(props: Pick<PageProps, 'user' | 'claims'>) {
  const code = useRead(() => import('./start-pages.js'), []);
  return (
    <Await state={code}>
      {({ WhatNeedsMe }) => <WhatNeedsMe user={props.user} claims={props.claims} />}
    </Await>
  );
}
