import { periodsOf, readCouncilState } from '../councils/council-store.js';
import { membersOn } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import { proposalEffects, recordProblems } from '../domain/meetings/meeting-record.js';
import { quorumOf } from '../domain/meetings/quorum.js';
import type { Actor } from '../domain/roles.js';
import { meetingSchema, type MeetingRecordInput } from '../domain/schemas/meeting.schema.js';
import { readRecipients } from '../notifications/notify.js';
import { organisationMembers } from '../notifications/recipients.js';
import { refusal } from '../shared/callable-errors.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import { runWorkflowAction } from '../shared/workflow-action/run-workflow-action.js';
import {
  checkStep,
  readAgendaProposals,
  stepAudit,
  writeStep,
  type ProposalMove,
} from './agenda-proposals.js';
import { agendaTitle, asDate, meetingAdapter, meetingLink } from './meeting-store.js';

/**
 * Recording a held meeting (`hold`, through the one action runner): attendance with the quorum
 * as the council's rule counts it on the day, the minutes, and an outcome per agenda item;
 * each proposal on the agenda moves to `discussed` with its outcome (or back to `endorsed`
 * when postponed), audited on its own chain. The members and the proposals' authors are
 * emailed the outcome.
 */
export async function recordMeeting(actor: Actor, meetingId: string, record: MeetingRecordInput) {
  const { extra } = await runWorkflowAction(firestorePort, meetingAdapter, actor, meetingId, {
    action: 'hold',
    read: async (tx, { meeting }) => {
      const problems = recordProblems(meeting.agenda, record);
      if (problems.length) {
        throw refusal('MEETING.RECORD_INCOMPLETE', {
          problems: problems.map((p) => p.message).join('; '),
        });
      }
      const council = await readCouncilState(tx, meeting.councilId);
      const heldOn = kyivDate(asDate(meeting.startsAt));
      const members = membersOn(periodsOf(council), council.id, heldOn);
      const quorum = quorumOf(
        council.council.quorum,
        members,
        record.attendance.filter((p) => p.present).map((p) => p.uid),
      );
      const effects = proposalEffects(meeting.agenda, record.outcomes);
      const proposals = await readAgendaProposals(
        tx,
        effects.map((e) => e.proposalId),
        meeting.agenda,
      );
      for (const effect of effects) {
        checkStep(actor, proposals.get(effect.proposalId)!, effect.action, effect.proposalId);
      }
      const authorUids = (
        await Promise.all(
          [...new Set([...proposals.values()].flatMap((p) => p.proposal.orgIds))].map((orgId) =>
            organisationMembers(tx, orgId),
          ),
        )
      ).flat();
      const recipients = await readRecipients(
        tx,
        [...members, ...authorUids].filter((uid) => uid !== actor.uid),
      );
      const moves: ProposalMove[] = effects.map((effect) => {
        const entry = proposals.get(effect.proposalId)!;
        if (effect.action === 'unschedule') {
          return { entry, step: 'unschedule', details: { meetingId, postponed: true } };
        }
        const discussion = {
          meetingId,
          councilId: meeting.councilId,
          heldOn,
          outcome: effect.outcome,
          ...(effect.note ? { note: effect.note } : {}),
        };
        return {
          entry,
          step: 'recordDiscussion',
          changes: { discussion },
          details: { meetingId, outcome: effect.outcome },
        };
      });
      const now = new Date();
      const held = meetingSchema.parse({
        ...meeting,
        status: 'held',
        attendance: record.attendance,
        quorum,
        minutes: {
          text: record.minutesText,
          ...(record.minutesFileId ? { fileId: record.minutesFileId } : {}),
        },
        outcomes: record.outcomes,
        heldAt: now,
        updatedAt: now,
      });
      return { held, heldOn, quorum, recipients, moves };
    },
    changes: (_state, { held }) => held,
    write: (tx, _state, { moves }) => {
      for (const move of moves) writeStep(tx, move);
    },
    audit: (_state, { heldOn, quorum }) => ({
      heldOn,
      quorum,
      outcomes: record.outcomes.map((o) => ({ key: o.key, outcome: o.outcome })),
    }),
    moreAudits: (_state, { moves }) => moves.map(stepAudit),
    notices: ({ meeting }, { recipients, heldOn, quorum }) => {
      const outcomeOf = new Map(record.outcomes.map((o) => [o.key, o.outcome]));
      return [
        {
          to: recipients,
          notice: {
            event: `meeting.outcome:${meetingId}`,
            template: 'meeting.outcome',
            data: {
              meetingId,
              title: meeting.title,
              councilName: meeting.councilName.uk,
              heldOn,
              quorate: quorum.met,
              items: meeting.agenda.map((item) => ({
                title: agendaTitle(item),
                outcome: outcomeOf.get(item.key)!,
              })),
            },
            link: meetingLink(meetingId),
          },
        },
      ];
    },
  });
  return { meetingId, status: extra.held.status, quorum: extra.quorum };
}

/** Publishing a held meeting's minutes: the public council page shows them from then on. */
export async function publishMeeting(actor: Actor, meetingId: string) {
  await runWorkflowAction(firestorePort, meetingAdapter, actor, meetingId, {
    action: 'publish',
    changes: ({ meeting }) => ({ ...meeting, publishedAt: new Date() }),
  });
  return { meetingId, status: 'published' as const };
}
