import type { AttachmentKind } from '@domain/schemas/attachment.schema.js';
import { ACCEPT_ATTRIBUTE } from '@domain/uploads/file-types.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '@domain/uploads/upload-limits.js';
import { h } from '../ui/legacy/dom.js';
import { formatDate } from '../format.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import type { AttachmentView } from './report-view.js';
import { currentIdToken } from '../session/session.js';
import { checkFileOnDevice } from '../uploads/file-check.js';
import { downloadFile, startUpload } from '../uploads/transfer.js';
import { uploadAttempt } from '../uploads/upload-attempt.js';
import { serverUploadLimits } from '../uploads/upload-limits.js';
import { fileUrl, formatSize, type UploadedAttachment } from '../uploads/upload-request.js';

/**
 * Files of a report: choosing files to add, each with its own progress bar, cancel and retry,
 * refused files explained (checked on the device first with the server's own rules and
 * limits, then by the server); and the list of the report's files, each downloaded with the
 * ID token.
 */
function transferTexts() {
  return catalogue().reports.transfer;
}

let sequence = 0;

export interface Uploader {
  node: HTMLElement;
  /** Files can be added (the report exists on the server, and the person may add them). */
  setEnabled(enabled: boolean): void;
  /** The report's files as they are now: finished uploads leave the list once shown there. */
  setAttachments(attachments: readonly AttachmentView[]): void;
}

export function uploader(options: {
  reportId: () => string;
  kind: AttachmentKind;
  label: string;
  /** Given the limits, the hint is written with the server's numbers once they are known. */
  hint?: string | ((limits: UploadLimits) => string) | null;
  multiple: boolean;
  announce: (message: string) => void;
  /** Called with each file the server accepted (a measure's document, say). */
  onUploaded?: (attachment: UploadedAttachment) => void;
}): Uploader {
  const id = `upload-${++sequence}`;
  // The browser's own file button speaks the browser's language and cannot be styled: the
  // input is visually hidden (still focusable), and its label is the visible button.
  const input = h('input', {
    id,
    type: 'file',
    class: 'file-input visually-hidden',
    accept: ACCEPT_ATTRIBUTE,
    multiple: options.multiple,
    'aria-labelledby': `${id}-title ${id}-button`,
    'aria-describedby': options.hint ? `${id}-hint` : null,
  });
  const button = h(
    'label',
    { for: id, id: `${id}-button`, class: 'button button-secondary file-button' },
    t(options.multiple ? 'reports.files.add' : 'reports.files.addOne'),
  );
  const rows = h('ul', {
    class: 'uploads',
    'aria-label': t('reports.files.inProgress', { label: options.label }),
  });
  const hintOf = (limits: UploadLimits) =>
    typeof options.hint === 'function' ? options.hint(limits) : (options.hint ?? '');
  const hint = options.hint
    ? h(
        'p',
        { id: `${id}-hint`, class: 'field-hint' },
        hintOf(serverUploadLimits.known() ?? DEFAULT_UPLOAD_LIMITS),
      )
    : null;
  if (hint && typeof options.hint === 'function') {
    void serverUploadLimits.load().then((limits) => {
      hint.textContent = hintOf(limits);
    });
  }
  const node = h(
    'div',
    { class: 'field uploader' },
    h('p', { id: `${id}-title`, class: 'field-label' }, options.label),
    hint,
    input,
    button,
    rows,
  );
  let attachments: readonly AttachmentView[] = [];
  const active = new Set<Row>();

  interface Row {
    file: File;
    item: HTMLElement;
    state: 'busy' | 'done' | 'failed';
    uploadedId: string | null;
  }

  /** Files the report has or will have, besides this one: for the limit of files a report. */
  function filesBesides(self: Row): number {
    const coming = [...active].filter((row) => row !== self && row.state !== 'failed').length;
    return attachments.length + coming;
  }

  function status(text: string) {
    return h('p', { class: 'upload-status' }, text);
  }

  async function send(row: Row): Promise<void> {
    const name = row.file.name;
    const language = currentLanguage();
    const progress = h('progress', {
      max: 100,
      value: 0,
      'aria-label': t('reports.files.progressLabel', { name }),
    });
    const line = status(t('reports.files.checking'));
    const cancel = h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary',
        'aria-label': t('reports.files.cancelLabel', { name }),
      },
      t('reports.files.cancel'),
    );
    row.item.replaceChildren(
      h('p', { class: 'upload-name' }, name),
      line,
      progress,
      h('p', null, cancel),
    );
    row.state = 'busy';
    // A cancel at any step — the check, the token, the transfer — ends the attempt at once:
    // nothing is sent after it, and the row offers to try again.
    const attempt = uploadAttempt({
      check: async () =>
        checkFileOnDevice(row.file, filesBesides(row), await serverUploadLimits.load()),
      idToken: () => currentIdToken().catch(() => null),
      send: (idToken) => {
        line.textContent = t('reports.files.uploading', { percent: 0 });
        return startUpload({
          file: row.file,
          reportId: options.reportId(),
          kind: options.kind,
          idToken,
          language,
          text: transferTexts(),
          onProgress: (fraction) => {
            const percent = Math.round(fraction * 100);
            progress.value = percent;
            line.textContent = t('reports.files.uploading', { percent });
          },
        });
      },
    });
    cancel.addEventListener('click', () => attempt.cancel());
    const result = await attempt.result;
    if (result.kind === 'cancelled') {
      return failed(row, { message: t('reports.files.cancelled', { name }), retry: true });
    }
    if (result.kind === 'refused') {
      const { refusal } = result;
      return failed(row, {
        message: language === 'en' ? refusal.messageEn : refusal.message,
        retry: false,
      });
    }
    if (result.kind === 'signedOut') {
      return failed(row, { message: transferTexts().signIn, retry: true });
    }
    if (result.kind === 'failed') {
      console.warn(result.error);
      return failed(row, { message: transferTexts().unknown, retry: true });
    }
    const { outcome } = result;
    if (!outcome.ok) return failed(row, outcome.problem);
    row.state = 'done';
    row.uploadedId = outcome.attachment.id;
    row.item.replaceChildren(
      h('p', { class: 'upload-name' }, name),
      status(t('reports.files.uploaded', { name: outcome.attachment.fileName })),
    );
    options.announce(t('reports.files.uploaded', { name: outcome.attachment.fileName }));
    options.onUploaded?.(outcome.attachment);
    forgetShown();
  }

  function failed(row: Row, problem: { message: string; retry: boolean }): void {
    row.state = 'failed';
    const name = row.file.name;
    const text = t('reports.files.refused', { name, reason: problem.message });
    const dismiss = h(
      'button',
      {
        type: 'button',
        class: 'button button-secondary',
        'aria-label': t('reports.files.dismissLabel', { name }),
      },
      t('reports.files.dismiss'),
    );
    dismiss.addEventListener('click', () => {
      active.delete(row);
      row.item.remove();
      input.focus();
    });
    const buttons = h('p', { class: 'actions' });
    if (problem.retry) {
      const retry = h(
        'button',
        { type: 'button', class: 'button', 'aria-label': t('reports.files.retryLabel', { name }) },
        t('reports.files.retry'),
      );
      retry.addEventListener('click', () => void send(row));
      buttons.append(retry);
    }
    buttons.append(dismiss);
    row.item.replaceChildren(
      h('p', { class: 'upload-name' }, name),
      h('p', { class: 'upload-error', role: 'alert' }, text),
      buttons,
    );
    // Focus stays where it was (the cancel button is gone): on the first button of the row.
    if (row.item.contains(document.activeElement) || document.activeElement === document.body) {
      buttons.querySelector('button')?.focus();
    }
  }

  /** An uploaded file shown in the report's list no longer needs its own row. */
  function forgetShown(): void {
    for (const row of active) {
      if (row.uploadedId && attachments.some((attachment) => attachment.id === row.uploadedId)) {
        active.delete(row);
        row.item.remove();
      }
    }
  }

  input.addEventListener('change', () => {
    const files = [...(input.files ?? [])];
    input.value = '';
    for (const file of files) {
      const row: Row = {
        file,
        item: h('li', { class: 'upload' }),
        state: 'busy',
        uploadedId: null,
      };
      active.add(row);
      rows.append(row.item);
      void send(row);
    }
  });

  return {
    node,
    setEnabled(enabled) {
      input.disabled = !enabled;
    },
    setAttachments(next) {
      attachments = next;
      forgetShown();
    },
  };
}

/** The report's files, each with its size, when it was added, and a download button. */
export function attachmentList(options: {
  reportId: string;
  attachments: readonly AttachmentView[];
  announce: (message: string) => void;
  kinds?: readonly string[];
}): HTMLElement {
  const language = currentLanguage();
  const shown = options.kinds
    ? options.attachments.filter((attachment) => options.kinds?.includes(attachment.kind))
    : options.attachments;
  if (shown.length === 0) return h('p', { class: 'field-hint' }, t('reports.files.none'));
  return h(
    'ul',
    { class: 'rows files' },
    shown.map((attachment) => {
      const name = attachment.fileName;
      const message = h('p', { class: 'upload-error', hidden: true, role: 'alert' });
      const button = h(
        'button',
        {
          type: 'button',
          class: 'button button-secondary',
          'aria-label': t('reports.files.downloadLabel', { name }),
          'data-focus-key': `download:${attachment.id}`,
        },
        t('reports.files.download'),
      );
      button.addEventListener('click', () => {
        if (button.getAttribute('aria-disabled') === 'true') return;
        button.setAttribute('aria-disabled', 'true');
        button.textContent = t('reports.files.downloading');
        message.hidden = true;
        void (async () => {
          const token = await currentIdToken().catch(() => null);
          const problem = token
            ? await downloadFile({
                url: fileUrl(options.reportId, attachment.id),
                fileName: name,
                idToken: token,
                language: currentLanguage(),
                text: transferTexts(),
              })
            : { code: 'AUTH.SIGN_IN_REQUIRED', message: transferTexts().signIn, retry: true };
          button.setAttribute('aria-disabled', 'false');
          button.textContent = t('reports.files.download');
          if (problem) {
            const text = t('reports.files.downloadFailed', { name, reason: problem.message });
            message.textContent = text;
            message.hidden = false;
            options.announce(text);
          }
        })();
      });
      const kinds = catalogue().reports.files.kinds as Record<string, string>;
      return h(
        'li',
        { class: 'row file' },
        h('p', { class: 'row-title' }, name),
        h(
          'p',
          { class: 'row-meta' },
          [
            kinds[attachment.kind] ?? attachment.kind,
            formatSize(attachment.size, language, catalogue().reports.files.units),
            attachment.uploadedAt
              ? t('reports.files.uploadedOn', { date: formatDate(attachment.uploadedAt, language) })
              : null,
          ]
            .filter(Boolean)
            .join(' · '),
        ),
        h('p', null, button),
        message,
      );
    }),
  );
}
