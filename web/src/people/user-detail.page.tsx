import type { UserView } from '../firebase/users.js';
import { t } from '../i18n/i18n.js';
import { regionName } from '../organisations/organisation-view.js';
import type { DataPage, PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { LoadFailure } from '../ui/await.js';
import { Detail } from '../ui/details.js';
import { PageHeading } from '../ui/page-heading.js';
import { firstValue, latest, useLive } from '../ui/use-data.js';
import { AccessSection } from './access-section.js';
import { CoordinatorListing } from './coordinator-listing.js';
import { RoleSection } from './role-section.js';
import { roleName } from './role-name.js';

/**
 * `/app/users/{uid}` (admins): one person. Their role is given through `adminSetRole`: staff
 * (optionally authorised to decide), a coordinator of one or more of the 27 regions, the
 * Commissioner, an administrator; or removed. NGO roles come from membership and are not
 * given here. The account can be deactivated and activated again, and a coordinator's public
 * contacts edited. Nobody changes their own role or access. Read before it is shown (the
 * heading is the person's name), then followed.
 */
function UserDetailPage(props: PageProps & { data: UserView | null }) {
  const uid = props.params.uid ?? '';
  const self = props.user?.uid === uid;
  const followed = useLive<UserView | null>(
    async (next, fail) => (await import('../firebase/users.js')).watchUser(uid, next, fail),
    [uid],
  );
  const person = latest(props.data, followed);
  return (
    <div class="page">
      <p class="back">
        <a href={PATHS.users}>{t('users.back')}</a>
      </p>
      <PageHeading>
        {person ? (person.displayName ?? person.email ?? uid) : t('users.notFound')}
      </PageHeading>
      {followed.status === 'failed' ? <LoadFailure /> : null}
      {person ? (
        <>
          <PersonDetails person={person} />
          {self ? <p class="notice">{t('users.self')}</p> : null}
          <RoleSection person={person} self={self} />
          <AccessSection person={person} self={self} />
          {person.role === 'coordinator' && !self ? <CoordinatorListing person={person} /> : null}
        </>
      ) : null}
    </div>
  );
}

export const userDetailPage: DataPage<UserView | null> = {
  async load({ params }) {
    const users = await import('../firebase/users.js');
    const uid = params.uid ?? '';
    return firstValue((next, fail) => users.watchUser(uid, next, fail));
  },
  component: UserDetailPage,
};

function PersonDetails(props: { person: UserView }) {
  const { person } = props;
  return (
    <dl class="details">
      <Detail term={t('users.email')}>{person.email ?? t('common.none')}</Detail>
      {person.position ? <Detail term={t('users.position')}>{person.position}</Detail> : null}
      <Detail term={t('users.role')}>{roleName(person.role)}</Detail>
      {person.role === 'staff' ? (
        <Detail term={t('users.decisionAuthority')}>
          {t(person.decisionAuthority ? 'common.yes' : 'common.no')}
        </Detail>
      ) : null}
      {person.orgId ? <Detail term={t('users.organisation')}>{person.orgId}</Detail> : null}
      {person.regions.length ? (
        <Detail term={t('users.regions')}>{person.regions.map(regionName).join(', ')}</Detail>
      ) : null}
    </dl>
  );
}
