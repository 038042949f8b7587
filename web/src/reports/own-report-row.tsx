import type { Language } from '@domain/catalogues/catalogue.js';
import { formatDate } from '../format.js';
import { catalogue, t } from '../i18n/i18n.js';
import { reportEditPath, reportPath } from '../router/routes.js';
import { deadlineInfo, deadlineText } from './deadline.js';
import { ReportStatusTag } from './report/bits.js';
import type { ReportView } from './report-view.js';

/** One report of the organisation's list: its title (a draft opens in the form), tags, dates. */
export function OwnReportRow(props: { report: ReportView; language: Language }) {
  const { report, language } = props;
  const info = deadlineInfo(report, new Date());
  const deadline = info ? deadlineText(info, catalogue().reports.deadline, language) : null;
  const href = report.status === 'draft' ? reportEditPath(report.id) : reportPath(report.id);
  const meta = [
    report.number ?? t('reports.list.noNumber'),
    report.updatedAt
      ? t('reports.list.updated', { date: formatDate(report.updatedAt, language) })
      : null,
  ].filter(Boolean);
  return (
    <li class="row">
      <p class="row-title">
        <a href={href}>{report.title || t('reports.untitled')}</a>{' '}
        <ReportStatusTag status={report.status} />
        {report.urgent ? <span class="tag tag-urgent">{t('reports.page.urgent')}</span> : null}
        {deadline?.tag ? (
          <span class={`tag tag-${deadline.tag.kind}`}>{deadline.tag.label}</span>
        ) : null}
      </p>
      <p class="row-meta">{meta.join(' · ')}</p>
      {deadline ? <p class="row-meta">{deadline.text}</p> : null}
    </li>
  );
}
