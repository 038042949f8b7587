import { REGIONS } from '@domain/catalogues/regions.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/keys.js';
import { PATHS } from '../router/routes.js';
import { catalogueOptions } from '../ui/catalogue-options.js';
import { FilterSearch, FilterSelect } from '../ui/filters.js';
import {
  queueTabs,
  searchOfFilters,
  VISIBLE_STATUSES,
  type QueueActor,
  type QueueFilters,
  type QueueTab,
} from './queue.js';
import { reportStatusName } from './report-status.js';

const TAB_KEYS: Record<QueueTab, MessageKey> = {
  mine: 'reports.queue.mine',
  region: 'reports.queue.region',
  all: 'reports.queue.all',
  unassigned: 'reports.queue.unassigned',
  overdue: 'reports.queue.overdue',
};

/** The selections of the queue (mine, my region, all, unassigned, overdue) as links. */
export function QueueTabs(props: { filters: QueueFilters; actor: QueueActor }) {
  const { filters, actor } = props;
  return (
    <nav class="tabs" aria-label={t('reports.queue.tabs')}>
      <ul>
        {queueTabs(actor).map((tab) => (
          <li key={tab}>
            <a
              href={`${PATHS.queue}${searchOfFilters({ ...filters, tab, q: '' }, actor)}`}
              aria-current={tab === filters.tab ? 'page' : undefined}
            >
              {t(TAB_KEYS[tab])}
            </a>
          </li>
        ))}
      </ul>
    </nav>
  );
}

/** Status, region and the search (a number or words of the title), shown with «Показати». */
export function QueueFilterForm(props: {
  draft: QueueFilters;
  actor: QueueActor;
  busy: boolean;
  onChange: (draft: QueueFilters) => void;
  onShow: () => void;
}) {
  const { draft, actor, onChange } = props;
  const language = currentLanguage();
  const coordinator = actor.role === 'coordinator';
  const regions = coordinator
    ? REGIONS.filter((region) => actor.regions.includes(region.code))
    : REGIONS;
  return (
    <form
      class="filters"
      role="search"
      aria-label={t('reports.queue.filters')}
      onSubmit={(event) => {
        event.preventDefault();
        props.onShow();
      }}
    >
      <FilterSelect
        form="queue-filters"
        name="status"
        label={t('reports.queue.status')}
        all={t('reports.queue.open')}
        options={[
          { value: 'any', label: t('reports.queue.anyStatus') },
          ...VISIBLE_STATUSES.map((value) => ({ value, label: reportStatusName(value) })),
        ]}
        value={draft.status === 'open' ? '' : draft.status}
        onChange={(status) =>
          onChange({ ...draft, status: (status || 'open') as QueueFilters['status'] })
        }
      />
      {regions.length > 1 ? (
        <FilterSelect
          form="queue-filters"
          name="region"
          label={t('reports.queue.regionFilter')}
          all={t(coordinator ? 'reports.queue.allMyRegions' : 'reports.queue.allRegions')}
          options={catalogueOptions(regions, language)}
          value={draft.regionCode}
          onChange={(regionCode) => onChange({ ...draft, regionCode })}
        />
      ) : null}
      <FilterSearch
        form="queue-filters"
        name="q"
        label={t('reports.queue.search')}
        value={draft.q}
        onInput={(q) => onChange({ ...draft, q })}
      />
      <div class="filters-submit">
        <button type="submit" class="button" aria-disabled={props.busy ? 'true' : 'false'}>
          {props.busy ? t('common.loading') : t('reports.queue.show')}
        </button>
      </div>
    </form>
  );
}
