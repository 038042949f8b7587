import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf, type CatalogueEntry } from '@domain/catalogues/catalogue.js';
import { MEASURE_TYPES } from '@domain/catalogues/measure-types.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { RESPONSE_FORMS } from '@domain/catalogues/response-forms.js';
import { barChart } from '@domain/charts/bar-chart.js';
import type { Chart, ChartDatum } from '@domain/charts/chart-frame.js';
import { monthChart } from '@domain/charts/month-chart.js';
import { publicStatisticsSchema } from '@domain/schemas/stats.schema.js';
import { statisticsView } from '@domain/stats/statistics-view.js';
import type { StatisticsData } from '../../../functions/src/public-pages/render-contract.js';
import { currentLanguage, t, type MessageKey } from '../i18n/i18n.js';
import { PageHeading } from '../ui/page-heading.js';
import { LoadFailure } from './load-failure.js';

export const statsTitle = () => t('statistics.title');

type View = ReturnType<typeof statisticsView>;

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

const number = (value: number, language: 'uk' | 'en') =>
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

/** A chart drawn on the server (SVG, no script) with its numbers as a table below it. */
function ChartFigure(props: { chart: Chart }) {
  const { chart } = props;
  return (
    <figure class="chart">
      <div class="chart-image" dangerouslySetInnerHTML={{ __html: chart.svg }} />
      <table class="chart-table">
        <caption>{chart.table.caption}</caption>
        <thead>
          <tr>
            <th scope="col">{chart.table.headers[0]}</th>
            <th scope="col">{chart.table.headers[1]}</th>
          </tr>
        </thead>
        <tbody>
          {chart.table.rows.map(([label, value], i) => (
            <tr key={i}>
              <th scope="row">{label}</th>
              <td>{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}

function ChartSection(props: {
  id: string;
  title: MessageKey;
  description: MessageKey;
  header: MessageKey;
  data: ChartDatum[];
  months?: boolean;
}) {
  const language = currentLanguage();
  const input = {
    id: `chart-${props.id}`,
    title: t(props.title),
    description: t(props.description),
    headers: [t(props.header), t('statistics.countHeader')] as const,
    data: props.data,
    format: (value: number) => number(value, language),
  };
  return (
    <section aria-labelledby={`section-${props.id}`}>
      <h2 id={`section-${props.id}`}>{t(props.title)}</h2>
      {props.data.length === 0 ? (
        <p>{t('statistics.empty')}</p>
      ) : (
        <ChartFigure chart={props.months ? monthChart(input) : barChart(input)} />
      )}
    </section>
  );
}

function Figures(props: { view: View }) {
  const language = currentLanguage();
  const { view } = props;
  const n = (value: number) => number(value, language);
  const rows: [MessageKey, string][] = [
    ['statistics.received', n(view.reports.received)],
    ['statistics.decided', n(view.reports.decided)],
    ['statistics.declined', n(view.reports.declined)],
    [
      'statistics.medianDays',
      view.medianDaysToDecision === null ? t('statistics.none') : n(view.medianDaysToDecision),
    ],
    [
      'statistics.withinTerm',
      view.shareWithinTerm === null
        ? t('statistics.none')
        : new Intl.NumberFormat(language === 'uk' ? 'uk-UA' : 'en-GB', { style: 'percent' }).format(
            view.shareWithinTerm,
          ),
    ],
    ['statistics.measures', n(view.measures.total)],
    ['statistics.proposals', n(view.proposals.submitted)],
    ['statistics.recommendationsSent', n(view.recommendations.sent)],
    ['statistics.recommendationsAdopted', n(view.recommendations.adopted)],
    ['statistics.recommendationsNotAdopted', n(view.recommendations.notAdopted)],
    ['statistics.recommendationsAwaiting', n(Math.max(0, view.recommendationsAwaiting))],
    ['statistics.publications', n(view.publications.live)],
  ];
  return (
    <section aria-labelledby="section-summary">
      <h2 id="section-summary">{t('statistics.summary')}</h2>
      <dl class="figures">
        {rows.map(([key, value]) => (
          <div key={key} class="figure">
            <dt>{t(key)}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
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

/**
 * `/stats`: the public monitoring figures from the aggregate documents (`stats/all`, or
 * `stats/{year}` with `?year=`), each chart drawn as SVG on the server with its table.
 */
export function StatsPage(props: { data: StatisticsData | null }) {
  const language = currentLanguage();
  if (!props.data) {
    return (
      <div class="page">
        <PageHeading title={statsTitle()}>{t('statistics.heading')}</PageHeading>
        <LoadFailure text={t('statistics.loadError')} />
      </div>
    );
  }
  const all = statisticsOf(props.data.all);
  const year = props.data.year;
  const view = year === null ? all : statisticsOf(props.data.ofYear);
  return (
    <div class="page stats">
      <PageHeading title={statsTitle()}>{t('statistics.heading')}</PageHeading>
      <p class="lead">{t('statistics.intro')}</p>
      <form class="filters" method="get" action="/stats" aria-label={t('statistics.period')}>
        {language === 'uk' ? null : <input type="hidden" name="lang" value={language} />}
        <div class="field">
          <label for="stats-year">{t('statistics.period')}</label>
          <select id="stats-year" name="year">
            <option value="" selected={year === null}>
              {t('statistics.allYears')}
            </option>
            {yearsOf(all).map((option) => (
              <option key={option} value={String(option)} selected={option === year}>
                {option}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" class="button button-secondary filters-submit">
          {t('statistics.show')}
        </button>
      </form>
      <Figures view={view} />
      <ChartSection
        id="by-region"
        title="statistics.byRegion"
        description="statistics.byRegionDescription"
        header="statistics.regionHeader"
        data={byCatalogue(view.reports.byRegion, REGIONS, language)}
      />
      <ChartSection
        id="by-area"
        title="statistics.byArea"
        description="statistics.byAreaDescription"
        header="statistics.areaHeader"
        data={byCatalogue(view.reports.byArea, AREAS, language)}
      />
      <ChartSection
        id="by-month"
        title="statistics.byMonth"
        description="statistics.byMonthDescription"
        header="statistics.monthHeader"
        data={monthData(view, year, language)}
        months
      />
      <ChartSection
        id="by-form"
        title="statistics.decisionsByForm"
        description="statistics.decisionsByFormDescription"
        header="statistics.formHeader"
        data={byCatalogue(view.reports.decisionsByForm, RESPONSE_FORMS, language)}
      />
      <ChartSection
        id="by-measure"
        title="statistics.measuresByType"
        description="statistics.measuresByTypeDescription"
        header="statistics.typeHeader"
        data={byCatalogue(view.measures.byType, MEASURE_TYPES, language)}
      />
      <ChartSection
        id="by-stage"
        title="statistics.proposalsByStage"
        description="statistics.proposalsByStageDescription"
        header="statistics.stageHeader"
        data={byLabel(
          view.proposals.byStage,
          (code) => t(`proposalStages.${code}` as MessageKey) || code,
        )}
      />
      <p>
        <a href="/open-data/stats.csv" type="text/csv">
          {t('statistics.openData')}
        </a>
      </p>
    </div>
  );
}
