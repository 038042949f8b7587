import { deadlineInfo } from '../reports/deadline.js';
import { OPEN_STATUSES, sortQueue, type QueueItem } from '../reports/queue.js';
import type { ReportView } from '../reports/report-view.js';

/**
 * What a start page says needs the person now, from the reports they can see. Pure: the page
 * reads the reports (the organisation's own; the open ones of the queue) and these functions
 * pick and order what each role is shown.
 */

/** The most of one kind a start page lists; the rest are a link away. */
export const START_LIST_SIZE = 5;

export interface NgoStart {
  /** Requests for information the organisation has not answered yet, oldest term first. */
  infoRequests: ReportView[];
  drafts: ReportView[];
  /** Reports that moved most recently (not drafts), newest first. */
  recent: ReportView[];
}

export function ngoStart(reports: readonly ReportView[]): NgoStart {
  const byUpdate = [...reports].sort((a, b) => (b.updatedAt ?? 0) - (a.updatedAt ?? 0));
  return {
    infoRequests: byUpdate
      .filter((report) => report.status === 'info_requested')
      .sort((a, b) => (a.responseDeadline ?? Infinity) - (b.responseDeadline ?? Infinity)),
    drafts: byUpdate.filter((report) => report.status === 'draft'),
    recent: byUpdate.filter((report) => report.status !== 'draft').slice(0, START_LIST_SIZE),
  };
}

export interface SecretariatStart<T> {
  assignedToMe: T[];
  dueSoon: T[];
  overdue: T[];
  newUnassigned: T[];
}

const byPriority = <T extends QueueItem>(rows: readonly T[], now: Date) =>
  sortQueue(rows, 'priority', 'asc', now);

/** Staff and coordinators: assigned to me, due soon, overdue, new and unassigned. */
export function secretariatStart<T extends QueueItem & { assignees: readonly string[] }>(
  rows: readonly T[],
  uid: string,
  now: Date,
): SecretariatStart<T> {
  const open = byPriority(
    rows.filter((row) => OPEN_STATUSES.includes(row.status)),
    now,
  );
  const state = (row: T) => deadlineInfo(row, now)?.state;
  return {
    assignedToMe: open.filter((row) => row.assignees.includes(uid)),
    dueSoon: open.filter((row) => state(row) === 'due_soon'),
    overdue: open.filter((row) => state(row) === 'overdue'),
    newUnassigned: open.filter((row) => row.status === 'registered' && row.assignees.length === 0),
  };
}

export interface CommissionerStart<T> {
  /** In review: the decision is the Commissioner's. */
  awaitingDecision: T[];
  urgent: T[];
  overdue: T[];
}

export function commissionerStart<T extends QueueItem>(
  rows: readonly T[],
  now: Date,
): CommissionerStart<T> {
  const open = byPriority(
    rows.filter((row) => OPEN_STATUSES.includes(row.status)),
    now,
  );
  return {
    awaitingDecision: open.filter((row) => row.status === 'in_review'),
    urgent: open.filter((row) => row.urgent),
    overdue: open.filter((row) => deadlineInfo(row, now)?.state === 'overdue'),
  };
}
