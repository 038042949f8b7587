import { t } from '../i18n/i18n.js';
import { barPercent } from './dashboard.js';
import type { DashboardLine } from './dashboard-table.js';

const SERIES = [
  { key: 'received', className: 'bar-received' },
  { key: 'decided', className: 'bar-decided' },
] as const;

/**
 * Reports received and decided in the period, a pair of bars per region, with a legend. The
 * bars are for the eye (each row's text says the same figures); colours are told apart by
 * pattern as well, for those who do not see them.
 */
export function DashboardChart(props: { lines: readonly DashboardLine[]; periodName: string }) {
  const value = (line: DashboardLine, key: 'received' | 'decided') => line.period[key] ?? 0;
  const max = Math.max(0, ...props.lines.flatMap((line) => SERIES.map((s) => value(line, s.key))));
  return (
    <section aria-labelledby="dashboard-chart">
      <h2 id="dashboard-chart">
        {t('reports.dashboard.chartHeading', { period: props.periodName })}
      </h2>
      <ul class="legend" aria-label={t('reports.dashboard.legend')}>
        {SERIES.map((series) => (
          <li key={series.key}>
            <span class={`legend-swatch ${series.className}`} aria-hidden="true" />
            {t(`reports.dashboard.${series.key}`)}
          </li>
        ))}
      </ul>
      <ul class="bars" aria-labelledby="dashboard-chart">
        {props.lines.map((line) => (
          <li class="bar-row" key={line.row.regionCode}>
            <span class="bar-label">
              {t('reports.dashboard.barLabel', {
                region: line.label,
                received: value(line, 'received'),
                decided: value(line, 'decided'),
              })}
            </span>
            <span class="bar-pair" aria-hidden="true">
              {SERIES.map((series) => (
                <span class="bar" key={series.key}>
                  <span
                    class={`bar-fill ${series.className}`}
                    style={{ width: `${barPercent(value(line, series.key), max)}%` }}
                  />
                </span>
              ))}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
