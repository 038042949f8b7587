import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf, type CatalogueEntry } from '@domain/catalogues/catalogue.js';
import { MEASURE_TYPES } from '@domain/catalogues/measure-types.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { RESPONSE_FORMS } from '@domain/catalogues/response-forms.js';
import type { ChartDatum } from '@domain/charts/chart-frame.js';
import {
  LEGISLATIVE_OUTCOME_LABELS,
  LEGISLATIVE_OUTCOMES,
} from '@domain/proposals/legislative-tracker.js';
import { publicStatisticsSchema } from '@domain/schemas/stats.schema.js';
import { statisticsView } from '@domain/stats/statistics-view.js';
import { t, type MessageKey } from '../i18n/i18n.js';

/** What the statistics page (stats.page.tsx) shows of the aggregates, as chart data. */
export type View = ReturnType<typeof statisticsView>;

/** An aggregate as the page reads it, or an empty one (every counter 0) when there is none. */
export function statisticsOf(document: unknown): View {
  const parsed = publicStatisticsSchema.safeParse(document ?? {});
  return statisticsView(parsed.success ? parsed.data : publicStatisticsSchema.parse({}));
}

/** The years the page offers: those with reports by month, newest first, and this one. */
export function yearsOf(all: View): number[] {
  const years = new Set([new Date().getFullYear()]);
  for (const month of Object.keys(all.reports.byMonth)) {
    const year = Number(month.slice(0, 4));
    if (year >= 2000) years.add(year);
  }
  return [...years].sort((a, b) => b - a);
}

export const number = (value: number, language: 'uk' | 'en') =>
  new Intl.NumberFormat(language === 'uk' ? 'uk-UA' : 'en-GB').format(value);

/** Counts by code as chart data: catalogue order where there is one, largest first otherwise. */
function byCatalogue(
  counts: Record<string, number>,
  catalogue: readonly CatalogueEntry[],
  language: 'uk' | 'en',
): ChartDatum[] {
  return catalogue
    .filter((entry) => (counts[entry.code] ?? 0) > 0)
    .map((entry) => ({
      label: labelOf(catalogue, entry.code, language),
      value: counts[entry.code]!,
    }));
}

function byLabel(counts: Record<string, number>, label: (code: string) => string): ChartDatum[] {
  return Object.entries(counts)
    .filter(([, value]) => value > 0)
    .sort(([a, x], [b, y]) => y - x || a.localeCompare(b))
    .map(([code, value]) => ({ label: label(code), value }));
}

const MONTHS = Array.from({ length: 12 }, (_, i) => i);

function monthData(view: View, year: number | null, language: 'uk' | 'en'): ChartDatum[] {
  const format = new Intl.DateTimeFormat(language === 'uk' ? 'uk-UA' : 'en-GB', {
    month: 'short',
    timeZone: 'UTC',
    ...(year === null ? { year: '2-digit' as const } : {}),
  });
  if (year !== null) {
    return MONTHS.map((month) => ({
      label: format.format(Date.UTC(year, month, 1)),
      value: view.reports.byMonth[`${year}-${String(month + 1).padStart(2, '0')}`] ?? 0,
    }));
  }
  // Every year: the last twelve months that have reports.
  return Object.keys(view.reports.byMonth)
    .sort()
    .slice(-12)
    .map((key) => ({
      label: format.format(Date.UTC(Number(key.slice(0, 4)), Number(key.slice(5, 7)) - 1, 1)),
      value: view.reports.byMonth[key] ?? 0,
    }));
}

/** Recommendations by legislative result, and those still awaiting one. */
function outcomeData(view: View, language: 'uk' | 'en'): ChartDatum[] {
  if (view.recommendations.sent === 0) return [];
  return [
    ...LEGISLATIVE_OUTCOMES.map((outcome) => ({
      label: LEGISLATIVE_OUTCOME_LABELS[outcome][language],
      value: view.recommendations.byOutcome[outcome] ?? 0,
    })),
    { label: t('statistics.awaitingOutcome'), value: Math.max(0, view.recommendationsAwaiting) },
  ];
}

/** The breakdowns the page charts, each with its title, description and table header. */
export function breakdowns(view: View, year: number | null, language: 'uk' | 'en') {
  const section = (
    id: string,
    name:
      | 'byRegion'
      | 'byArea'
      | 'byMonth'
      | 'decisionsByForm'
      | 'measuresByType'
      | 'proposalsByStage'
      | 'recommendationsByOutcome',
    header: MessageKey,
    data: ChartDatum[],
  ) => ({
    id,
    title: `statistics.${name}` as MessageKey,
    description: `statistics.${name}Description` as MessageKey,
    header,
    data,
    months: name === 'byMonth',
  });
  return [
    section(
      'by-region',
      'byRegion',
      'statistics.regionHeader',
      byCatalogue(view.reports.byRegion, REGIONS, language),
    ),
    section(
      'by-area',
      'byArea',
      'statistics.areaHeader',
      byCatalogue(view.reports.byArea, AREAS, language),
    ),
    section('by-month', 'byMonth', 'statistics.monthHeader', monthData(view, year, language)),
    section(
      'by-form',
      'decisionsByForm',
      'statistics.formHeader',
      byCatalogue(view.reports.decisionsByForm, RESPONSE_FORMS, language),
    ),
    section(
      'by-measure',
      'measuresByType',
      'statistics.typeHeader',
      byCatalogue(view.measures.byType, MEASURE_TYPES, language),
    ),
    section(
      'by-stage',
      'proposalsByStage',
      'statistics.stageHeader',
      byLabel(view.proposals.byStage, (code) => t(`proposalStages.${code}` as MessageKey) || code),
    ),
    section(
      'by-outcome',
      'recommendationsByOutcome',
      'statistics.outcomeHeader',
      outcomeData(view, language),
    ),
  ];
}
