import { calendarDaysBetween } from '../kyiv-time.js';

/**
 * How one change of a report moves the aggregate statistics: the public ones (`stats/public`)
 * and each region's working figures (`regionStats/{regionCode}`). Pure: the trigger applies the
 * increments with `FieldValue.increment`, so statistics cost no rereading of reports.
 */
export interface ReportFacts {
  status: string;
  regionCode: string;
  area: string;
  urgent: boolean;
  /** Kyiv dates, `YYYY-MM-DD`. */
  registeredOn?: string | undefined;
  decidedOn?: string | undefined;
  deadlineOn?: string | undefined;
  decisionForms?: string[] | undefined;
}

export type Increments = Record<string, number>;

const OPEN = new Set(['registered', 'in_review', 'info_requested', 'decided']);

function add(increments: Increments, key: string, by: number) {
  increments[key] = (increments[key] ?? 0) + by;
}

/** Increments for `stats/public` (dotted field paths). Drafts and submissions count for nothing. */
export function publicStatsIncrements(
  before: ReportFacts | undefined,
  after: ReportFacts | undefined,
): Increments {
  const increments: Increments = {};
  const counted = (facts: ReportFacts | undefined) => facts && facts.registeredOn !== undefined;
  if (!counted(before) && counted(after) && after) {
    add(increments, 'reports.received', 1);
    add(increments, `reports.byYear.${after.registeredOn!.slice(0, 4)}`, 1);
    add(increments, `reports.byRegion.${after.regionCode}`, 1);
    add(increments, `reports.byArea.${after.area}`, 1);
  }
  if (before?.status !== after?.status) {
    if (counted(before) && before) add(increments, `reports.byStatus.${before.status}`, -1);
    if (counted(after) && after) add(increments, `reports.byStatus.${after.status}`, 1);
  }
  if (!before?.decidedOn && after?.decidedOn && after.registeredOn) {
    const declined = after.status === 'declined';
    add(increments, declined ? 'reports.declined' : 'reports.decided', 1);
    for (const form of after.decisionForms ?? [])
      add(increments, `reports.decisionsByForm.${form}`, 1);
    add(
      increments,
      'reports.daysToDecisionTotal',
      Math.max(0, calendarDaysBetween(after.registeredOn, after.decidedOn)),
    );
    if (after.deadlineOn) {
      add(
        increments,
        after.decidedOn <= after.deadlineOn ? 'reports.deadlinesMet' : 'reports.deadlinesMissed',
        1,
      );
    }
  }
  return increments;
}

/** Increments for `regionStats/{regionCode}`: open backlog by status, urgent open, days to decision. */
export function regionStatsIncrements(
  before: ReportFacts | undefined,
  after: ReportFacts | undefined,
): Map<string, Increments> {
  const byRegion = new Map<string, Increments>();
  const bump = (facts: ReportFacts, sign: number) => {
    if (!OPEN.has(facts.status)) return;
    const increments = byRegion.get(facts.regionCode) ?? {};
    add(increments, `open.${facts.status}`, sign);
    if (facts.urgent) add(increments, 'urgentOpen', sign);
    byRegion.set(facts.regionCode, increments);
  };
  if (before) bump(before, -1);
  if (after) bump(after, 1);
  if (!before?.decidedOn && after?.decidedOn && after.registeredOn) {
    const increments = byRegion.get(after.regionCode) ?? {};
    const days = Math.max(0, calendarDaysBetween(after.registeredOn, after.decidedOn));
    add(increments, `daysToDecision.${days}`, 1);
    byRegion.set(after.regionCode, increments);
  }
  for (const [region, increments] of byRegion) {
    for (const [key, value] of Object.entries(increments)) if (value === 0) delete increments[key];
    if (Object.keys(increments).length === 0) byRegion.delete(region);
  }
  return byRegion;
}

/** The median of a histogram {days: count}, or null when empty. */
export function medianOfHistogram(histogram: Record<string, number>): number | null {
  const entries = Object.entries(histogram)
    .map(([days, count]) => [Number(days), count] as const)
    .filter(([, count]) => count > 0)
    .sort((a, b) => a[0] - b[0]);
  const total = entries.reduce((sum, [, count]) => sum + count, 0);
  if (total === 0) return null;
  const middle = (total - 1) / 2;
  let seen = 0;
  let lower: number | undefined;
  for (const [days, count] of entries) {
    if (lower === undefined && seen + count > Math.floor(middle)) lower = days;
    if (seen + count > Math.ceil(middle)) return (lower! + days) / 2;
    seen += count;
  }
  return lower ?? null;
}
