import type { DocumentSnapshot } from 'firebase-admin/firestore';
import { attachmentSchema } from '../domain/schemas/attachment.schema.js';
import {
  reportPersonalDataSchema,
  reportSchema,
  type Report,
  type ReportDraft,
} from '../domain/schemas/report.schema.js';
import { readStored, storedConverter } from '../domain/stored/stored-document.js';
import {
  reportPartiesSchema,
  reportSchemaFor,
  type ReportParties,
} from '../domain/stored/stored-report.js';
import { db } from '../shared/firebase.js';

/**
 * `reports/{reportId}` and what it holds, read through their schemas: a document that does not
 * fit fails with `DOCUMENT.INVALID`, naming it and the field. The report's own snapshot is
 * what the action runner loads (reports/run-report-action.ts); its fields are read here.
 * Writes with sentinels (`serverTimestamp()`, `arrayUnion`) go through plain references.
 */

/** A stored report or draft, each by its own schema (domain/stored/stored-report.ts). */
export function storedReport(snapshot: DocumentSnapshot): Report | ReportDraft {
  const data = snapshot.data();
  return readStored(reportSchemaFor(data), snapshot.ref.path, data);
}

/** Who a report concerns (organisation, author, assignees), whatever else it holds. */
export function partiesOf(snapshot: DocumentSnapshot): ReportParties {
  return readStored(reportPartiesSchema, snapshot.ref.path, snapshot.data());
}

/** A report past its draft: what every action after submission reads. */
export function reportOf(snapshot: DocumentSnapshot): Report {
  return readStored(reportSchema, snapshot.ref.path, snapshot.data());
}

/** The report's registration number, as mails show it ('' before registration). */
export const numberOf = (snapshot: DocumentSnapshot) => reportOf(snapshot).number ?? '';

/** `reports/{id}/private/personalData`: the victims and witnesses, staff only. */
export const personalDataRef = (reportId: string) =>
  db()
    .doc(`reports/${reportId}/private/personalData`)
    .withConverter(storedConverter(reportPersonalDataSchema));

/** `reports/{id}/attachments/{attachmentId}`. */
export const attachmentRef = (reportId: string, attachmentId: string) =>
  db()
    .doc(`reports/${reportId}/attachments/${attachmentId}`)
    .withConverter(storedConverter(attachmentSchema));
