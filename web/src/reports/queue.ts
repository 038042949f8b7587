import { REPORT_STATUSES, type ReportStatus } from '@domain/workflows/report.workflow.js';
import { normalise } from '../lists/search.js';
import { RUNNING_DEADLINE_STATUSES } from './deadline.js';

/**
 * The staff work queue as queries and as a list. Pure: which Firestore queries a tab and its
 * filters need (the rules let the Secretariat and coordinators read only reports past their
 * draft, and coordinators only those of their regions, so every query says so), and how the
 * loaded reports are searched and ordered: urgent first, then by deadline.
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
  /** An exact registration number; when given, the other filters are set aside. */
  number: string;
  /** Words of the title or the locality, matched on the loaded list. */
  text: string;
}

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
    number: '',
    text: '',
  };
}

/** Filters read from the address (`?tab=overdue&status=in_review&region=UA-30`), checked. */
export function filtersFromSearch(search: string, actor: QueueActor): QueueFilters {
  const params = new URLSearchParams(search);
  const defaults = defaultFilters(actor);
  const tab = params.get('tab');
  const status = params.get('status');
  const region = params.get('region') ?? '';
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
    number: (params.get('number') ?? '').trim(),
    text: (params.get('q') ?? '').trim(),
  };
}

export function searchOfFilters(filters: QueueFilters, actor: QueueActor): string {
  const defaults = defaultFilters(actor);
  const params = new URLSearchParams();
  if (filters.tab !== defaults.tab) params.set('tab', filters.tab);
  if (filters.status !== 'open') params.set('status', filters.status);
  if (filters.regionCode) params.set('region', filters.regionCode);
  if (filters.number) params.set('number', filters.number);
  if (filters.text) params.set('q', filters.text);
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
export const QUEUE_LIMIT = 200;

function statusesOf(filters: QueueFilters): ReportStatus[] {
  const chosen =
    filters.status === 'open'
      ? [...OPEN_STATUSES]
      : filters.status === 'any'
        ? [...VISIBLE_STATUSES]
        : [filters.status];
  return filters.tab === 'overdue'
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
 * The queries for the queue: usually one; several when a coordinator's regions times the
 * statuses would exceed Firestore's limit of disjunctions; none when the filters exclude
 * everything (the overdue tab with a status whose deadline does not run).
 */
export function planQueue(filters: QueueFilters, actor: QueueActor, now: number): QuerySpec[] {
  const regions = regionsOf(filters, actor);
  if (regions && regions.length === 0) return [];

  if (filters.number) {
    const base: Condition[] = [
      { field: 'number', op: '==', value: filters.number },
      { field: 'status', op: 'in', value: [...VISIBLE_STATUSES] },
    ];
    const perQuery = Math.max(1, Math.floor(MAX_DISJUNCTIONS / VISIBLE_STATUSES.length));
    return regions
      ? chunks(regions, perQuery).map((part) => ({
          conditions: [...base, oneOrMany('regionCode', part)],
          orderBy: null,
          limit: 10,
        }))
      : [{ conditions: base, orderBy: null, limit: 10 }];
  }

  const statuses = statusesOf(filters);
  if (statuses.length === 0) return [];
  const scope: Condition[] = [];
  if (filters.tab === 'mine')
    scope.push({ field: 'assignees', op: 'array-contains', value: actor.uid });
  if (filters.tab === 'unassigned') scope.push({ field: 'assignees', op: '==', value: [] });
  if (filters.tab === 'overdue')
    scope.push({ field: 'responseDeadline', op: '<', value: new Date(now) });
  const direction = statuses.every((status) => ARCHIVE_STATUSES.includes(status)) ? 'desc' : 'asc';
  const build = (regionPart: readonly string[] | null): QuerySpec => ({
    conditions: [
      ...scope,
      oneOrMany('status', statuses),
      ...(regionPart ? [oneOrMany('regionCode', regionPart)] : []),
    ],
    orderBy: { field: 'responseDeadline', direction },
    limit: QUEUE_LIMIT,
  });
  if (!regions) return [build(null)];
  const perQuery = Math.max(1, Math.floor(MAX_DISJUNCTIONS / statuses.length));
  return chunks(regions, perQuery).map(build);
}

/** What the queue needs of a report. */
export interface QueueRow {
  id: string;
  number: string | null;
  title: string;
  locality: string;
  status: ReportStatus;
  urgent: boolean;
  responseDeadline: number | null;
  registeredAt: number | null;
}

/** Open urgent reports first, then the nearest deadline (or the latest, for finished ones). */
export function sortQueue<T extends QueueRow>(
  rows: readonly T[],
  direction: 'asc' | 'desc' = 'asc',
): T[] {
  const unique = [...new Map(rows.map((row) => [row.id, row])).values()];
  const open = (row: T) => OPEN_STATUSES.includes(row.status);
  return unique.sort((a, b) => {
    const urgency = Number(b.urgent && open(b)) - Number(a.urgent && open(a));
    if (urgency) return urgency;
    const missing = direction === 'asc' ? Number.MAX_SAFE_INTEGER : Number.MIN_SAFE_INTEGER;
    const byDeadline = (a.responseDeadline ?? missing) - (b.responseDeadline ?? missing);
    if (byDeadline) return direction === 'asc' ? byDeadline : -byDeadline;
    return (a.registeredAt ?? 0) - (b.registeredAt ?? 0) || a.id.localeCompare(b.id);
  });
}

/** Rows whose title or locality contains every word typed (the loaded page only). */
export function searchQueue<T extends QueueRow>(rows: readonly T[], query: string): T[] {
  const words = normalise(query).split(' ').filter(Boolean);
  if (words.length === 0) return [...rows];
  return rows.filter((row) => {
    const haystack = normalise(`${row.title} ${row.locality} ${row.number ?? ''}`);
    return words.every((word) => haystack.includes(word));
  });
}

/** Registration numbers are typed in many ways: «го-2026-123», « ГО-2026-000123 ». */
export function normaliseNumber(typed: string): string {
  const compact = typed.trim().toUpperCase().replace(/\s+/g, '');
  // The prefix typed with Latin letters on an English keyboard layout.
  const cyrillic = compact.replace(/^[ГG][ОO]-/, 'ГО-');
  const match = /^ГО-(\d{4})-(\d{1,6})$/.exec(cyrillic);
  return match ? `ГО-${match[1]}-${match[2]!.padStart(6, '0')}` : cyrillic;
}
