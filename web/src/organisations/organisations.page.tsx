import { REGIONS } from '@domain/catalogues/regions.js';
import { ORGANISATION_STATUSES } from '@domain/workflows/organisation.workflow.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { actionProblem } from '../actions/action-problem.js';
import type { OrganisationView } from '../firebase/organisations.js';
import { formatDate } from '../format.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { searchOrganisations } from '../lists/search.js';
import type { PageProps } from '../router/page.js';
import { organisationPath } from '../router/routes.js';
import { catalogueOptions } from '../ui/catalogue-options.js';
import { FilterSearch, FilterSelect, keepInAddress } from '../ui/filters.js';
import { announce } from '../ui/live-region.js';
import { ListStatus } from '../ui/list-status.js';
import { PageHeading } from '../ui/page-heading.js';
import { useRead, type Loaded as Reading } from '../ui/use-data.js';
import { OrganisationStatusTag, regionName, statusName } from './organisation-view.js';

interface Loaded {
  rows: OrganisationView[];
  /** The most one list shows; more asks for narrower filters. */
  limit: number;
}

interface Filters {
  status: string;
  region: string;
  q: string;
}

/**
 * `/app/organisations`: the Secretariat's list (staff, admins, the Commissioner and
 * coordinators read it). Status and region are filtered on the server, the name or code
 * typed is matched on the page; the filters live in the address, so a list can be shared.
 */
export function OrganisationsPage({ search }: PageProps) {
  const [draft, setDraft] = useState(() => filtersOf(search));
  const [applied, setApplied] = useState(draft);
  // Each press of «Показати» (or «Спробувати ще раз») is said once its list is there.
  const [request, setRequest] = useState({ attempt: 0, announce: false });
  const list = useRead<Loaded>(async () => {
    const store = await import('../firebase/organisations.js');
    const rows = await store.listOrganisations({
      status: applied.status || undefined,
      regionCode: applied.region || undefined,
    });
    return { rows, limit: store.ORGANISATION_LIST_LIMIT };
  }, [applied.status, applied.region, request.attempt]);
  const language = currentLanguage();
  const rows =
    list.status === 'ready' ? searchOrganisations(list.value.rows, applied.q, language) : [];
  const summary = summaryOf(list, rows.length);
  const said = useRef(request);
  useEffect(() => {
    if (list.status === 'loading' || !request.announce || said.current === request) return;
    said.current = request;
    announce(summary);
  }, [list, request, summary]);

  function show(): void {
    setApplied(draft);
    setRequest(({ attempt }) => ({ attempt, announce: true }));
    keepInAddress({ ...draft });
  }

  const loading = list.status === 'loading';
  return (
    <div class="page">
      <PageHeading>{t('organisations.title')}</PageHeading>
      <p>{t('organisations.intro')}</p>
      <form
        class="filters"
        role="search"
        aria-label={t('organisations.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          show();
        }}
      >
        <FilterSelect
          form="org-filters"
          name="status"
          label={t('organisations.status')}
          all={t('organisations.allStatuses')}
          options={ORGANISATION_STATUSES.map((value) => ({ value, label: statusName(value) }))}
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
        />
        <FilterSelect
          form="org-filters"
          name="region"
          label={t('organisations.region')}
          all={t('organisations.allRegions')}
          options={catalogueOptions(REGIONS, language)}
          value={draft.region}
          onChange={(region) => setDraft({ ...draft, region })}
        />
        <FilterSearch
          form="org-filters"
          name="q"
          label={t('organisations.search')}
          value={draft.q}
          onInput={(q) => setDraft({ ...draft, q })}
        />
        <div class="filters-submit">
          <button type="submit" class="button" aria-disabled={loading ? 'true' : 'false'}>
            {loading ? t('common.loading') : t('organisations.show')}
          </button>
        </div>
      </form>
      <ListStatus
        id="org-summary"
        failed={list.status === 'failed'}
        loading={loading}
        summary={summary}
        onRetry={() => setRequest(({ attempt }) => ({ attempt: attempt + 1, announce: true }))}
      />
      <ul class="rows" aria-labelledby="org-summary" aria-busy={loading ? 'true' : 'false'}>
        {rows.map((organisation) => (
          <OrganisationRow key={organisation.orgId} organisation={organisation} />
        ))}
      </ul>
    </div>
  );
}

function OrganisationRow(props: { organisation: OrganisationView }) {
  const { organisation } = props;
  const registered = organisation.createdAt
    ? t('organisations.registered', { date: formatDate(organisation.createdAt, currentLanguage()) })
    : null;
  return (
    <li class="row">
      <p class="row-title">
        <a href={organisationPath(organisation.orgId)}>{organisation.shortName}</a>{' '}
        <OrganisationStatusTag status={organisation.status} />
      </p>
      <p class="row-meta">
        {[
          organisation.name,
          `${t('orgFields.edrpou')} ${organisation.edrpou}`,
          regionName(organisation.regionCode),
          registered,
        ]
          .filter(Boolean)
          .join(' · ')}
      </p>
    </li>
  );
}

/** What the list says about itself: how many were found, or why nothing could be shown. */
function summaryOf(list: Reading<Loaded>, found: number): string {
  if (list.status === 'loading') return '';
  if (list.status === 'failed') {
    return actionProblem(list.error, catalogue().errors.action, currentLanguage()).message;
  }
  const { rows, limit } = list.value;
  const parts = [found ? t('organisations.count', { count: found }) : t('organisations.none')];
  if (rows.length >= limit) parts.push(t('organisations.limited', { count: limit }));
  return parts.join(' ');
}

function filtersOf(search: string): Filters {
  const params = new URLSearchParams(search);
  return {
    status: params.get('status') ?? '',
    region: params.get('region') ?? '',
    q: params.get('q') ?? '',
  };
}
