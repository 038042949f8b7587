import type { SnapshotState } from '../../firebase/reports.js';
import { catalogue, currentLanguage, t } from '../../i18n/i18n.js';
import { reportEditPath } from '../../router/routes.js';
import { ButtonLink } from '../../ui/button.js';
import { Detail } from '../../ui/details.js';
import { Notice } from '../../ui/notice.js';
import type { ReportControls } from '../controls.js';
import { deadlineInfo, deadlineText } from '../deadline.js';
import { problemMessage, type ReportView } from '../report-view.js';
import { Day, ReportStatusTag } from './bits.js';

/**
 * The top of the report page, above the fold on a desktop and a phone: where the report
 * stands (status, number, term), what is happening to it now, and for the NGO what happens
 * next or its draft to go on with.
 */
export function ReportTop(props: {
  report: ReportView;
  state: SnapshotState;
  controls: ReportControls;
  /** Just submitted here: the registration is followed and said. */
  watching: boolean;
}) {
  const { report, controls } = props;
  return (
    <div class="report-top">
      <Summary report={report} />
      <StatusNotice report={report} pending={props.state.pendingWrites} watching={props.watching} />
      {controls.side === 'ngo' && report.number ? <WhatNext report={report} /> : null}
      {controls.draft.editable ? <DraftBox report={report} /> : null}
    </div>
  );
}

function Summary(props: { report: ReportView }) {
  const { report } = props;
  const info = deadlineInfo(report, new Date());
  const deadline = info
    ? deadlineText(info, catalogue().reports.deadline, currentLanguage())
    : null;
  return (
    <dl class="report-summary">
      <Detail term={t('reports.page.status')}>
        <ReportStatusTag status={report.status} />
      </Detail>
      <Detail term={t('reports.page.number')}>
        {report.number ? (
          <span class="report-number">{report.number}</span>
        ) : (
          <span class="row-meta">{t('reports.page.noNumber')}</span>
        )}
      </Detail>
      {deadline ? (
        <Detail term={t('reports.page.deadline')}>
          {deadline.text}
          {deadline.tag ? (
            <>
              {' '}
              <span class={`tag tag-${deadline.tag.kind}`}>{deadline.tag.label}</span>
            </>
          ) : null}
        </Detail>
      ) : null}
      {report.urgent ? (
        <Detail term={t('reports.fields.urgent')}>
          <span class="tag tag-urgent">{t('reports.page.urgent')}</span>
        </Detail>
      ) : null}
    </dl>
  );
}

function StatusNotice(props: { report: ReportView; pending: boolean; watching: boolean }) {
  const { report } = props;
  if (report.status === 'submitted') {
    return (
      <Notice>
        <p>{t(props.pending ? 'reports.page.pendingSend' : 'reports.page.submittedWaiting')}</p>
      </Notice>
    );
  }
  if (report.number && props.watching) {
    return (
      <Notice kind="success">
        <p>{t('reports.page.registered', { number: report.number })}</p>
      </Notice>
    );
  }
  return null;
}

/**
 * What happens next, for the organisation once its report is registered: the number, the
 * term of the answer, and who handles it, in the words of the present status.
 */
function WhatNext(props: { report: ReportView }) {
  const { report } = props;
  const step = (catalogue().reports.next.steps as Record<string, string | undefined>)[
    report.status
  ];
  if (!step) return null;
  return (
    <section class="card what-next" aria-labelledby="what-next-heading">
      <h2 id="what-next-heading">{t('reports.next.heading')}</h2>
      <p>{step}</p>
      <ul class="plain-list">
        <li>{t('reports.next.number', { number: report.number ?? '' })}</li>
        {report.responseDeadline !== null ? (
          <li>
            {t('reports.next.termBefore')} <Day value={report.responseDeadline} />
            {t('reports.next.termAfter')}
          </li>
        ) : null}
        <li>{t(report.assignees.length ? 'reports.next.handled' : 'reports.next.toBeHandled')}</li>
      </ul>
    </section>
  );
}

function DraftBox(props: { report: ReportView }) {
  const { report } = props;
  return (
    <>
      <Notice>
        <p>{t('reports.page.draftNotice')}</p>
      </Notice>
      {report.submissionProblems.length ? (
        <section class="status-banner status-rejected" aria-labelledby="report-refused-heading">
          <h2 id="report-refused-heading">{t('reports.form.refusedHeading')}</h2>
          <p>{t('reports.form.refusedIntro')}</p>
          <ul>
            {report.submissionProblems.map((problem, index) => (
              <li key={index}>{problemMessage(problem, currentLanguage())}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <p>
        <ButtonLink href={reportEditPath(report.id)}>{t('reports.page.edit')}</ButtonLink>
      </p>
    </>
  );
}
