import { reportWorkflow } from '@domain/workflows/report.workflow.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { ReportView } from '../reports/report-view.js';
import { reportEditPath, reportPath } from '../router/routes.js';
import { StatusTag } from '../ui/status-tag.js';
import { START_LIST_SIZE } from './start-items.js';
import '../reports/reports.css';

/**
 * One kind of thing that needs the person (requests to answer, drafts, overdue reports): a
 * heading with how many, the first few as links, and a link to all of them; or a line saying
 * there are none.
 */
export function StartList(props: {
  id: string;
  heading: string;
  empty: string;
  reports: readonly ReportView[];
  all?: { href: string; label: string };
}) {
  const shown = props.reports.slice(0, START_LIST_SIZE);
  const headingId = `start-${props.id}`;
  return (
    <section class="card start-list" aria-labelledby={headingId}>
      <h2 id={headingId}>
        {props.heading} <span class="count">({props.reports.length})</span>
      </h2>
      {shown.length ? (
        <ul class="rows" aria-labelledby={headingId}>
          {shown.map((report) => (
            <StartRow key={report.id} report={report} />
          ))}
        </ul>
      ) : (
        <p>{props.empty}</p>
      )}
      {props.all && props.reports.length ? (
        <p>
          <a href={props.all.href}>{props.all.label}</a>
        </p>
      ) : null}
    </section>
  );
}

function StartRow(props: { report: ReportView }) {
  const { report } = props;
  const language = currentLanguage();
  const href = report.status === 'draft' ? reportEditPath(report.id) : reportPath(report.id);
  const meta = [
    report.number,
    report.responseDeadline && report.status !== 'draft'
      ? t('app.start.term', { date: formatDate(report.responseDeadline, language) })
      : null,
    report.status === 'draft' && report.updatedAt
      ? t('app.start.edited', { date: formatDate(report.updatedAt, language) })
      : null,
  ].filter(Boolean);
  return (
    <li class="row">
      <p class="row-title">
        <a href={href}>{report.title || t('app.start.untitled')}</a>{' '}
        {report.urgent ? <StatusTag tone="urgent">{t('app.start.urgent')}</StatusTag> : null}{' '}
        <StatusTag tone={`report-${report.status}`}>
          {reportWorkflow.statusLabels[report.status][language]}
        </StatusTag>
      </p>
      {meta.length ? <p class="row-meta">{meta.join(' · ')}</p> : null}
    </li>
  );
}
