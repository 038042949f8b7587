import { collection, orderBy, query } from 'firebase/firestore';
import {
  attachmentSchema,
  meetingAttachmentSchema,
  noteAttachmentSchema,
  proposalAttachmentSchema,
} from '@domain/schemas/attachment.schema.js';
import { attachmentFrom, type AttachmentView } from '../reports/report-view.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { watchViews } from './read-helpers.js';
import { typed } from './typed.js';

/** Each holder of an `attachments` subcollection, with the schema of its file records. */
const FILE_SCHEMAS = {
  reports: attachmentSchema,
  proposals: proposalAttachmentSchema,
  meetings: meetingAttachmentSchema,
  notes: noteAttachmentSchema,
};
export type FileHolder = keyof typeof FILE_SCHEMAS;

/**
 * The files of a report, proposal, meeting or note (`{holder}/{id}/attachments`), oldest
 * first, each read through the holder's file schema: one record that does not fit is left out
 * and reported, not the whole list. Files are added and removed only by the server's file
 * routes (`/api/uploads`, `/api/files/…`); the rules decide who may follow them.
 */
export function watchFiles(
  holder: FileHolder,
  holderId: string,
  next: (files: AttachmentView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  const files = collection(firestore(), holder, holderId, 'attachments').withConverter(
    typed(FILE_SCHEMAS[holder]),
  );
  return watchViews(
    query(files, orderBy('uploadedAt', 'asc')),
    (id, file) => attachmentFrom(id, file),
    next,
    fail,
  );
}
