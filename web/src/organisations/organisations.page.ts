import { REGIONS } from '@domain/catalogues/regions.js';
import { ORGANISATION_STATUSES } from '@domain/workflows/organisation.workflow.js';
import { actionProblem } from '../actions/action-problem.js';
import { h } from '../ui/legacy/dom.js';
import type { OrganisationView } from '../firebase/organisations.js';
import { formatDate } from '../format.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { searchOrganisations } from '../lists/search.js';
import type { PageContext, PageView } from '../router/page.js';
import { organisationPath } from '../router/routes.js';
import { selectField, setBusy, textField } from '../ui/legacy/form.js';
import { regionName, statusName, statusTag } from './organisation-view.js';
import { pageHeading } from '../ui/legacy/heading.js';

/**
 * `/app/organisations`: the Secretariat's list (staff, admins, the Commissioner and
 * coordinators read it). Status and region are filtered on the server, the name or code
 * typed is matched on the page; the filters live in the address, so a list can be shared.
 */
export async function organisationsPage({ search, announce }: PageContext): Promise<PageView> {
  const organisations = await import('../firebase/organisations.js');
  const language = currentLanguage();
  const params = new URLSearchParams(search);
  const form = 'org-filters';
  const status = selectField({
    form,
    name: 'status',
    label: t('organisations.status'),
    options: [
      { value: '', label: t('organisations.allStatuses') },
      ...ORGANISATION_STATUSES.map((value) => ({ value, label: statusName(value) })),
    ],
    value: params.get('status') ?? '',
    optional: true,
  });
  const region = selectField({
    form,
    name: 'region',
    label: t('organisations.region'),
    options: [
      { value: '', label: t('organisations.allRegions') },
      ...REGIONS.map((entry) => ({ value: entry.code, label: entry[language] })),
    ],
    value: params.get('region') ?? '',
    optional: true,
  });
  const query = textField({
    form,
    name: 'q',
    label: t('organisations.search'),
    value: params.get('q') ?? '',
    type: 'text',
    autocomplete: 'off',
    optional: true,
  });
  // The search box is a filter, not something to fill in: no «optional» marks.
  for (const field of [status, region, query]) field.node.querySelector('.optional')?.remove();
  const show = h('button', { type: 'submit', class: 'button' }, t('organisations.show'));
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('organisations.filters') },
    status.node,
    region.node,
    query.node,
    h('div', { class: 'filters-submit' }, show),
  );
  const summary = h('p', { class: 'summary', id: 'org-summary' });
  const error = h('div', { class: 'form-error', hidden: true });
  const list = h('ul', { class: 'rows', 'aria-labelledby': 'org-summary' });
  const heading = pageHeading(t('organisations.title'));
  const node = h(
    'div',
    { class: 'page' },
    heading,
    h('p', null, t('organisations.intro')),
    filters,
    error,
    summary,
    list,
  );

  let loaded: { key: string; rows: OrganisationView[] } | null = null;

  function row(organisation: OrganisationView): HTMLElement {
    return h(
      'li',
      { class: 'row' },
      h(
        'p',
        { class: 'row-title' },
        h('a', { href: organisationPath(organisation.orgId) }, organisation.shortName),
        ' ',
        statusTag(organisation.status),
      ),
      h(
        'p',
        { class: 'row-meta' },
        [
          organisation.name,
          `${t('orgFields.edrpou')} ${organisation.edrpou}`,
          regionName(organisation.regionCode),
          organisation.createdAt
            ? t('organisations.registered', { date: formatDate(organisation.createdAt, language) })
            : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
    );
  }

  async function load(options: { announceResult: boolean }): Promise<void> {
    const key = `${status.value()}|${region.value()}`;
    setBusy(show, true, { idle: t('organisations.show'), busy: t('common.loading') }, list);
    error.hidden = true;
    try {
      if (loaded?.key !== key) {
        loaded = {
          key,
          rows: await organisations.listOrganisations({
            status: status.value() || undefined,
            regionCode: region.value() || undefined,
          }),
        };
      }
      const rows = searchOrganisations(loaded.rows, query.value(), language);
      list.replaceChildren(...rows.map(row));
      const parts = [
        rows.length ? t('organisations.count', { count: rows.length }) : t('organisations.none'),
      ];
      if (loaded.rows.length >= organisations.ORGANISATION_LIST_LIMIT) {
        parts.push(t('organisations.limited', { count: organisations.ORGANISATION_LIST_LIMIT }));
      }
      summary.textContent = parts.join(' ');
      if (options.announceResult) announce(summary.textContent);
    } catch (cause) {
      console.error(cause);
      loaded = null;
      const retry = h(
        'button',
        { type: 'button', class: 'button button-secondary' },
        t('common.retry'),
      );
      retry.addEventListener('click', () => void load({ announceResult: true }));
      const text = actionProblem(cause, catalogue().errors.action, language).message;
      error.replaceChildren(h('p', null, text), retry);
      error.hidden = false;
      summary.textContent = '';
      list.replaceChildren();
      if (options.announceResult) announce(text);
    } finally {
      setBusy(show, false, { idle: t('organisations.show'), busy: t('common.loading') }, list);
    }
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (status.value()) next.set('status', status.value());
    if (region.value()) next.set('region', region.value());
    if (query.value().trim()) next.set('q', query.value().trim());
    const address = `${location.pathname}${next.size ? `?${next}` : ''}`;
    history.replaceState(null, '', address);
    void load({ announceResult: true });
  });

  await load({ announceResult: false });
  return { title: t('organisations.title'), node };
}
