import { barChart } from '@domain/charts/bar-chart.js';
import type { Chart, ChartDatum } from '@domain/charts/chart-frame.js';
import { breakdowns, number, statisticsOf, yearsOf, type View } from './stats-data.js';
import { monthChart } from '@domain/charts/month-chart.js';
import type { StatisticsData } from '../../../functions/src/public-pages/render-contract.js';
import { currentLanguage, t, type MessageKey } from '../i18n/i18n.js';
import { PageHeading } from '../ui/page-heading.js';
import { LoadFailure } from './load-failure.js';

export const statsTitle = () => t('statistics.title');

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
    ['statistics.recommendationsAdopted', n(view.recommendations.byOutcome.adopted ?? 0)],
    ['statistics.recommendationsPartly', n(view.recommendations.byOutcome.partly ?? 0)],
    ['statistics.recommendationsNotAdopted', n(view.recommendations.byOutcome.not_adopted ?? 0)],
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
      {breakdowns(view, year, language).map((breakdown) => (
        <ChartSection key={breakdown.id} {...breakdown} />
      ))}
      <p>
        <a href="/open-data/stats.csv" type="text/csv">
          {t('statistics.openData')}
        </a>
        {' · '}
        <a href={language === 'uk' ? '/open-data' : `/open-data?lang=${language}`}>
          {t('statistics.openDataAbout')}
        </a>
      </p>
    </div>
  );
}
