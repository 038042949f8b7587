import type { DocumentReference, DocumentSnapshot } from 'firebase-admin/firestore';
import { reportFactsSchema, type ReportFacts } from '../domain/uploads/upload-policy.js';
import { db } from '../shared/firebase.js';

/**
 * What the upload policies judge of the report a file is for: the report, or while there is
 * none yet the organisation's draft with that id (`reportDrafts/{id}`, status `draft`). A file
 * of a draft is recorded under `reports/{id}/attachments` all the same, so it is the report's
 * when the draft is submitted. `null` when neither exists. `read` is a plain or a
 * transaction's read.
 */
export async function readReportFacts(
  reportId: string,
  read: (ref: DocumentReference) => Promise<DocumentSnapshot> = (ref) => ref.get(),
): Promise<ReportFacts | null> {
  const report = await read(db().doc(`reports/${reportId}`));
  if (report.exists) return factsOf(report.data());
  const draft = await read(db().doc(`reportDrafts/${reportId}`));
  return draft.exists ? factsOf(draft.data()) : null;
}

function factsOf(data: unknown): ReportFacts {
  const facts = reportFactsSchema.safeParse(data);
  if (!facts.success) throw new Error(`A report without orgId or status: ${facts.error.message}`);
  return facts.data;
}
