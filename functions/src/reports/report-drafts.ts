import { Timestamp, type DocumentSnapshot, type Transaction } from 'firebase-admin/firestore';
import {
  reportDraftSchema,
  reportPersonalDataSchema,
  validDraftContent,
  type ReportDraft,
} from '../domain/schemas/report.schema.js';
import { readStored } from '../domain/stored/stored-document.js';
import { refusedSubmissionSchema } from '../domain/stored/stored-report.js';
import type { FieldProblem } from '../domain/validation.js';
import { db } from '../shared/firebase.js';
import { reportRef } from './report-context.js';

/**
 * `reportDrafts/{reportId}`: the organisation's draft, written by its browser as it types. No
 * function listens to its writes (so an autosave runs nothing); the report is created with the
 * same id when the organisation submits (one batch that also deletes the draft), and the
 * registration sends a refused submission back here.
 */
export const reportDraftRef = (reportId: string) => db().doc(`reportDrafts/${reportId}`);
export const draftPersonalRef = (reportId: string) =>
  reportDraftRef(reportId).collection('private').doc('personalData');
export const reportPersonalRef = (reportId: string) =>
  reportRef(reportId).collection('private').doc('personalData');

/**
 * Puts a submission the registration refused back into the organisation's drafts, with the
 * reasons: the fields that are valid on their own (what the rules let the organisation keep
 * writing), its personal data, and who started it. The submitted report and its personal data
 * are deleted in the same transaction, so the report exists again only when it is resubmitted.
 * Reads first (`personal` is read by the caller), then only writes.
 */
export function returnToDraft(
  tx: Transaction,
  report: DocumentSnapshot,
  personal: DocumentSnapshot,
  problems: FieldProblem[],
  now: Date,
): ReportDraft {
  const at = Timestamp.fromDate(now);
  // Read leniently on purpose (refusedSubmissionSchema): the report does not fit its schema.
  const data = report.data() ?? {};
  const refused = readStored(refusedSubmissionSchema, report.ref.path, data);
  const draft = reportDraftSchema.parse({
    ...validDraftContent(data),
    orgId: refused.orgId,
    status: 'draft',
    intake: 'web',
    submittedAt: refused.submittedAt ?? at,
    submissionProblems: problems,
    createdBy: refused.createdBy,
    createdAt: refused.createdAt ?? at,
    updatedAt: at,
  });
  tx.set(reportDraftRef(report.id), draft);
  if (personal.exists) {
    tx.set(
      draftPersonalRef(report.id),
      reportPersonalDataSchema.parse({ ...personal.data(), updatedAt: at }),
    );
    tx.delete(personal.ref);
  }
  tx.delete(report.ref);
  return draft;
}
