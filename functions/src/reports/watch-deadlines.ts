import { FieldValue, Timestamp, type QueryDocumentSnapshot } from 'firebase-admin/firestore';
import { daysLeft, reminderDue } from '../domain/deadlines.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { readRecipients, writeNotices } from '../notifications/notify.js';
import { uidsWithRole } from '../notifications/recipients.js';
import { db } from '../shared/firebase.js';
import { readSecretariatSide, reportChain, reportRef, writeReportEvent } from './report-context.js';
import { reportOf } from './report-store.js';
import { millisOf } from '../domain/fields.js';
import type { ReportStatus } from '../domain/workflows/report.workflow.js';
import { faultPoint } from '../shared/fault-points.js';

const WATCHED: readonly ReportStatus[] = ['registered', 'in_review'];
const LOOKAHEAD_DAYS = 8;
const PAGE_SIZE = 300;

/**
 * Every watched report whose deadline is before the horizon, a page at a time: escalated ones
 * stay in this range until they are decided, so no fixed cap may hide the newer ones.
 */
async function* dueReports(horizon: Timestamp) {
  let after: QueryDocumentSnapshot | undefined;
  for (;;) {
    let page = db()
      .collection('reports')
      .where('status', 'in', WATCHED)
      .where('responseDeadline', '<=', horizon)
      .orderBy('responseDeadline')
      .limit(PAGE_SIZE);
    if (after) page = page.startAfter(after);
    const { docs } = await page.get();
    yield* docs;
    if (docs.length < PAGE_SIZE) return;
    after = docs[docs.length - 1];
  }
}

/**
 * Reminders before the term and escalation when it has passed: the core of the hourly
 * schedule, callable with any `now`. Reports waiting for the NGO (deadline paused) are left
 * alone. Each reminder threshold is sent once (`remindersSent`), the escalation once
 * (`escalatedAt`), recorded in the same transaction as the notice.
 */
export async function watchDeadlines(
  now = new Date(),
): Promise<{ reminders: number; escalations: number }> {
  const horizon = Timestamp.fromMillis(now.getTime() + LOOKAHEAD_DAYS * 24 * 60 * 60 * 1000);
  let reminders = 0;
  let escalations = 0;
  for await (const doc of dueReports(horizon)) {
    const outcome = await db().runTransaction(async (tx) => {
      const report = await tx.get(reportRef(doc.id));
      const stored = reportOf(report);
      if (!WATCHED.includes(stored.status) || stored.deadlinePausedAt) return null;
      if (!stored.responseDeadline) return null;
      const deadline = new Date(millisOf(stored.responseDeadline));
      const sent = stored.remindersSent ?? [];
      const overdue = now.getTime() > deadline.getTime();
      const threshold = overdue ? null : reminderDue(deadline, now, sent);
      if (!overdue && threshold === null) return null;
      if (overdue && stored.escalatedAt) return null;

      const assignees = await readSecretariatSide(tx, report);
      const commissioners = overdue
        ? await readRecipients(tx, await uidsWithRole(tx, 'commissioner'))
        : [];
      const head = overdue ? await readAuditHead(tx, reportChain(doc.id)) : null;
      const base = { reportId: doc.id, number: stored.number ?? '' };
      const link = `/app/reports/${doc.id}`;
      if (overdue) {
        tx.update(reportRef(doc.id), {
          escalatedAt: Timestamp.fromDate(now),
          updatedAt: FieldValue.serverTimestamp(),
        });
        writeReportEvent(tx, doc.id, { type: 'overdue', side: 'system' });
        await appendAudit(tx, head, {
          chain: reportChain(doc.id),
          actor: { uid: 'system', role: 'system' },
          action: 'report.escalated_overdue',
          target: { type: 'report', id: doc.id },
          details: { deadline: deadline.toISOString() },
        });
        writeNotices(tx, [...commissioners, ...assignees], {
          event: `report.overdue:${doc.id}`,
          template: 'report.overdue',
          data: { ...base, deadline: deadline.toISOString() },
          link,
          urgent: true,
        });
        return 'escalation';
      }
      tx.update(reportRef(doc.id), { remindersSent: FieldValue.arrayUnion(threshold) });
      writeNotices(tx, assignees, {
        event: `report.deadline_reminder:${doc.id}:${deadline.toISOString()}:${threshold}`,
        template: 'report.deadline_reminder',
        data: {
          ...base,
          deadline: deadline.toISOString(),
          daysLeft: Math.max(0, daysLeft(deadline, now)),
        },
        link,
      });
      return 'reminder';
    });
    if (outcome === 'reminder') reminders++;
    if (outcome === 'escalation') escalations++;
    if (outcome) faultPoint('watchDeadlines.afterFirstReport');
  }
  return { reminders, escalations };
}
