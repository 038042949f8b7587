import { useState } from 'preact/hooks';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { announce } from '../ui/live-region.js';
import { downloadFile } from '../uploads/transfer.js';

/** `GET /api/proposals/{id}/comparative-table.docx`, fetched with the person's token. */
export const comparativeTableUrl = (proposalId: string) =>
  `/api/proposals/${encodeURIComponent(proposalId)}/comparative-table.docx`;

/** `GET /api/proposals/{id}/recommendation-letter.docx`: the letter to Parliament as sent. */
export const recommendationLetterUrl = (proposalId: string) =>
  `/api/proposals/${encodeURIComponent(proposalId)}/recommendation-letter.docx`;

/** A button that downloads a DOCX the server makes, with the person's token. */
export function DocxDownload(props: {
  id: string;
  url: string;
  fileName: string;
  label: string;
  failed: (reason: string) => string;
}) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | null>(null);
  const download = async () => {
    if (busy) return;
    setBusy(true);
    setProblem(null);
    const { idToken } = await import('../firebase/auth.js');
    const token = await idToken().catch(() => null);
    const text = catalogue().reports.transfer;
    const failed = token
      ? await downloadFile({
          url: props.url,
          fileName: props.fileName,
          idToken: token,
          language: currentLanguage(),
          text,
        })
      : { message: text.signIn };
    setBusy(false);
    if (failed) {
      const message = props.failed(failed.message);
      setProblem(message);
      announce(message);
    }
  };
  return (
    <p>
      <button
        type="button"
        class="button button-secondary"
        id={props.id}
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void download()}
      >
        {props.label}
      </button>
      {problem ? (
        <span class="form-error" role="alert">
          {problem}
        </span>
      ) : null}
    </p>
  );
}

export function ComparativeTableDownload(props: { proposalId: string; number: string }) {
  return (
    <DocxDownload
      id="proposal-docx"
      url={comparativeTableUrl(props.proposalId)}
      fileName={`${props.number}.docx`}
      label={t('proposals.page.download')}
      failed={(reason) => t('proposals.page.downloadFailed', { reason })}
    />
  );
}
