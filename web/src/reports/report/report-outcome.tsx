import { labelOf } from '@domain/catalogues/catalogue.js';
import { MEASURE_TYPES, type MeasureTypeCode } from '@domain/catalogues/measure-types.js';
import { OUTCOMES } from '@domain/catalogues/report-options.js';
import type { ComponentChildren } from 'preact';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { Detail } from '../../ui/details.js';
import { AttachmentList } from '../files/attachment-list.js';
import type { AttachmentView, MeasureView, ReportView } from '../report-view.js';
import { formsList } from '../timeline.js';
import { Day, Moment, Prose } from './bits.js';
import { useReportData, valueOr } from './use-report-data.js';

function Card(props: { id: string; heading: string; children: ComponentChildren }) {
  return (
    <section class="card outcome" aria-labelledby={`${props.id}-heading`}>
      <h2 id={`${props.id}-heading`}>{props.heading}</h2>
      {props.children}
    </section>
  );
}

/** The decision (or the refusal), the measures taken and the outcome: what the NGO waits for. */
export function ReportOutcome(props: {
  report: ReportView;
  attachments: readonly AttachmentView[];
}) {
  const { report } = props;
  const language = currentLanguage();
  const measures = valueOr(
    useReportData(report.id, (store) => store.watchMeasures),
    [] as MeasureView[],
  );
  return (
    <>
      {report.decision ? (
        <Card id="decision" heading={t('reports.page.decisionHeading')}>
          <dl class="details">
            <Detail term={t('reports.page.decisionForms')}>
              {formsList(report.decision.forms, language)}
            </Detail>
            <Detail term={t('reports.page.rationale')}>
              <Prose text={report.decision.rationale} />
            </Detail>
            <Detail term={t('reports.page.decidedAt')}>
              <Moment value={report.decision.decidedAt} />
            </Detail>
          </dl>
        </Card>
      ) : null}
      {report.status === 'declined' || report.declineReason ? (
        <Card id="declined" heading={t('reports.page.declinedHeading')}>
          <dl class="details">
            <Detail term={t('reports.page.declineReason')}>
              <Prose text={report.declineReason ?? '—'} />
            </Detail>
          </dl>
        </Card>
      ) : null}
      {report.decision || measures.length ? (
        <Card id="measures" heading={t('reports.page.measuresHeading')}>
          {measures.length ? (
            <ol class="rows measures">
              {measures.map((measure) => (
                <Measure
                  key={measure.id}
                  reportId={report.id}
                  measure={measure}
                  attachments={props.attachments}
                />
              ))}
            </ol>
          ) : (
            <p>{t('reports.page.noMeasures')}</p>
          )}
        </Card>
      ) : null}
      {report.outcome ? (
        <Card id="outcome" heading={t('reports.page.outcomeHeading')}>
          <dl class="details">
            <Detail term={t('reports.page.outcome')}>
              {labelOf(OUTCOMES, report.outcome, language)}
            </Detail>
            {report.closingNote ? (
              <Detail term={t('reports.page.closingNote')}>
                <Prose text={report.closingNote} />
              </Detail>
            ) : null}
            {report.closedAt ? (
              <Detail term={t('reports.page.closedAt')}>
                <Moment value={report.closedAt} />
              </Detail>
            ) : null}
          </dl>
        </Card>
      ) : null}
      {report.status === 'withdrawn' ? (
        <Card id="withdrawn" heading={t('reports.page.withdrawnHeading')}>
          {report.withdrawReason ? (
            <dl class="details">
              <Detail term={t('reports.page.withdrawReason')}>
                <Prose text={report.withdrawReason} />
              </Detail>
            </dl>
          ) : null}
        </Card>
      ) : null}
    </>
  );
}

function Measure(props: {
  reportId: string;
  measure: MeasureView;
  attachments: readonly AttachmentView[];
}) {
  const { measure } = props;
  const document = measure.documentAttachmentId
    ? props.attachments.find((attachment) => attachment.id === measure.documentAttachmentId)
    : undefined;
  return (
    <li class="row">
      <h3 class="row-title">
        {labelOf(MEASURE_TYPES, measure.type as MeasureTypeCode, currentLanguage())}
      </h3>
      <dl class="details details-compact">
        <Detail term={t('reports.page.measureDate')}>
          <Day value={measure.date} />
        </Detail>
        <Detail term={t('reports.page.addressee')}>{measure.addressee}</Detail>
        {measure.outgoingNumber ? (
          <Detail term={t('reports.page.outgoingNumber')}>{measure.outgoingNumber}</Detail>
        ) : null}
        {measure.result ? (
          <Detail term={t('reports.page.result')}>
            <Prose text={measure.result} />
          </Detail>
        ) : null}
        {document ? (
          <Detail term={t('reports.page.document')}>
            <AttachmentList
              place={{ target: 'report', id: props.reportId }}
              attachments={[document]}
            />
          </Detail>
        ) : null}
      </dl>
    </li>
  );
}
