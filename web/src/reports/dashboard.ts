import { medianOfHistogram } from '@domain/reports/statistics.js';
import type { ReportStatus } from '@domain/workflows/report.workflow.js';
import { OPEN_STATUSES } from './queue.js';
import type { RegionStatsView } from './report-view.js';

/**
 * The regional dashboard's figures: per region, open reports by status (kept by a trigger in
 * `regionStats/{code}`), urgent open ones, overdue ones (counted by a query), and the median
 * days from registration to decision (from the histogram the trigger keeps); and the same for
 * all the regions shown together.
 */
export interface DashboardRow {
  regionCode: string;
  byStatus: Record<(typeof OPEN_STATUSES)[number], number>;
  total: number;
  urgent: number;
  /** Undefined while counting, null if the count failed. */
  overdue: number | null | undefined;
  median: number | null;
  histogram: Record<string, number>;
}

function emptyByStatus(): DashboardRow['byStatus'] {
  return Object.fromEntries(OPEN_STATUSES.map((status) => [status, 0])) as DashboardRow['byStatus'];
}

export function dashboardRow(
  regionCode: string,
  stats: RegionStatsView | undefined,
  overdue: number | null | undefined,
): DashboardRow {
  const byStatus = emptyByStatus();
  for (const status of OPEN_STATUSES) {
    // Increments never drive a figure below zero for long; a negative one shows as nothing.
    byStatus[status] = Math.max(0, stats?.open[status as ReportStatus] ?? 0);
  }
  const histogram = stats?.daysToDecision ?? {};
  return {
    regionCode,
    byStatus,
    total: OPEN_STATUSES.reduce((sum, status) => sum + byStatus[status], 0),
    urgent: Math.max(0, stats?.urgentOpen ?? 0),
    overdue,
    median: medianOfHistogram(histogram),
    histogram,
  };
}

/** Every region shown, summed; the median is taken over all their decisions together. */
export function totalRow(rows: readonly DashboardRow[]): DashboardRow {
  const byStatus = emptyByStatus();
  const histogram: Record<string, number> = {};
  let urgent = 0;
  let overdue: number | null | undefined = 0;
  for (const row of rows) {
    for (const status of OPEN_STATUSES) byStatus[status] += row.byStatus[status];
    for (const [days, count] of Object.entries(row.histogram)) {
      histogram[days] = (histogram[days] ?? 0) + count;
    }
    urgent += row.urgent;
    if (row.overdue === null || overdue === null) overdue = null;
    else if (row.overdue === undefined || overdue === undefined) overdue = undefined;
    else overdue += row.overdue;
  }
  return {
    regionCode: '',
    byStatus,
    total: OPEN_STATUSES.reduce((sum, status) => sum + byStatus[status], 0),
    urgent,
    overdue,
    median: medianOfHistogram(histogram),
    histogram,
  };
}

/**
 * Whether a region's overdue reports need counting: only registered reports and reports in
 * review have a running deadline, so a region with none of them has none overdue.
 */
export function needsOverdueCount(row: DashboardRow): boolean {
  return row.byStatus.registered + row.byStatus.in_review > 0;
}

/** A bar's length in percent of the longest; a non-empty bar is never invisible. */
export function barPercent(count: number, max: number): number {
  if (count <= 0 || max <= 0) return 0;
  return Math.max(2, Math.round((count / max) * 100));
}

/** Days with at most one decimal: the median of an even count may be a half. */
export function formatDays(days: number, language: 'uk' | 'en'): string {
  const rounded = Math.round(days * 10) / 10;
  return language === 'uk' ? String(rounded).replace('.', ',') : String(rounded);
}
