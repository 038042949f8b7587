import type { ComponentChild } from 'preact';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { plural } from '../i18n/plural.js';
import {
  figureHeadings,
  formatDays,
  type DashboardColumns,
  type DashboardRow,
  type PeriodFigures,
} from './dashboard.js';
import { OPEN_STATUSES } from './queue.js';

export interface DashboardLine {
  label: string;
  row: DashboardRow;
  period: PeriodFigures;
}

/**
 * The figures as a table any screen reader can walk: a region per row, the open reports by
 * status, in total, urgent and overdue, the median days to a decision, then what the period
 * brought. It fits the page at 1366 px; on a phone each region is a card.
 */
export function DashboardTable(props: {
  columns: DashboardColumns;
  lines: readonly DashboardLine[];
  total: DashboardLine | null;
}) {
  const { columns } = props;
  const heads = figureHeadings(columns);
  return (
    <table class="figures table-cards">
      <caption>{t('reports.dashboard.caption')}</caption>
      <thead>
        <tr>
          <th scope="col">{columns.region}</th>
          {heads.map((head) => (
            <th scope="col" key={head}>
              {head}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {props.lines.map((line) => (
          <Line key={line.row.regionCode} line={line} heads={heads} />
        ))}
      </tbody>
      {props.total ? (
        <tfoot>
          <Line line={props.total} heads={heads} />
        </tfoot>
      ) : null}
    </table>
  );
}

function Line(props: { line: DashboardLine; heads: readonly string[] }) {
  const { row, period, label } = props.line;
  const cells: [ComponentChild, string][] = [
    ...OPEN_STATUSES.map((status): [string, string] => [String(row.byStatus[status]), 'number']),
    [String(row.total), 'number total'],
    [String(row.urgent), 'number'],
    [count(row.overdue), 'number'],
    [median(row), ''],
    [count(period.received), 'number'],
    [count(period.decided), 'number'],
  ];
  return (
    <tr>
      <th scope="row">{label}</th>
      {cells.map(([text, className], index) => (
        <td key={index} class={className || undefined} data-label={props.heads[index]}>
          {text}
        </td>
      ))}
    </tr>
  );
}

/**
 * A figure, or a one-character mark while it is being counted: the word «рахуємо…» in a narrow
 * number column would widen the table past the screen until the counts arrive.
 */
function count(value: number | null | undefined): ComponentChild {
  if (value === undefined) {
    return (
      <>
        <span aria-hidden="true">…</span>
        <span class="visually-hidden">{t('reports.dashboard.counting')}</span>
      </>
    );
  }
  if (value === null) return t('reports.dashboard.countFailed');
  return String(value);
}

function median(row: DashboardRow): string {
  if (row.median === null) return t('reports.dashboard.noDecisions');
  const language = currentLanguage();
  const rounded = Math.round(row.median * 10) / 10;
  return plural(
    catalogue().reports.dashboard.medianDays,
    rounded,
    language,
    formatDays(rounded, language),
  );
}
