import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { kyivDate } from '../domain/kyiv-time.js';
import {
  nextTrackerReminder,
  trackerReminderDue,
} from '../domain/proposals/legislative-tracker.js';
import { TRACKER_REMINDER_NOTICE } from '../domain/proposals/proposal-notices.js';
import type { Proposal } from '../domain/schemas/proposal.schema.js';
import { proposalSchema } from '../domain/schemas/proposal.schema.js';
import { writeNotices } from '../notifications/notify.js';
import {
  proposalChain,
  proposalRef,
  readAudience,
  readProposalState,
} from '../proposals/proposal-store.js';
import { db } from '../shared/firebase.js';

/** What the reminder rule reads of a proposal sent to Parliament. */
export const reminderView = (proposal: Proposal) => ({
  sentOn: proposal.recommendation!.sentOn,
  stages: proposal.tracker?.stages,
  lastReminderOn: proposal.tracker?.lastReminderOn,
  outcome: proposal.tracker?.outcome,
});

/**
 * The daily job that reminds staff of each recommendation whose outcome is still open, once
 * per 30-day period (`trackerReminderDue`). Each proposal is judged again inside its own
 * transaction, which records the reminder (`tracker.lastReminderOn`), its audit entry and the
 * mail together; the mail's id comes from the period (its due day), so a second run — even in
 * the same minute — finds nothing due and writes nothing.
 */
export async function remindOfOpenRecommendations(now = new Date()): Promise<{ reminded: number }> {
  const today = kyivDate(now);
  const sent = await db()
    .collection('proposals')
    .where('status', '==', 'sent_to_parliament')
    .select()
    .get();
  let reminded = 0;
  for (const { id } of sent.docs) {
    reminded += await db().runTransaction(async (tx) => {
      const state = await readProposalState(tx, id);
      const proposal = state.proposal;
      if (proposal?.status !== 'sent_to_parliament' || !proposal.recommendation) return 0;
      const view = reminderView(proposal);
      if (!trackerReminderDue(view, today)) return 0;
      const period = nextTrackerReminder(view)!;
      const audience = await readAudience(tx, state, TRACKER_REMINDER_NOTICE.to, 'system');
      const head = await readAuditHead(tx, proposalChain(id));
      const tracker = { stages: [], ...proposal.tracker, lastReminderOn: today };
      tx.set(proposalRef(id), proposalSchema.parse({ ...proposal, tracker }));
      await appendAudit(tx, head, {
        chain: proposalChain(id),
        actor: { uid: 'system', role: 'system' },
        action: 'proposal.tracker_reminded',
        target: { type: 'proposal', id },
        details: { period, staff: audience.length },
      });
      const lastStage = proposal.tracker?.stages.at(-1);
      writeNotices(tx, audience, {
        event: `proposal.tracker_reminder:${id}:${period}`,
        template: TRACKER_REMINDER_NOTICE.template,
        link: `/app/proposals/${id}`,
        data: {
          proposalId: id,
          number: proposal.number,
          title: proposal.title,
          sentOn: view.sentOn,
          ...(proposal.tracker?.billNumber ? { billNumber: proposal.tracker.billNumber } : {}),
          ...(lastStage ? { lastStage: { stage: lastStage.stage, date: lastStage.date } } : {}),
        },
      });
      return 1;
    });
  }
  return { reminded };
}
