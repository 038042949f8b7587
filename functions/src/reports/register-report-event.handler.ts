import {
  type Change,
  type DocumentSnapshot,
  type FirestoreEvent,
} from 'firebase-functions/firestore';
import { registerSubmittedReport } from './register-report.js';

/** Registers a report when it becomes `submitted` (created so, or a draft submitted). */
export async function onReportWritten(
  event: FirestoreEvent<Change<DocumentSnapshot> | undefined, { reportId: string }>,
): Promise<void> {
  const before = event.data?.before.get('status');
  const after = event.data?.after.get('status');
  if (after !== 'submitted' || before === 'submitted') return;
  await registerSubmittedReport(event.params.reportId);
}
