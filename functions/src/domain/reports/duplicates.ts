import { calendarDaysBetween } from '../kyiv-time.js';

/**
 * Possible duplicates: the same incident reported by another organisation. Judged on what
 * both reports say — the region, the dates, who violated — and shown to staff as a hint to
 * link, never merged automatically.
 */
export interface DuplicateCandidate {
  reportId: string;
  orgId: string;
  regionCode: string;
  incidentDate: string;
  violator: { kind: string; name: string };
}

export interface DuplicateMatch {
  reportId: string;
  score: number;
  reasons: ('same_region' | 'close_dates' | 'same_violator' | 'similar_violator')[];
}

const MAX_DAYS_APART = 7;

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

export function duplicateMatch(
  report: DuplicateCandidate,
  other: DuplicateCandidate,
): DuplicateMatch | null {
  if (report.reportId === other.reportId || report.regionCode !== other.regionCode) return null;
  const daysApart = Math.abs(calendarDaysBetween(report.incidentDate, other.incidentDate));
  if (daysApart > MAX_DAYS_APART) return null;
  const similarity = nameSimilarity(report.violator.name, other.violator.name);
  if (similarity < 0.5) return null;
  const reasons: DuplicateMatch['reasons'] = ['same_region', 'close_dates'];
  reasons.push(similarity === 1 ? 'same_violator' : 'similar_violator');
  const score =
    Math.round((0.4 + 0.3 * (1 - daysApart / MAX_DAYS_APART) + 0.3 * similarity) * 100) / 100;
  return { reportId: other.reportId, score, reasons };
}

/** The likely duplicates among candidates, best first. */
export function findDuplicates(
  report: DuplicateCandidate,
  candidates: DuplicateCandidate[],
): DuplicateMatch[] {
  return candidates
    .map((other) => duplicateMatch(report, other))
    .filter((match): match is DuplicateMatch => match !== null)
    .sort((a, b) => b.score - a.score)
    .slice(0, 10);
}

/** The window of incident dates worth querying for candidates. */
export function candidateDateRange(incidentDate: string): { from: string; to: string } {
  const shift = (days: number) => {
    const [y, m, d] = incidentDate.split('-').map(Number) as [number, number, number];
    return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
  };
  return { from: shift(-MAX_DAYS_APART), to: shift(MAX_DAYS_APART) };
}
