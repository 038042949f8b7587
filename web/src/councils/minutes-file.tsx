import { t } from '../i18n/i18n.js';
import { AttachmentList } from '../reports/files/attachment-list.js';
import { Uploader } from '../reports/files/uploader.js';
import type { AttachmentView } from '../reports/report-view.js';
import { Await } from '../ui/await.js';
import { type Loaded } from '../ui/use-data.js';
import { useFiles } from '../reports/files/use-files.js';

/** The files of a meeting as they are stored, followed while the page is shown. */
export function useMeetingFiles(meetingId: string): Loaded<AttachmentView[]> {
  return useFiles('meetings', meetingId);
}

/**
 * The minutes as a file (a signed scan, a PDF), beside their text: staff add it while the
 * meeting is planned or held, and remove one added by mistake until the minutes are published.
 * The one the record names (`minutesFileId`) is the newest at the time of recording.
 */
export function MinutesFile(props: {
  meetingId: string;
  files: Loaded<AttachmentView[]>;
  editable: boolean;
}) {
  const place = { target: 'meeting' as const, id: props.meetingId };
  return (
    <Await state={props.files}>
      {(list) => (
        <>
          <AttachmentList place={place} attachments={list} removable={props.editable} />
          {props.editable ? (
            <Uploader
              place={place}
              kind="minutes"
              label={t('meetings.minutesFile')}
              hint={t('meetings.minutesFileHint')}
              multiple={false}
              enabled
              attachments={list}
            />
          ) : null}
        </>
      )}
    </Await>
  );
}

/** The id of the file the minutes name: the newest one added. */
export function newestFileId(files: Loaded<AttachmentView[]>): string | undefined {
  if (files.status !== 'ready') return undefined;
  return [...files.value].sort((a, b) => (b.uploadedAt ?? 0) - (a.uploadedAt ?? 0))[0]?.id;
}
