import { medianOfHistogram } from '../reports/statistics.js';
import { publicStatisticsSchema, type PublicStatistics } from '../schemas/stats.schema.js';
import type { Counters } from './statistics-increments.js';

/** The counters of a stored aggregate as dotted paths, zeros dropped (for comparisons). */
export function countersOf(document: unknown, prefix = ''): Counters {
  const counters: Counters = {};
  if (document === null || typeof document !== 'object') return counters;
  for (const [key, value] of Object.entries(document)) {
    const path = prefix ? `${prefix}.${key}` : key;
    if (typeof value === 'number') {
      if (value !== 0) counters[path] = value;
    } else if (
      value &&
      typeof value === 'object' &&
      !('toMillis' in value) &&
      !(value instanceof Date)
    ) {
      Object.assign(counters, countersOf(value, path));
    }
  }
  return counters;
}

/** The aggregate document that counters make, through its schema. */
export function statisticsDocument(counters: Counters): PublicStatistics {
  const nested: Record<string, unknown> = {};
  for (const [path, value] of Object.entries(counters)) {
    const [section, field, key] = splitPath(path);
    const sectionObject = (nested[section] ??= {}) as Record<string, unknown>;
    if (key === undefined) sectionObject[field] = value;
    else ((sectionObject[field] ??= {}) as Record<string, number>)[key] = value;
  }
  return publicStatisticsSchema.parse(nested);
}

/** `reports.byRegion.UA-46` → section, field, key (the key may hold no dot). */
function splitPath(path: string): [string, string, string | undefined] {
  const [section, field, ...rest] = path.split('.');
  return [section!, field!, rest.length ? rest.join('.') : undefined];
}

/** What the statistics page shows of one aggregate: the counts and what derives from them. */
export function statisticsView(statistics: PublicStatistics) {
  const { reports, recommendations } = statistics;
  const judged = reports.withinTerm + reports.afterTerm;
  return {
    ...statistics,
    medianDaysToDecision: medianOfHistogram(reports.daysToDecision),
    shareWithinTerm: judged === 0 ? null : reports.withinTerm / judged,
    recommendationsAwaiting:
      recommendations.sent -
      Object.values(recommendations.byOutcome).reduce((sum, count) => sum + count, 0),
  };
}
