import { collection, onSnapshot, orderBy, query } from 'firebase/firestore';
import { proposalAttachmentSchema } from '@domain/schemas/attachment.schema.js';
import { typed } from './typed.js';
import type { AttachmentView } from '../reports/report-view.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { millisOf } from './proposals.js';

/**
 * A proposal's files (`proposals/{id}/attachments`, from its draft on), read through their
 * schema. They are added and removed through `/api/uploads` and `/api/files/proposals/…`.
 */
export function watchProposalFiles(
  proposalId: string,
  next: (files: AttachmentView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  const files = collection(firestore(), 'proposals', proposalId, 'attachments').withConverter(
    typed(proposalAttachmentSchema),
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
