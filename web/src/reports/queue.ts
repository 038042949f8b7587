import { REPORT_STATUSES, type ReportStatus } from '@domain/workflows/report.workflow.js';
import { matchesReportQuery, reportQueryKeys } from '@domain/reports/report-search.js';
import { deadlineInfo, RUNNING_DEADLINE_STATUSES, type DeadlineFacts } from './deadline.js';

/**
 * The staff work queue as queries and as a list. Pure: which Firestore queries a tab and its
 * filters need (the rules let the Secretariat and coordinators read only reports past their
 * draft, and coordinators only those of their regions, so every query says so), and how the
 * loaded reports are ordered: overdue first, then urgent, then by term, or by a column.
 */
export const OPEN_STATUSES: readonly ReportStatus[] = [
  'registered',
  'in_review',
  'info_requested',
  'decided',
];

/** Every status the Secretariat may see: all but the NGO's drafts. */
export const VISIBLE_STATUSES: readonly ReportStatus[] = REPORT_STATUSES.filter(
  (status) => status !== 'draft',
);

/** Finished reports, listed newest deadline first. */
const ARCHIVE_STATUSES: readonly ReportStatus[] = ['declined', 'closed', 'withdrawn'];

export type QueueTab = 'mine' | 'region' | 'all' | 'unassigned' | 'overdue';

export interface QueueActor {
  uid: string;
  role: 'staff' | 'coordinator' | 'commissioner';
  regions: readonly string[];
}

export interface QueueFilters {
  tab: QueueTab;
  /** `open` (the default), `any`, or one status. */
  status: 'open' | 'any' | ReportStatus;
  /** One region, or '' for every region the person may see. */
  regionCode: string;
  /**
   * A registration number or words of the title, searched on the server (the report's
   * `searchKeys`); a search looks through every status and sets the selection aside.
   */
  q: string;
  sort: QueueSort;
  dir: 'asc' | 'desc';
}

/** The columns the queue can be ordered by; `priority` is overdue, then urgent, then by term. */
export const QUEUE_SORTS = [
  'priority',
  'number',
  'title',
  'organisation',
  'region',
  'received',
  'term',
  'status',
] as const;
export type QueueSort = (typeof QUEUE_SORTS)[number];

export function queueTabs(actor: QueueActor): QueueTab[] {
  return actor.role === 'coordinator'
    ? ['mine', 'region', 'unassigned', 'overdue']
    : ['all', 'mine', 'unassigned', 'overdue'];
}

export function defaultFilters(actor: QueueActor): QueueFilters {
  return {
    tab: actor.role === 'coordinator' ? 'region' : 'all',
    status: 'open',
    regionCode: '',
    q: '',
    sort: 'priority',
    dir: 'asc',
  };
}

/** Filters read from the address (`?tab=overdue&status=in_review&region=UA-30&sort=term`), checked. */
export function filtersFromSearch(search: string, actor: QueueActor): QueueFilters {
  const params = new URLSearchParams(search);
  const defaults = defaultFilters(actor);
  const tab = params.get('tab');
  const status = params.get('status');
  const region = params.get('region') ?? '';
  const sort = params.get('sort');
  return {
    tab: queueTabs(actor).includes(tab as QueueTab) ? (tab as QueueTab) : defaults.tab,
    status:
      status === 'any' || (VISIBLE_STATUSES as readonly string[]).includes(status ?? '')
        ? (status as QueueFilters['status'])
        : 'open',
    regionCode:
      /^UA-\d{2}$/.test(region) && (actor.role !== 'coordinator' || actor.regions.includes(region))
        ? region
        : '',
    // `number` is what the address said before one box searched both.
    q: (params.get('q') ?? params.get('number') ?? '').trim(),
    sort: (QUEUE_SORTS as readonly string[]).includes(sort ?? '')
      ? (sort as QueueSort)
      : 'priority',
    dir: params.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}

export function searchOfFilters(filters: QueueFilters, actor: QueueActor): string {
  const defaults = defaultFilters(actor);
  const params = new URLSearchParams();
  if (filters.tab !== defaults.tab) params.set('tab', filters.tab);
  if (filters.status !== 'open') params.set('status', filters.status);
  if (filters.regionCode) params.set('region', filters.regionCode);
  if (filters.q) params.set('q', filters.q);
  if (filters.sort !== 'priority') params.set('sort', filters.sort);
  if (filters.dir !== 'asc') params.set('dir', filters.dir);
  const text = params.toString();
  return text ? `?${text}` : '';
}

export interface Condition {
  field: string;
  op: '==' | 'in' | 'array-contains' | '<';
  value: unknown;
}

export interface QuerySpec {
  conditions: Condition[];
  orderBy: { field: 'responseDeadline'; direction: 'asc' | 'desc' } | null;
  limit: number;
}

/** Firestore allows at most 30 disjunctions (the product of the `in` lists) in one query. */
export const MAX_DISJUNCTIONS = 30;
/** Reports one page of the queue reads per query; «Показати ще» reads the next. */
export const QUEUE_PAGE = 50;

function statusesOf(filters: QueueFilters): ReportStatus[] {
  if (filters.q && (filters.status === 'open' || filters.status === 'any')) {
    return [...VISIBLE_STATUSES];
  }
  const chosen =
    filters.status === 'open'
      ? [...OPEN_STATUSES]
      : filters.status === 'any'
        ? [...VISIBLE_STATUSES]
        : [filters.status];
  return filters.tab === 'overdue' && !filters.q
    ? chosen.filter((status) => RUNNING_DEADLINE_STATUSES.includes(status))
    : chosen;
}

function regionsOf(filters: QueueFilters, actor: QueueActor): string[] | null {
  if (actor.role !== 'coordinator') return filters.regionCode ? [filters.regionCode] : null;
  if (filters.regionCode) {
    return actor.regions.includes(filters.regionCode) ? [filters.regionCode] : [];
  }
  return [...actor.regions];
}

function oneOrMany(field: string, values: readonly unknown[]): Condition {
  return values.length === 1
    ? { field, op: '==', value: values[0] }
    : { field, op: 'in', value: [...values] };
}

function chunks<T>(items: readonly T[], size: number): T[][] {
  const result: T[][] = [];
  for (let i = 0; i < items.length; i += size) result.push(items.slice(i, i + size));
  return result;
}

/**
 * The queries for one page of the queue: usually one; several when a coordinator's regions
 * times the statuses would exceed Firestore's limit of disjunctions; none when the filters
 * exclude everything (the overdue tab with a status whose deadline does not run, or a search
 * with nothing searchable). A search asks for its driver key (`searchKeys array-contains`) in
 * every status the person may see and sets the selection aside; `queueResidual` checks the
 * rest of what was typed on what it returns.
 */
export function planQueue(
  filters: QueueFilters,
  actor: QueueActor,
  now: number,
  pageSize = QUEUE_PAGE,
): QuerySpec[] {
  const regions = regionsOf(filters, actor);
  if (regions && regions.length === 0) return [];
  const keys = reportQueryKeys(filters.q);
  if (filters.q && keys.length === 0) return [];
  const statuses = statusesOf(filters);
  if (statuses.length === 0) return [];
  const scope: Condition[] = [];
  if (keys[0]) {
    scope.push({ field: 'searchKeys', op: 'array-contains', value: keys[0] });
  } else {
    if (filters.tab === 'mine')
      scope.push({ field: 'assignees', op: 'array-contains', value: actor.uid });
    if (filters.tab === 'unassigned') scope.push({ field: 'assignees', op: '==', value: [] });
    if (filters.tab === 'overdue')
      scope.push({ field: 'responseDeadline', op: '<', value: new Date(now) });
  }
  const direction = statuses.every((status) => ARCHIVE_STATUSES.includes(status)) ? 'desc' : 'asc';
  const build = (regionPart: readonly string[] | null): QuerySpec => ({
    conditions: [
      ...scope,
      oneOrMany('status', statuses),
      ...(regionPart ? [oneOrMany('regionCode', regionPart)] : []),
    ],
    orderBy: { field: 'responseDeadline', direction },
    limit: pageSize,
  });
  if (!regions) return [build(null)];
  const perQuery = Math.max(1, Math.floor(MAX_DISJUNCTIONS / statuses.length));
  return chunks(regions, perQuery).map(build);
}

/** What a search typed asks of each report found by its driver key (every other key). */
export function queueResidual(filters: QueueFilters): (row: QueueRow) => boolean {
  const keys = reportQueryKeys(filters.q);
  return (row) => matchesReportQuery(row, keys);
}

/** What the queue needs of a report. */
export interface QueueRow extends DeadlineFacts {
  id: string;
  number: string | null;
  title: string;
  urgent: boolean;
  registeredAt: number | null;
}

/** A row with the names it is shown and ordered by (the organisation, the region, the status). */
export interface QueueItem extends QueueRow {
  organisation: string;
  region: string;
  statusLabel: string;
}

function priorityOf(row: QueueRow, now: Date): number {
  const info = deadlineInfo(row, now);
  if (info?.state === 'overdue') return 0;
  if (row.urgent && OPEN_STATUSES.includes(row.status)) return 1;
  return 2;
}

const collator = new Intl.Collator('uk', { numeric: true, sensitivity: 'base' });

/** Reports found by several queries (or pages) once each. */
export function uniqueRows<T extends QueueRow>(rows: readonly T[]): T[] {
  return [...new Map(rows.map((row) => [row.id, row])).values()];
}

/**
 * The loaded rows in the order chosen. `priority` (the default): overdue first, then open
 * urgent ones, then the nearest term (finished ones, whose term no longer runs, by the latest
 * term when `desc`). Any other column ascending or descending; ties by term, then number.
 * Empty values (no number, no term) go last either way.
 */
export function sortQueue<T extends QueueItem>(
  rows: readonly T[],
  sort: QueueSort,
  dir: 'asc' | 'desc',
  now: Date,
): T[] {
  const sign = dir === 'asc' ? 1 : -1;
  const term = (a: T, b: T) => nullsLast(a.responseDeadline, b.responseDeadline, 1);
  const compare = (a: T, b: T): number => {
    switch (sort) {
      case 'priority':
        return (
          priorityOf(a, now) - priorityOf(b, now) ||
          nullsLast(a.responseDeadline, b.responseDeadline, sign)
        );
      case 'number':
        return nullsLast(a.number, b.number, sign);
      case 'title':
        return sign * collator.compare(a.title, b.title);
      case 'organisation':
        return sign * collator.compare(a.organisation, b.organisation);
      case 'region':
        return sign * collator.compare(a.region, b.region);
      case 'received':
        return nullsLast(a.registeredAt, b.registeredAt, sign);
      case 'term':
        return nullsLast(a.responseDeadline, b.responseDeadline, sign);
      case 'status':
        return sign * collator.compare(a.statusLabel, b.statusLabel);
    }
  };
  return uniqueRows(rows).sort(
    (a, b) =>
      compare(a, b) || term(a, b) || nullsLast(a.number, b.number, 1) || a.id.localeCompare(b.id),
  );
}

function nullsLast<V extends string | number>(a: V | null, b: V | null, sign: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  if (typeof a === 'number' && typeof b === 'number') return sign * (a - b);
  return sign * collator.compare(String(a), String(b));
}

/** The sort a column's header asks for when pressed: the same column turns around. */
export function nextSort(
  current: { sort: QueueSort; dir: 'asc' | 'desc' },
  column: QueueSort,
): { sort: QueueSort; dir: 'asc' | 'desc' } {
  if (current.sort === column) return { sort: column, dir: current.dir === 'asc' ? 'desc' : 'asc' };
  // The newest received first is what one usually wants of dates.
  return { sort: column, dir: column === 'received' ? 'desc' : 'asc' };
}
