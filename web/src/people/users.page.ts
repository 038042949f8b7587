import { ROLE_LABELS, type Role } from '@domain/roles.js';
import { actionProblem } from '../actions/action-problem.js';
import { h } from '../ui/legacy/dom.js';
import type { UserView } from '../firebase/users.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { searchPeople } from '../lists/search.js';
import type { PageContext, PageView } from '../router/page.js';
import { userPath } from '../router/routes.js';
import { textField } from '../ui/legacy/form.js';
import { regionName } from '../organisations/organisation-view.js';
import { pageHeading } from '../ui/legacy/heading.js';

export function roleName(role: string | null): string {
  const labels = role ? ROLE_LABELS[role as Role] : undefined;
  return labels ? labels[currentLanguage()] : t('users.noRole');
}

/**
 * `/app/users` (admins): every account with its role, organisation, regions and whether it is
 * active; the search matches name and email as the administrator types.
 */
export async function usersPage({ search, announce }: PageContext): Promise<PageView> {
  const [users, organisations] = await Promise.all([
    import('../firebase/users.js'),
    import('../firebase/organisations.js'),
  ]);
  const language = currentLanguage();
  const heading = pageHeading(t('users.title'));
  const query = textField({
    form: 'users',
    name: 'q',
    label: t('users.search'),
    value: new URLSearchParams(search).get('q') ?? '',
    type: 'text',
    autocomplete: 'off',
    optional: true,
  });
  query.node.querySelector('.optional')?.remove();
  const searchForm = h('form', { class: 'filters', role: 'search' }, query.node);
  const summary = h('p', { class: 'summary', id: 'users-summary', 'aria-live': 'polite' });
  const list = h('ul', { class: 'rows', 'aria-labelledby': 'users-summary' });
  const error = h('div', { class: 'form-error', hidden: true });
  const node = h(
    'div',
    { class: 'page' },
    heading,
    h('p', null, t('users.intro')),
    searchForm,
    error,
    summary,
    list,
  );
  const view: PageView = { title: t('users.title'), node };

  let people: UserView[] = [];
  // Organisation names for the list; a list that cannot be read just shows the codes.
  const names = new Map<string, string>();

  function row(user: UserView): HTMLElement {
    const organisation = user.orgId
      ? `${names.get(user.orgId) ?? ''} (${user.orgId})`.trim()
      : null;
    return h(
      'li',
      { class: 'row' },
      h(
        'p',
        { class: 'row-title' },
        h('a', { href: userPath(user.uid) }, user.displayName ?? user.email ?? user.uid),
        ' ',
        h(
          'span',
          { class: user.disabled ? 'tag tag-rejected' : 'tag tag-verified' },
          t(user.disabled ? 'users.deactivated' : 'users.active'),
        ),
      ),
      h(
        'p',
        { class: 'row-meta' },
        [
          user.email,
          roleName(user.role),
          organisation ? `${t('users.organisation')}: ${organisation}` : null,
          user.regions.length
            ? `${t('users.regions')}: ${user.regions.map(regionName).join(', ')}`
            : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    );
  }

  function render(): void {
    const rows = searchPeople(people, query.value(), language);
    list.replaceChildren(...rows.map(row));
    const parts = [rows.length ? t('users.count', { count: rows.length }) : t('users.none')];
    if (people.length >= users.USER_LIST_LIMIT) {
      parts.push(t('users.limited', { count: users.USER_LIST_LIMIT }));
    }
    summary.textContent = parts.join(' ');
  }

  async function load(): Promise<void> {
    error.hidden = true;
    try {
      const [loaded, orgs] = await Promise.all([
        users.listUsers(),
        organisations.listOrganisations().catch(() => []),
      ]);
      people = loaded;
      for (const org of orgs) names.set(org.orgId, org.shortName);
      render();
    } catch (cause) {
      console.error(cause);
      const text = actionProblem(cause, catalogue().errors.action, language).message;
      const retry = h(
        'button',
        { type: 'button', class: 'button button-secondary' },
        t('common.retry'),
      );
      retry.addEventListener('click', () => {
        void load().then(() => announce(summary.textContent ?? ''));
      });
      error.replaceChildren(h('p', null, text), retry);
      error.hidden = false;
    }
  }

  let typing: number | undefined;
  query.input.addEventListener('input', () => {
    window.clearTimeout(typing);
    typing = window.setTimeout(() => {
      render();
      const next = new URLSearchParams();
      if (query.value().trim()) next.set('q', query.value().trim());
      history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    }, 200);
  });
  searchForm.addEventListener('submit', (event) => {
    event.preventDefault();
    render();
  });

  await load();
  view.dispose = () => window.clearTimeout(typing);
  return view;
}
