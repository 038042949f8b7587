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

/** What a region did in the period chosen: reports received and decisions taken. */
export interface PeriodFigures {
  /** Undefined while counting, null if the count failed. */
  received: number | null | undefined;
  decided: number | null | undefined;
}

/** The period's figures of the regions shown, summed (unknown while any is unknown). */
export function totalPeriod(figures: readonly PeriodFigures[]): PeriodFigures {
  const sum = (pick: (f: PeriodFigures) => number | null | undefined) => {
    let total: number | null | undefined = 0;
    for (const entry of figures) {
      const value = pick(entry);
      if (value === null || total === null) total = null;
      else if (value === undefined || total === undefined) total = undefined;
      else total += value;
    }
    return total;
  };
  return { received: sum((f) => f.received), decided: sum((f) => f.decided) };
}

/** The words of the dashboard's columns, in the order of the table and the CSV file. */
export interface DashboardColumns {
  region: string;
  statuses: readonly string[];
  total: string;
  urgent: string;
  overdue: string;
  median: string;
  received: string;
  decided: string;
}

/** The figures' column headings after the region's, in the order of the table and the file. */
export function figureHeadings(columns: DashboardColumns): string[] {
  return [
    ...columns.statuses,
    columns.total,
    columns.urgent,
    columns.overdue,
    columns.median,
    columns.received,
    columns.decided,
  ];
}

/**
 * The table as rows for a CSV file: the heading, each region, then the sum. Figures are plain
 * numbers (the median with the language's decimal mark), an unknown one is left empty.
 */
export function dashboardCsvRows(
  columns: DashboardColumns,
  rows: readonly { label: string; row: DashboardRow; period: PeriodFigures }[],
  language: 'uk' | 'en',
): (string | number)[][] {
  const known = (value: number | null | undefined) => (typeof value === 'number' ? value : '');
  return [
    [columns.region, ...figureHeadings(columns)],
    ...rows.map(({ label, row, period }) => [
      label,
      ...OPEN_STATUSES.map((status) => row.byStatus[status]),
      row.total,
      row.urgent,
      known(row.overdue),
      row.median === null ? '' : formatDays(row.median, language),
      known(period.received),
      known(period.decided),
    ]),
  ];
}
