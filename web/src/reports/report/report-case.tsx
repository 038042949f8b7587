import { ALLOWED_TYPES_LABEL } from '@domain/uploads/file-types.js';
import { formatMegabytes } from '@domain/uploads/upload-limits.js';
import type { OrganisationView } from '../../firebase/organisations.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import type { ReportActor, ReportControls } from '../controls.js';
import { AttachmentList } from '../files/attachment-list.js';
import { Uploader } from '../files/uploader.js';
import type { AttachmentView, ReportView } from '../report-view.js';
import { Section } from './bits.js';
import { ReportDetails } from './report-details.js';
import { ReportDuplicates } from './report-duplicates.js';
import { ReportOutcome } from './report-outcome.js';
import { ReportPeople } from './report-people.js';
import { PublicationConsent } from './publication-consent.js';
import { ReportThread } from './report-thread.js';
import { ReportTimeline } from './report-timeline.js';

/**
 * The case itself, left of the actions on a desktop: the decision and measures, the facts,
 * the people (restricted), the files, possible duplicates, the thread and the timeline.
 */
export function ReportCase(props: {
  report: ReportView;
  controls: ReportControls;
  actor: ReportActor;
  organisation: OrganisationView | null;
  attachments: readonly AttachmentView[];
}) {
  const { report, controls, attachments } = props;
  return (
    <div class="report-case">
      <ReportOutcome report={report} attachments={attachments} />
      <Section id="report-details" heading={t('reports.page.detailsHeading')}>
        <ReportDetails
          report={report}
          organisation={props.organisation}
          staffSide={controls.side === 'secretariat'}
        />
      </Section>
      {controls.side === 'ngo' && report.status !== 'draft' ? (
        <PublicationConsent report={report} />
      ) : null}
      <ReportPeople report={report} controls={controls} />
      <ReportFiles report={report} controls={controls} attachments={attachments} />
      {controls.duplicates.visible ? (
        <ReportDuplicates report={report} linkable={controls.duplicates.linkable} />
      ) : null}
      <ReportThread report={report} controls={controls} actor={props.actor} />
      <ReportTimeline reportId={report.id} />
    </div>
  );
}

function ReportFiles(props: {
  report: ReportView;
  controls: ReportControls;
  attachments: readonly AttachmentView[];
}) {
  const { report, controls } = props;
  // The NGO adds evidence here once the report left its drafts (the form takes it before).
  const adds = controls.uploadKinds.includes('evidence') && report.status !== 'draft';
  return (
    <Section id="report-files" heading={t('reports.page.filesHeading')}>
      <AttachmentList
        place={{ target: 'report', id: report.id }}
        attachments={props.attachments}
        removable={controls.draft.editable}
      />
      {adds ? (
        <Uploader
          place={{ target: 'report', id: report.id }}
          kind="evidence"
          label={t('reports.files.addMore')}
          hint={(limits) =>
            `${t('reports.files.addMoreHint')} ${t('reports.form.evidenceHint', {
              size: formatMegabytes(limits.maxFileBytes, currentLanguage()),
              count: limits.maxFilesPerReport,
              types: ALLOWED_TYPES_LABEL,
            })}`
          }
          multiple
          enabled
          attachments={props.attachments}
        />
      ) : null}
    </Section>
  );
}
