import { TARGET_FILE_TYPES, type TargetKind } from '@domain/uploads/upload-targets.js';
import { acceptAttribute } from '@domain/uploads/file-types.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '@domain/uploads/upload-limits.js';
import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.js';
import { serverUploadLimits } from '../../uploads/upload-limits.js';
import type { FilePlace, UploadedAttachment } from '../../uploads/upload-request.js';
import { UploadRow, startRow, type RowState } from './upload-row.js';
import './files.css';

let sequence = 0;

export interface UploaderProps {
  /** What the files are added to: a report, a proposal, a meeting, a note (photos only). */
  place: FilePlace;
  kind: TargetKind;
  label: string;
  /** Given the limits, the hint is written with the server's numbers once they are known. */
  hint?: string | ((limits: UploadLimits) => string) | null;
  multiple: boolean;
  /** Files can be added (the report exists on the server, and the person may add them). */
  enabled: boolean;
  /** The report's files as they are now: finished uploads leave the list once shown there. */
  attachments: readonly { id: string }[];
  /** Called with each file the server accepted (a measure's document, say). */
  onUploaded?: (attachment: UploadedAttachment) => void;
}

/**
 * Choosing files to add to a report, each with its own progress bar, cancel and retry, and
 * refused files explained (checked on the device first with the server's own rules and
 * limits, then by the server). The browser's own file button speaks the browser's language
 * and cannot be styled: the input is visually hidden (still focusable), and its label is the
 * visible button.
 */
export function Uploader(props: UploaderProps) {
  const [id] = useState(() => `upload-${++sequence}`);
  const input = useRef<HTMLInputElement>(null);
  const [rows, setRows] = useState<readonly RowState[]>([]);
  const [limits, setLimits] = useState<UploadLimits>(
    () => serverUploadLimits.known() ?? DEFAULT_UPLOAD_LIMITS,
  );
  useEffect(() => {
    if (typeof props.hint === 'function') void serverUploadLimits.load().then(setLimits);
  }, []);
  // An uploaded file shown in the report's list no longer needs its own row.
  const shown = new Set(props.attachments.map((attachment) => attachment.id));
  // Read when a file is checked, later than this render: the rows and files as they are then.
  const now = useRef({ rows, attachments: props.attachments, shown });
  now.current = { rows, attachments: props.attachments, shown };
  const visible = rows.filter((row) => !(row.uploadedId && shown.has(row.uploadedId)));
  const hint = typeof props.hint === 'function' ? props.hint(limits) : props.hint;

  const update = (next: RowState) =>
    setRows((current) => current.map((row) => (row.key === next.key ? next : row)));
  const drop = (key: number) => {
    setRows((current) => current.filter((row) => row.key !== key));
    input.current?.focus();
  };
  /** Files the report has or will have, besides this one: for the limit of files a report. */
  const filesBesides = (key: number) =>
    now.current.attachments.length +
    now.current.rows.filter(
      (row) =>
        row.key !== key && row.phase !== 'failed' && !now.current.shown.has(row.uploadedId ?? ''),
    ).length;

  function choose(files: File[]) {
    const started = files.map((file) =>
      startRow(file, {
        place: props.place,
        kind: props.kind,
        filesBesides,
        update,
        onUploaded: (attachment) => props.onUploaded?.(attachment),
      }),
    );
    setRows((current) => [...current, ...started]);
    now.current.rows = [...now.current.rows, ...started];
  }

  return (
    <div class="field uploader">
      <p id={`${id}-title`} class="field-label">
        {props.label}
      </p>
      {hint ? (
        <p id={`${id}-hint`} class="field-hint">
          {hint}
        </p>
      ) : null}
      <input
        ref={input}
        id={id}
        type="file"
        class="file-input visually-hidden"
        accept={acceptAttribute(TARGET_FILE_TYPES[props.place.target])}
        multiple={props.multiple}
        disabled={!props.enabled}
        aria-labelledby={`${id}-title ${id}-button`}
        aria-describedby={hint ? `${id}-hint` : undefined}
        onChange={(event) => {
          const files = [...(event.currentTarget.files ?? [])];
          event.currentTarget.value = '';
          choose(files);
        }}
      />
      <label for={id} id={`${id}-button`} class="button button-secondary file-button">
        {t(props.multiple ? 'reports.files.add' : 'reports.files.addOne')}
      </label>
      <ul class="uploads" aria-label={t('reports.files.inProgress', { label: props.label })}>
        {visible.map((row) => (
          <UploadRow key={row.key} row={row} onDismiss={() => drop(row.key)} />
        ))}
      </ul>
    </div>
  );
}
