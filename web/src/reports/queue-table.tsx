import type { ReportStatus } from '@domain/workflows/report.workflow.js';
import { formatDate } from '../format.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { reportPath } from '../router/routes.js';
import { StatusTag } from '../ui/status-tag.js';
import { deadlineInfo, deadlineText } from './deadline.js';
import type { QueueItem, QueueSort } from './queue.js';

/** A row of the queue with what its cells show. */
export interface QueueTableRow extends QueueItem {
  assigneeNames: string[];
  status: ReportStatus;
}

const COLUMNS: readonly { sort: QueueSort; key: string }[] = [
  { sort: 'number', key: 'number' },
  { sort: 'title', key: 'titleColumn' },
  { sort: 'organisation', key: 'organisation' },
  { sort: 'region', key: 'regionColumn' },
  { sort: 'received', key: 'received' },
  { sort: 'term', key: 'term' },
  { sort: 'status', key: 'statusColumn' },
];

/**
 * The queue as a table across the page (on a phone each row is a card; the cells keep their
 * column's name). Each sortable column's header is a button; `aria-sort` says the order.
 */
export function QueueTable(props: {
  rows: readonly QueueTableRow[];
  sort: QueueSort;
  dir: 'asc' | 'desc';
  busy: boolean;
  onSort: (column: QueueSort) => void;
}) {
  const words = catalogue().reports.queue;
  const label = (key: string) => words[key as keyof typeof words] as string;
  return (
    <table class="queue-table table-cards" aria-describedby="queue-summary" aria-busy={props.busy}>
      <caption class="visually-hidden">{t('reports.queue.caption')}</caption>
      <thead>
        <tr>
          {COLUMNS.map((column) => (
            <th
              key={column.sort}
              scope="col"
              aria-sort={
                props.sort === column.sort
                  ? props.dir === 'asc'
                    ? 'ascending'
                    : 'descending'
                  : undefined
              }
            >
              <button type="button" class="sort-button" onClick={() => props.onSort(column.sort)}>
                {label(column.key)}
                <span aria-hidden="true" class="sort-mark">
                  {props.sort === column.sort ? (props.dir === 'asc' ? '▲' : '▼') : ''}
                </span>
              </button>
            </th>
          ))}
          <th scope="col">{t('reports.queue.assignees')}</th>
        </tr>
      </thead>
      <tbody>
        {props.rows.map((row) => (
          <QueueTableLine key={row.id} row={row} label={label} />
        ))}
      </tbody>
    </table>
  );
}

function QueueTableLine(props: { row: QueueTableRow; label: (key: string) => string }) {
  const { row, label } = props;
  const language = currentLanguage();
  const info = deadlineInfo(row, new Date());
  const deadline = info ? deadlineText(info, catalogue().reports.deadline, language) : null;
  return (
    <tr class={info?.state === 'overdue' ? 'is-overdue' : undefined}>
      <td data-label={label('number')} class="nowrap">
        {row.number ?? t('reports.list.noNumber')}
      </td>
      <th scope="row" data-label={label('titleColumn')}>
        <a href={reportPath(row.id)}>{row.title || t('reports.untitled')}</a>
        {row.urgent ? (
          <>
            {' '}
            <StatusTag tone="urgent">{t('reports.page.urgent')}</StatusTag>
          </>
        ) : null}
      </th>
      <td data-label={label('organisation')}>{row.organisation}</td>
      <td data-label={label('regionColumn')}>{row.region}</td>
      <td data-label={label('received')} class="nowrap">
        {row.registeredAt ? formatDate(row.registeredAt, language) : '—'}
      </td>
      <td data-label={label('term')}>
        {deadline ? (
          <>
            {deadline.text}
            {deadline.tag ? (
              <>
                {' '}
                <StatusTag tone={deadline.tag.kind}>{deadline.tag.label}</StatusTag>
              </>
            ) : null}
          </>
        ) : (
          '—'
        )}
      </td>
      <td data-label={label('statusColumn')}>
        <StatusTag tone={`report-${row.status}`}>{row.statusLabel}</StatusTag>
      </td>
      <td data-label={t('reports.queue.assignees')}>
        {row.assigneeNames.length
          ? row.assigneeNames.join(', ')
          : t('reports.queue.unassignedMeta')}
      </td>
    </tr>
  );
}
