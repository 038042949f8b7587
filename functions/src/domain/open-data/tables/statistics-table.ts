import type { StatsIncrements } from '../../stats/statistics-increments.js';
import { column, type Table } from '../table-schema.js';

/** `/open-data/stats.csv` and `.json`: the counters of `stats/all` and `stats/{year}`. */
export interface StatisticsRow {
  period: string;
  section: string;
  measure: string;
  key: string;
  value: number;
}

export const statisticsTable: Table<StatisticsRow> = {
  name: 'stats',
  title: 'Статистика',
  description:
    'Counters of the public statistics in long form: period (all or a year), section, measure, key (a region, area, month, form, type, stage, result or number of days; empty for a total), value. The median days to a decision is the median of reports.daysToDecision (a histogram: key = days, value = decisions); the share decided within the term is reports.withinTerm / (reports.withinTerm + reports.afterTerm)',
  primaryKey: ['period', 'section', 'measure', 'key'],
  columns: [
    column('period', 'string', 'Період', '«all» or a year', (r) => r.period, true),
    column(
      'section',
      'string',
      'Розділ',
      'reports, measures, proposals, recommendations, publications',
      (r) => r.section,
      true,
    ),
    column(
      'measure',
      'string',
      'Показник',
      'reports: received, byRegion, byArea, byMonth (key YYYY-MM), decided, declined, decisionsByForm, daysToDecision (key = days), withinTerm, afterTerm; measures: total, byType; proposals: submitted, byStage; recommendations: sent, byOutcome (adopted, partly, not_adopted); publications: live, retracted, byKind',
      (r) => r.measure,
      true,
    ),
    column('key', 'string', 'Ключ', 'What the count is of, empty for a total', (r) => r.key),
    column('value', 'integer', 'Значення', 'The count', (r) => r.value, true),
  ],
};

/** The counters of the aggregate documents as rows: `all` first, then the years in order. */
export function statisticsRows(aggregates: StatsIncrements): StatisticsRow[] {
  const periods = [...aggregates.keys()].sort((a, b) =>
    a === 'all' ? -1 : b === 'all' ? 1 : a.localeCompare(b),
  );
  return periods.flatMap((period) =>
    Object.entries(aggregates.get(period)!)
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([path, value]) => {
        const [section = '', measure = '', ...key] = path.split('.');
        return { period, section, measure, key: key.join('.'), value };
      }),
  );
}
