import { type FirestoreEvent, type QueryDocumentSnapshot } from 'firebase-functions/firestore';
import { db } from '../shared/firebase.js';
import { writeNotices } from '../notifications/notify.js';
import { sendNow } from '../mail/send-now.js';
import { readNgoSide, readSecretariatSide, reportRef } from './report-context.js';
import { numberOf } from './report-store.js';
import { reportMessageSchema } from '../domain/schemas/report.schema.js';
import { readStored } from '../domain/stored/stored-document.js';
import { faultPoint } from '../shared/fault-points.js';

/**
 * Every message notifies the other side. Requests for information and answers are written by
 * `reportAction`, which notifies itself; this handles the plain messages of the thread.
 */
export async function onReportMessageCreated(
  event: FirestoreEvent<QueryDocumentSnapshot | undefined, { reportId: string; messageId: string }>,
): Promise<void> {
  if (!event.data) return;
  const message = readStored(reportMessageSchema, event.data.ref.path, event.data.data());
  if (message.kind !== 'message') return;
  const fromSecretariat = message.side === 'secretariat';
  const { reportId, messageId } = event.params;
  const mailIds = await db().runTransaction(async (tx) => {
    const report = await tx.get(reportRef(reportId));
    if (!report.exists) return [];
    const recipients = (
      fromSecretariat ? await readNgoSide(tx, report) : await readSecretariatSide(tx, report)
    ).filter((r) => r.uid !== message.authorUid);
    const written = writeNotices(tx, recipients, {
      event: `report.message:${reportId}:${messageId}`,
      template: 'report.message',
      data: { reportId, number: numberOf(report), fromSecretariat },
      link: `/app/reports/${reportId}`,
    });
    faultPoint('notifyReportMessage.afterNotices');
    return written;
  });
  // The other side waits on this mail: sent from here, not after another trigger's start.
  await sendNow(mailIds);
}
