import { useState } from 'preact/hooks';
import { formatDate } from '../../format.js';
import { catalogue, currentLanguage, t } from '../../i18n/i18n.js';
import { currentIdToken } from '../../session/session.js';
import { askToConfirm } from '../../ui/confirm-dialog.js';
import { announce } from '../../ui/live-region.js';
import { downloadFile, removeFile } from '../../uploads/transfer.js';
import {
  fileUrl,
  formatSize,
  type FilePlace,
  type TransferProblem,
} from '../../uploads/upload-request.js';
import type { AttachmentView } from '../report-view.js';
import './files.css';

/**
 * A report's (a proposal's, a meeting's) files, each with its kind, size and date, a download button (the file is fetched
 * with the ID token, which a link cannot carry) and, on the organisation's draft, a button
 * that takes it off the draft after asking (its record and bytes go: `DELETE /api/files/…`).
 */
export function AttachmentList(props: {
  place: FilePlace;
  attachments: readonly AttachmentView[];
  /** Only files of these kinds (a measure's documents, say). */
  kinds?: readonly string[];
  /** Files can be removed (the organisation's own draft). */
  removable?: boolean;
}) {
  const shown = props.kinds
    ? props.attachments.filter((attachment) => props.kinds?.includes(attachment.kind))
    : props.attachments;
  if (shown.length === 0) return <p class="field-hint">{t('reports.files.none')}</p>;
  return (
    <ul class="rows files">
      {shown.map((attachment) => (
        <AttachmentRow
          key={attachment.id}
          place={props.place}
          attachment={attachment}
          removable={props.removable ?? false}
        />
      ))}
    </ul>
  );
}

const transferTexts = () => catalogue().reports.transfer;

async function withToken(
  run: (idToken: string) => Promise<TransferProblem | null>,
): Promise<TransferProblem | null> {
  const token = await currentIdToken().catch(() => null);
  if (!token)
    return { code: 'AUTH.SIGN_IN_REQUIRED', message: transferTexts().signIn, retry: true };
  return run(token);
}

function AttachmentRow(props: {
  place: FilePlace;
  attachment: AttachmentView;
  removable: boolean;
}) {
  const { attachment } = props;
  const name = attachment.fileName;
  const [busy, setBusy] = useState<'download' | 'remove' | null>(null);
  const [problem, setProblem] = useState<string | null>(null);
  const language = currentLanguage();
  const url = fileUrl(props.place, attachment.id);

  async function run(kind: 'download' | 'remove') {
    if (busy) return;
    setBusy(kind);
    setProblem(null);
    const result = await withToken((idToken) =>
      kind === 'download'
        ? downloadFile({ url, fileName: name, idToken, language, text: transferTexts() })
        : removeFile({ url, idToken, language, text: transferTexts() }),
    );
    setBusy(null);
    if (result) {
      const failed =
        kind === 'download' ? 'reports.files.downloadFailed' : 'reports.files.removeFailed';
      const text = t(failed, { name, reason: result.message });
      setProblem(text);
      announce(text);
    } else if (kind === 'remove') {
      // The row goes with the listener's next snapshot; the live region says why.
      announce(t('reports.files.removed', { name }));
    }
  }

  async function remove() {
    const confirmed = await askToConfirm({
      title: t('reports.files.removeTitle'),
      text: t('reports.files.removeText', { name }),
      confirm: t('reports.files.removeConfirm'),
      danger: true,
    });
    if (confirmed) await run('remove');
  }

  const kinds = catalogue().reports.files.kinds as Record<string, string>;
  const meta = [
    kinds[attachment.kind] ?? attachment.kind,
    formatSize(attachment.size, language, catalogue().reports.files.units),
    attachment.uploadedAt
      ? t('reports.files.uploadedOn', { date: formatDate(attachment.uploadedAt, language) })
      : null,
  ]
    .filter(Boolean)
    .join(' · ');
  return (
    <li class="row file">
      <p class="row-title">{name}</p>
      <p class="row-meta">{meta}</p>
      <p class="actions">
        <button
          type="button"
          class="button button-secondary"
          aria-label={t('reports.files.downloadLabel', { name })}
          aria-disabled={busy === 'download' ? 'true' : 'false'}
          onClick={() => void run('download')}
        >
          {busy === 'download' ? t('reports.files.downloading') : t('reports.files.download')}
        </button>
        {props.removable ? (
          <button
            type="button"
            class="button button-secondary"
            aria-label={t('reports.files.removeLabel', { name })}
            aria-disabled={busy === 'remove' ? 'true' : 'false'}
            onClick={() => void remove()}
          >
            {busy === 'remove' ? t('reports.files.removing') : t('reports.files.remove')}
          </button>
        ) : null}
      </p>
      {problem ? (
        <p class="upload-error" role="alert">
          {problem}
        </p>
      ) : null}
    </li>
  );
}
