import { useEffect, useRef, useState } from 'preact/hooks';
import { actionProblem } from '../actions/action-problem.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { Button } from '../ui/button.js';
import { announce } from '../ui/live-region.js';
import { Notice } from '../ui/notice.js';
import { ListStatus } from '../ui/list-status.js';
import { PageHeading } from '../ui/page-heading.js';
import { useQueuePages, type QueuePages } from './queue-data.js';
import { QueueFilterForm, QueueTabs } from './queue-filters.js';
import { QueueTable, type QueueTableRow } from './queue-table.js';
import {
  filtersFromSearch,
  nextSort,
  searchOfFilters,
  sortQueue,
  type QueueActor,
  type QueueFilters,
} from './queue.js';
import { regionLabel, reportStatusName } from './report-status.js';
import './reports.css';

/**
 * `/app/queue`: the work queue of staff, coordinators and the Commissioner, across the page.
 * Selections (mine, my region, all, unassigned, overdue), filters (status, region) and a
 * search by number or title that runs on the server; overdue first, then urgent, then by
 * term, or by any column; fifty at a time, «Показати ще» for the next. What is chosen lives in
 * the address, so a selection can be shared.
 */
export function QueuePage({ user, claims, search }: PageProps) {
  const role = claims?.role;
  if (!user || (role !== 'staff' && role !== 'coordinator' && role !== 'commissioner')) {
    throw new Error('The queue is for the Secretariat');
  }
  const actor: QueueActor = { uid: user.uid, role, regions: claims?.regions ?? [] };
  const [applied, setApplied] = useState(() => filtersFromSearch(search, actor));
  const [draft, setDraft] = useState(applied);
  const [request, setRequest] = useState({ attempt: 0, announce: false });
  const { pages, more } = useQueuePages(applied, actor, request.attempt);
  const rows = pages.status === 'ready' ? itemsOf(pages, applied) : [];
  const summary = summaryOf(pages, rows.length, applied);
  const said = useRef(request);
  useEffect(() => {
    if (pages.status === 'loading' || !request.announce || said.current === request) return;
    said.current = request;
    announce(summary);
  }, [pages, request, summary]);

  function apply(next: QueueFilters, announceResult: boolean): void {
    setApplied(next);
    history.replaceState(null, '', `${PATHS.queue}${searchOfFilters(next, actor)}`);
    if (announceResult) setRequest(({ attempt }) => ({ attempt, announce: true }));
  }

  const loading = pages.status === 'loading';
  return (
    <div class="page page-wide">
      <PageHeading>{t('reports.queue.title')}</PageHeading>
      <p>{t('reports.queue.intro')}</p>
      {role === 'staff' || role === 'coordinator' ? (
        <p>
          <a href={PATHS.reportIntake}>{t('reports.queue.intake')}</a>
        </p>
      ) : null}
      <QueueTabs filters={applied} actor={actor} />
      <QueueFilterForm
        draft={draft}
        actor={actor}
        busy={loading}
        onChange={setDraft}
        onShow={() => apply({ ...applied, ...draft, sort: applied.sort, dir: applied.dir }, true)}
      />
      <ListStatus
        id="queue-summary"
        failed={pages.status === 'failed'}
        loading={loading}
        summary={summary}
        onRetry={() => setRequest(({ attempt }) => ({ attempt: attempt + 1, announce: true }))}
      />
      {rows.length ? (
        <QueueTable
          rows={rows}
          sort={applied.sort}
          dir={applied.dir}
          busy={loading}
          onSort={(column) => {
            const order = nextSort(applied, column);
            const next = { ...applied, ...order };
            setDraft({ ...draft, ...order });
            apply(next, false);
            announce(
              t('reports.queue.sorted', { column: sortName(column), order: orderName(order.dir) }),
            );
          }}
        />
      ) : null}
      {pages.status === 'ready' && pages.more ? (
        <p>
          <Button variant="secondary" onClick={more}>
            {pages.loadingMore ? t('common.loading') : t('reports.queue.more')}
          </Button>
        </p>
      ) : null}
      {pages.status === 'ready' && pages.moreFailed ? (
        <Notice kind="error">
          <p>
            {actionProblem(pages.moreFailed, catalogue().errors.action, currentLanguage()).message}
          </p>
        </Notice>
      ) : null}
    </div>
  );
}

function itemsOf(
  pages: Extract<QueuePages, { status: 'ready' }>,
  filters: QueueFilters,
): QueueTableRow[] {
  const items = pages.rows.map((row) => ({
    ...row,
    organisation: pages.organisations.get(row.orgId) ?? '',
    region: regionLabel(row.regionCode),
    statusLabel: reportStatusName(row.status),
    assigneeNames: row.assignees.map((uid) => pages.people.get(uid) ?? t('reports.queue.someone')),
  }));
  return sortQueue(items, filters.sort, filters.dir, new Date());
}

function sortName(column: QueueFilters['sort']): string {
  return t(`reports.queue.sortBy.${column}`);
}

function orderName(dir: 'asc' | 'desc'): string {
  return t(dir === 'asc' ? 'reports.queue.ascending' : 'reports.queue.descending');
}

/** What the queue says about itself: how many were found, or why nothing could be shown. */
function summaryOf(pages: QueuePages, found: number, filters: QueueFilters): string {
  if (pages.status === 'loading') return '';
  if (pages.status === 'failed') {
    return actionProblem(pages.error, catalogue().errors.action, currentLanguage()).message;
  }
  if (found === 0) {
    return filters.q ? t('reports.queue.notFound', { query: filters.q }) : t('reports.queue.none');
  }
  const parts = [t('reports.queue.count', { count: found })];
  if (filters.q) parts.push(t('reports.queue.searched', { query: filters.q }));
  if (pages.more) parts.push(t('reports.queue.moreToLoad'));
  return parts.join(' ');
}
