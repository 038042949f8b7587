import { useEffect, useState } from 'preact/hooks';
import type { UserView } from '../firebase/users.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { searchPeople } from '../lists/search.js';
import { regionName } from '../organisations/organisation-view.js';
import type { DataPage, PageProps } from '../router/page.js';
import { userPath } from '../router/routes.js';
import { FilterSearch, keepInAddress } from '../ui/filters.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { roleName } from './role-name.js';

/** How long typing may pause before the list follows (and the address keeps the search). */
const TYPING_PAUSE_MS = 200;

interface People {
  people: UserView[];
  /** Organisations' short names by code; a list that cannot be read just shows the codes. */
  organisations: Readonly<Record<string, string>>;
  /** The most one list shows. */
  limit: number;
}

/**
 * `/app/users` (admins): every account with its role, organisation, regions and whether it is
 * active; the search matches name and email as the administrator types.
 */
function UsersPage({ search, data }: PageProps & { data: People }) {
  const [typed, setTyped] = useState(() => new URLSearchParams(search).get('q') ?? '');
  const [query, setQuery] = useState(typed);
  useEffect(() => {
    const timer = setTimeout(() => {
      setQuery(typed);
      keepInAddress({ q: typed });
    }, TYPING_PAUSE_MS);
    return () => clearTimeout(timer);
  }, [typed]);

  const rows = searchPeople(data.people, query, currentLanguage());
  const summary = [rows.length ? t('users.count', { count: rows.length }) : t('users.none')];
  if (data.people.length >= data.limit) summary.push(t('users.limited', { count: data.limit }));
  return (
    <div class="page">
      <PageHeading>{t('users.title')}</PageHeading>
      <p>{t('users.intro')}</p>
      <form
        class="filters"
        role="search"
        onSubmit={(event) => {
          event.preventDefault();
          setQuery(typed);
        }}
      >
        <FilterSearch
          form="users"
          name="q"
          label={t('users.search')}
          value={typed}
          onInput={setTyped}
        />
      </form>
      <p class="summary" id="users-summary" aria-live="polite">
        {summary.join(' ')}
      </p>
      <ul class="rows" aria-labelledby="users-summary">
        {rows.map((person) => (
          <PersonRow key={person.uid} person={person} organisations={data.organisations} />
        ))}
      </ul>
    </div>
  );
}

export const usersPage: DataPage<People> = {
  async load() {
    const [users, organisations] = await Promise.all([
      import('../firebase/users.js'),
      import('../firebase/organisations.js'),
    ]);
    const [people, listed] = await Promise.all([
      users.listUsers(),
      organisations.listOrganisations().catch(() => []),
    ]);
    return {
      people,
      organisations: Object.fromEntries(listed.map((org) => [org.orgId, org.shortName])),
      limit: users.USER_LIST_LIMIT,
    };
  },
  component: UsersPage,
};

function PersonRow(props: { person: UserView; organisations: People['organisations'] }) {
  const { person } = props;
  const organisation = person.orgId
    ? `${props.organisations[person.orgId] ?? ''} (${person.orgId})`.trim()
    : null;
  return (
    <li class="row">
      <p class="row-title">
        <a href={userPath(person.uid)}>{person.displayName ?? person.email ?? person.uid}</a>{' '}
        <StatusTag tone={person.disabled ? 'rejected' : 'verified'}>
          {t(person.disabled ? 'users.deactivated' : 'users.active')}
        </StatusTag>
      </p>
      <p class="row-meta">
        {[
          person.email,
          roleName(person.role),
          organisation ? `${t('users.organisation')}: ${organisation}` : null,
          person.regions.length
            ? `${t('users.regions')}: ${person.regions.map(regionName).join(', ')}`
            : null,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}
