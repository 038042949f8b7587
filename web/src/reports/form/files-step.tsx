import { ALLOWED_TYPES_LABEL } from '@domain/uploads/file-types.js';
import { formatMegabytes } from '@domain/uploads/upload-limits.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { Notice } from '../../ui/notice.js';
import { AttachmentList } from '../files/attachment-list.js';
import { Uploader } from '../files/uploader.js';
import type { DraftSync } from './draft-sync.js';

/**
 * The files: evidence and the optional draft response act, once the draft is on the server (a
 * moment after the first keystroke). A file attached by mistake can be removed from the draft
 * (its record and bytes go).
 */
export function FilesStep(props: { reportId: string; sync: DraftSync }) {
  const { reportId, sync } = props;
  const place = { target: 'report' as const, id: reportId };
  const language = currentLanguage();
  const ready = sync.confirmed.value;
  const attachments = sync.attachments.value;
  return (
    <section class="files-section" aria-labelledby="report-step-heading">
      <p>{t('reports.wizard.filesIntro')}</p>
      {ready ? null : <Notice>{t('reports.form.filesWait')}</Notice>}
      <div class="file-list">
        <AttachmentList place={place} attachments={attachments} removable />
      </div>
      <Uploader
        place={place}
        kind="evidence"
        label={t('reports.form.evidence')}
        // Written with the server's limits once the uploader has them (the defaults until then).
        hint={(limits) =>
          t('reports.form.evidenceHint', {
            size: formatMegabytes(limits.maxFileBytes, language),
            count: limits.maxFilesPerReport,
            types: ALLOWED_TYPES_LABEL,
          })
        }
        multiple
        enabled={ready}
        attachments={attachments}
      />
      <Uploader
        place={place}
        kind="draft_response_act"
        label={t('reports.form.draftAct')}
        hint={t('reports.form.draftActHint')}
        multiple={false}
        enabled={ready}
        attachments={attachments}
      />
    </section>
  );
}
