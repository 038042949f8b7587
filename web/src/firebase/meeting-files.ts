import { collection, onSnapshot, orderBy, query } from 'firebase/firestore';
import { meetingAttachmentSchema } from '@domain/schemas/attachment.schema.js';
import { typed } from './typed.js';
import type { AttachmentView } from '../reports/report-view.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { millisOf } from './proposals.js';

/**
 * A meeting's files (`meetings/{id}/attachments`: the minutes as a file), read through their
 * schema by whoever reads the meeting. Staff add them through `/api/uploads?meetingId=…` and
 * remove them through `/api/files/meetings/…`.
 */
export function watchMeetingFiles(
  meetingId: string,
  next: (files: AttachmentView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  const files = collection(firestore(), 'meetings', meetingId, 'attachments').withConverter(
    typed(meetingAttachmentSchema),
  );
  return onSnapshot(
    query(files, orderBy('uploadedAt')),
    (snapshot) =>
      next(
        snapshot.docs.map((d) => {
          const file = d.data();
          return {
            id: d.id,
            kind: file.kind,
            fileName: file.fileName,
            contentType: file.contentType,
            size: file.size,
            uploadedBy: file.uploadedBy,
            uploadedAt: millisOf(file.uploadedAt),
          };
        }),
      ),
    fail,
  );
}
