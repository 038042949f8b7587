import {
  type Change,
  type DocumentSnapshot,
  type FirestoreEvent,
} from 'firebase-functions/firestore';
import { reportSchema } from '../domain/schemas/report.schema.js';
import { storedStatus } from '../domain/stored/stored-document.js';
import { registerSubmittedReport } from './register-report.js';

/**
 * The registration step of `processReportWrite`: registers a report when it becomes
 * `submitted` (created so, or a draft submitted). Decided from the event's two snapshots, no
 * read: every other write of a report (registration's own among them) ends here at once.
 */
export async function registerIfSubmitted(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { reportId: string }>,
): Promise<void> {
  if (!event.data) return;
  const before = storedStatus(reportSchema.shape.status, event.data.before);
  const after = storedStatus(reportSchema.shape.status, event.data.after);
  if (after !== 'submitted' || before === 'submitted') return;
  await registerSubmittedReport(event.params.reportId);
}
