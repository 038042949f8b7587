import { calendarDaysBetween } from '../kyiv-time.js';

/**
 * Possible duplicates: the same incident reported by another organisation. Judged on what
 * both reports say — the region, the dates, who violated — and shown to staff as a hint to
 * link, never merged automatically. An organisation's own reports are never candidates: a
 * second report of its own about the same incident is its own business.
 */
export interface DuplicateCandidate {
  reportId: string;
  orgId: string;
  status: string;
  regionCode: string;
  incidentDate: string;
  violator: { kind: string; name: string };
}

export interface DuplicateMatch {
  reportId: string;
  score: number;
  reasons: ('same_region' | 'close_dates' | 'same_violator' | 'similar_violator')[];
}

/** A match as `reports/{id}/internal/triage` keeps it, with the other report's number. */
export interface StoredDuplicate extends DuplicateMatch {
  number: string | null;
}

const MAX_DAYS_APART = 7;
export const MAX_DUPLICATES = 10;
/** Reports that are not (or no longer) before the Secretariat are nobody's duplicate. */
const NOT_CANDIDATES = new Set(['draft', 'withdrawn']);

/** Words of a violator's name, lower-cased, without quotes and short particles. */
export function nameTokens(name: string): Set<string> {
  return new Set(
    name
      .toLowerCase()
      .replace(/[«»"“”„'’`]/g, ' ')
      .split(/[^\p{L}\p{N}]+/u)
      .filter((word) => word.length > 2),
  );
}

export function nameSimilarity(a: string, b: string): number {
  const left = nameTokens(a);
  const right = nameTokens(b);
  if (left.size === 0 || right.size === 0) return 0;
  let shared = 0;
  for (const token of left) if (right.has(token)) shared++;
  return shared / (left.size + right.size - shared);
}

/**
 * Whether `other` is likely the same incident as `report`, and how likely. Symmetric in
 * everything but the `reportId` it names, so the older report can be told of the newer one
 * with the same score and reasons.
 *
 * The violator's kind only weighs, it never excludes: two organisations often classify the
 * same body differently (a village council as `local_government` by one, as `state_body` or
 * `other` by another), so a similar name under another kind is still a match, while the same
 * kind with a similar name scores 0.1 higher and ranks first.
 */
export function duplicateMatch(
  report: DuplicateCandidate,
  other: DuplicateCandidate,
): DuplicateMatch | null {
  if (report.reportId === other.reportId || report.orgId === other.orgId) return null;
  if (NOT_CANDIDATES.has(report.status) || NOT_CANDIDATES.has(other.status)) return null;
  if (report.regionCode !== other.regionCode) return null;
  const daysApart = Math.abs(calendarDaysBetween(report.incidentDate, other.incidentDate));
  if (daysApart > MAX_DAYS_APART) return null;
  const similarity = nameSimilarity(report.violator.name, other.violator.name);
  if (similarity < 0.5) return null;
  const reasons: DuplicateMatch['reasons'] = ['same_region', 'close_dates'];
  reasons.push(similarity === 1 ? 'same_violator' : 'similar_violator');
  const sameKind = report.violator.kind === other.violator.kind ? 0.1 : 0;
  const score =
    Math.round((0.3 + sameKind + 0.3 * (1 - daysApart / MAX_DAYS_APART) + 0.3 * similarity) * 100) /
    100;
  return { reportId: other.reportId, score, reasons };
}

/** Best first; equal scores by report id, so the same matches always keep the same ten. */
function byRank(a: DuplicateMatch, b: DuplicateMatch): number {
  return b.score - a.score || (a.reportId < b.reportId ? -1 : a.reportId > b.reportId ? 1 : 0);
}

/** The likely duplicates among candidates, best first, at most `MAX_DUPLICATES`. */
export function findDuplicates(
  report: DuplicateCandidate,
  candidates: DuplicateCandidate[],
): DuplicateMatch[] {
  return candidates
    .map((other) => duplicateMatch(report, other))
    .filter((match): match is DuplicateMatch => match !== null)
    .sort(byRank)
    .slice(0, MAX_DUPLICATES);
}

/**
 * A triage list with matches added: one entry per report (an added one replaces what was
 * stored, so a number learnt later is kept), best first, at most `MAX_DUPLICATES`. Adding the
 * same matches again changes nothing, so a replayed registration cannot grow the list.
 */
export function mergeDuplicates(
  stored: readonly StoredDuplicate[],
  added: readonly StoredDuplicate[],
): StoredDuplicate[] {
  const byReport = new Map(stored.map((entry) => [entry.reportId, entry]));
  for (const entry of added) byReport.set(entry.reportId, entry);
  return [...byReport.values()].sort(byRank).slice(0, MAX_DUPLICATES);
}

/** The well-formed entries of a stored `possibleDuplicates` (anything else is dropped). */
export function storedDuplicates(value: unknown): StoredDuplicate[] {
  if (!Array.isArray(value)) return [];
  return value.flatMap((entry: unknown) => {
    if (typeof entry !== 'object' || entry === null) return [];
    const { reportId, number, score, reasons } = entry as Record<string, unknown>;
    if (typeof reportId !== 'string' || !reportId || typeof score !== 'number') return [];
    return [
      {
        reportId,
        number: typeof number === 'string' ? number : null,
        score,
        reasons: Array.isArray(reasons)
          ? (reasons.filter((reason) => typeof reason === 'string') as DuplicateMatch['reasons'])
          : [],
      },
    ];
  });
}

/** The window of incident dates worth querying for candidates. */
export function candidateDateRange(incidentDate: string): { from: string; to: string } {
  const shift = (days: number) => {
    const [y, m, d] = incidentDate.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  };
  return { from: shift(-MAX_DAYS_APART), to: shift(MAX_DAYS_APART) };
}
