import type { Language } from '@domain/catalogues/catalogue.js';
import { daysLeft, deadlineState, type DeadlineState } from '@domain/deadlines.js';
import type { ReportStatus } from '@domain/workflows/report.workflow.js';
import { formatDate } from '../format.js';
import { fill, plural } from '../i18n/plural.js';
import type { ReportsMessages } from '../i18n/sections/reports.uk.js';

/**
 * The response deadline as people read it: «Відповідь до 25 грудня 2026 — залишилось
 * 12 днів», «прострочено на 3 дні», or stopped while the Secretariat waits for the NGO. The
 * arithmetic is the domain's (Kyiv calendar days); it matters only until a decision.
 */
export const DEADLINE_STATUSES: readonly ReportStatus[] = [
  'registered',
  'in_review',
  'info_requested',
];

/** Statuses whose deadline runs (the server's deadline watch): «overdue» means one of these. */
export const RUNNING_DEADLINE_STATUSES: readonly ReportStatus[] = ['registered', 'in_review'];

export interface DeadlineFacts {
  status: ReportStatus;
  responseDeadline: number | null;
  deadlinePausedAt: number | null;
}

export interface DeadlineInfo {
  state: DeadlineState;
  deadline: number;
  daysLeft: number;
}

export function deadlineInfo(report: DeadlineFacts, now: Date): DeadlineInfo | null {
  if (!DEADLINE_STATUSES.includes(report.status) || report.responseDeadline === null) return null;
  const deadline = new Date(report.responseDeadline);
  const paused = report.status === 'info_requested' || report.deadlinePausedAt !== null;
  return {
    state: deadlineState(deadline, now, paused),
    deadline: report.responseDeadline,
    daysLeft: daysLeft(deadline, now),
  };
}

export type DeadlineWords = ReportsMessages['reports']['deadline'];

export function deadlineText(
  info: DeadlineInfo,
  words: DeadlineWords,
  language: Language,
): { text: string; tag: { label: string; kind: 'overdue' | 'due-soon' | 'paused' } | null } {
  const until = fill(words.until, { date: formatDate(info.deadline, language) });
  const days = (count: number) => plural(words.days, count, language);
  switch (info.state) {
    case 'paused':
      return {
        text: `${until} — ${words.paused}`,
        tag: { label: words.pausedTag, kind: 'paused' },
      };
    case 'overdue':
      return {
        text: `${until} — ${fill(words.overdue, { days: days(Math.max(1, -info.daysLeft)) })}`,
        tag: { label: words.overdueTag, kind: 'overdue' },
      };
    case 'due_soon':
      return {
        text: `${until} — ${info.daysLeft === 0 ? words.today : fill(words.left, { days: days(info.daysLeft) })}`,
        tag: { label: words.dueSoonTag, kind: 'due-soon' },
      };
    case 'on_time':
      return { text: `${until} — ${fill(words.left, { days: days(info.daysLeft) })}`, tag: null };
  }
}
