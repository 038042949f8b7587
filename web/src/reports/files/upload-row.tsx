import type { TargetKind } from '@domain/uploads/upload-targets.js';
import { catalogue, currentLanguage, t } from '../../i18n/i18n.js';
import { currentIdToken } from '../../session/session.js';
import { announce } from '../../ui/live-region.js';
import { checkFileOnDevice } from '../../uploads/file-check.js';
import { startUpload } from '../../uploads/transfer.js';
import { uploadAttempt } from '../../uploads/upload-attempt.js';
import { serverUploadLimits } from '../../uploads/upload-limits.js';
import type { FilePlace, UploadedAttachment } from '../../uploads/upload-request.js';

/** One file being added: its step, progress, and what can be done about it. */
export interface RowState {
  key: number;
  file: File;
  phase: 'checking' | 'uploading' | 'done' | 'failed';
  percent: number;
  /** Why it failed, in the person's words. */
  problem: string | null;
  retry: (() => void) | null;
  cancel: (() => void) | null;
  uploadedId: string | null;
}

export interface RowContext {
  place: FilePlace;
  kind: TargetKind;
  filesBesides: (key: number) => number;
  update: (row: RowState) => void;
  onUploaded: (attachment: UploadedAttachment) => void;
}

let keys = 0;

/**
 * Starts sending a file and returns its first state; later states go to `context.update`. A
 * cancel at any step — the check, the token, the transfer — ends the attempt at once: nothing
 * is sent after it, and the row offers to try again.
 */
export function startRow(file: File, context: RowContext, key = ++keys): RowState {
  const language = currentLanguage();
  const texts = catalogue().reports.transfer;
  const base = { key, file, percent: 0, problem: null, retry: null, uploadedId: null };
  const attempt = uploadAttempt({
    check: async () =>
      checkFileOnDevice(file, context.filesBesides(key), await serverUploadLimits.load()),
    idToken: () => currentIdToken().catch(() => null),
    send: (idToken) => {
      context.update({ ...base, phase: 'uploading', cancel: () => attempt.cancel() });
      return startUpload({
        file,
        place: context.place,
        kind: context.kind,
        idToken,
        language,
        text: texts,
        onProgress: (fraction) =>
          context.update({
            ...base,
            phase: 'uploading',
            percent: Math.round(fraction * 100),
            cancel: () => attempt.cancel(),
          }),
      });
    },
  });
  const fail = (message: string, retry: boolean) =>
    context.update({
      ...base,
      phase: 'failed',
      cancel: null,
      problem: t('reports.files.refused', { name: file.name, reason: message }),
      retry: retry ? () => context.update(startRow(file, context, key)) : null,
    });
  void attempt.result.then((result) => {
    if (result.kind === 'cancelled')
      return fail(t('reports.files.cancelled', { name: file.name }), true);
    if (result.kind === 'refused') {
      return fail(language === 'en' ? result.refusal.messageEn : result.refusal.message, false);
    }
    if (result.kind === 'signedOut') return fail(texts.signIn, true);
    if (result.kind === 'failed') {
      console.warn(result.error);
      return fail(texts.unknown, true);
    }
    if (!result.outcome.ok)
      return fail(result.outcome.problem.message, result.outcome.problem.retry);
    const { attachment } = result.outcome;
    context.update({ ...base, phase: 'done', cancel: null, uploadedId: attachment.id });
    announce(t('reports.files.uploaded', { name: attachment.fileName }));
    context.onUploaded(attachment);
  });
  return { ...base, phase: 'checking', cancel: () => attempt.cancel() };
}

export function UploadRow(props: { row: RowState; onDismiss: () => void }) {
  const { row } = props;
  const name = row.file.name;
  return (
    <li class="upload">
      <p class="upload-name">{name}</p>
      {row.phase === 'failed' ? (
        <>
          <p class="upload-error" role="alert">
            {row.problem}
          </p>
          <p class="actions">
            {row.retry ? (
              <button
                type="button"
                class="button"
                aria-label={t('reports.files.retryLabel', { name })}
                onClick={row.retry}
              >
                {t('reports.files.retry')}
              </button>
            ) : null}
            <button
              type="button"
              class="button button-secondary"
              aria-label={t('reports.files.dismissLabel', { name })}
              onClick={props.onDismiss}
            >
              {t('reports.files.dismiss')}
            </button>
          </p>
        </>
      ) : row.phase === 'done' ? (
        <p class="upload-status">{t('reports.files.uploaded', { name })}</p>
      ) : (
        <>
          <p class="upload-status">
            {row.phase === 'checking'
              ? t('reports.files.checking')
              : t('reports.files.uploading', { percent: row.percent })}
          </p>
          <progress
            max={100}
            value={row.percent}
            aria-label={t('reports.files.progressLabel', { name })}
          />
          <p>
            <button
              type="button"
              class="button button-secondary"
              aria-label={t('reports.files.cancelLabel', { name })}
              onClick={() => row.cancel?.()}
            >
              {t('reports.files.cancel')}
            </button>
          </p>
        </>
      )}
    </li>
  );
}
