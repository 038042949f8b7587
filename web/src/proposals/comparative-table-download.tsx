import { useState } from 'preact/hooks';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { announce } from '../ui/live-region.js';
import { downloadFile } from '../uploads/transfer.js';

/** `GET /api/proposals/{id}/comparative-table.docx`, fetched with the person's token. */
export const comparativeTableUrl = (proposalId: string) =>
  `/api/proposals/${encodeURIComponent(proposalId)}/comparative-table.docx`;

export function ComparativeTableDownload(props: { proposalId: string; number: string }) {
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
          url: comparativeTableUrl(props.proposalId),
          fileName: `${props.number}.docx`,
          idToken: token,
          language: currentLanguage(),
          text,
        })
      : { message: text.signIn };
    setBusy(false);
    if (failed) {
      const message = t('proposals.page.downloadFailed', { reason: failed.message });
      setProblem(message);
      announce(message);
    }
  };
  return (
    <p>
      <button
        type="button"
        class="button button-secondary"
        id="proposal-docx"
        aria-disabled={busy ? 'true' : 'false'}
        onClick={() => void download()}
      >
        {t('proposals.page.download')}
      </button>
      {problem ? (
        <span class="form-error" role="alert">
          {problem}
        </span>
      ) : null}
    </p>
  );
}
