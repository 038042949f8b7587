import { readCouncilState } from '../councils/council-store.js';
import {
  firstCalendarIdentity,
  invitationChanged,
  nextCalendarIdentity,
} from '../domain/meetings/meeting-calendar.js';
import { startsAtOf, startsInThePast } from '../domain/meetings/meeting-plan.js';
import { agendaProposalChanges } from '../domain/meetings/meeting-record.js';
import type { Actor } from '../domain/roles.js';
import {
  meetingSchema,
  type AgendaItem,
  type Meeting,
  type MeetingPlanInput,
} from '../domain/schemas/meeting.schema.js';
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import {
  createWorkflowDocument,
  runWorkflowAction,
} from '../shared/workflow-action/run-workflow-action.js';
import {
  agendaFromProposals,
  checkStep,
  readAgendaProposals,
  stepAudit,
  writeStep,
  type ProposalMove,
} from './agenda-proposals.js';
import { readInvitees, sendInvitations } from './meeting-invitations.js';
import { agendaTitle, asDate, calendarHost, meetingAdapter, meetings } from './meeting-store.js';

/**
 * Planning a meeting, each a step of `meetingWorkflow` through the one action runner: schedule
 * it (the endorsed proposals on its agenda become `scheduled`), change its plan (proposals
 * taken off go back to `endorsed`; the invitation is sent again under the same UID with a
 * higher SEQUENCE when what it shows changed), or cancel it (every proposal goes back to
 * `endorsed`; the members get METHOD:CANCEL). The proposals' steps are audited on their chains.
 */
const proposalIds = (agenda: readonly AgendaItem[]) =>
  agenda.flatMap((item) => (item.kind === 'proposal' ? [item.proposalId] : []));

const titleOf = (agenda: readonly AgendaItem[], proposalId: string) => {
  const item = agenda.find((i) => i.kind === 'proposal' && i.proposalId === proposalId);
  return item ? agendaTitle(item) : proposalId;
};

const planFields = (plan: MeetingPlanInput) => ({
  title: plan.title,
  startsAt: startsAtOf(plan),
  durationMinutes: plan.durationMinutes,
  ...(plan.place ? { place: plan.place } : {}),
  ...(plan.onlineLink ? { onlineLink: plan.onlineLink } : {}),
});

const factsOf = (
  meeting: Pick<
    Meeting,
    'title' | 'startsAt' | 'durationMinutes' | 'place' | 'onlineLink' | 'agenda'
  >,
) => ({
  title: meeting.title,
  startsAtMillis: asDate(meeting.startsAt).getTime(),
  durationMinutes: meeting.durationMinutes,
  place: meeting.place,
  onlineLink: meeting.onlineLink,
  agendaTitles: meeting.agenda.map(agendaTitle),
});

const scheduling = (
  meetingId: string,
  meeting: Meeting,
  entries: ProposalMove['entry'][],
): ProposalMove[] =>
  entries.map((entry) => ({
    entry,
    step: 'schedule',
    changes: { agenda: { meetingId, councilId: meeting.councilId, startsAt: meeting.startsAt } },
    details: { meetingId },
  }));

export async function scheduleMeeting(actor: Actor, plan: MeetingPlanInput) {
  const now = new Date();
  if (startsInThePast(plan, now)) throw refusal('MEETING.IN_THE_PAST');
  const ref = meetings().doc();
  const { extra } = await createWorkflowDocument(firestorePort, meetingAdapter, actor, ref.id, {
    action: 'schedule',
    status: 'planned',
    auditAction: 'meeting.scheduled',
    read: async (tx) => {
      const council = await readCouncilState(tx, plan.councilId);
      const ids = proposalIds(plan.agenda);
      const proposals = await readAgendaProposals(tx, ids, plan.agenda);
      for (const id of ids)
        checkStep(actor, proposals.get(id)!, 'schedule', titleOf(plan.agenda, id));
      const invitees = await readInvitees(tx, council, startsAtOf(plan));
      const calendar = firstCalendarIdentity(ref.id, calendarHost());
      const meeting = meetingSchema.parse({
        councilId: council.id,
        councilName: council.council.name,
        ...planFields(plan),
        agenda: agendaFromProposals(plan.agenda, proposals),
        status: 'planned',
        calendar,
        createdBy: actor.uid,
        createdAt: now,
        updatedAt: now,
      });
      const moves = scheduling(ref.id, meeting, [...proposals.values()]);
      return { meeting, invitees, moves, ids };
    },
    create: (tx, _id, { meeting, invitees, moves }) => {
      tx.create(ref, meeting);
      for (const move of moves) writeStep(tx, move);
      sendInvitations(
        tx,
        ref.id,
        meeting,
        meeting.calendar,
        invitees,
        'meeting.scheduled',
        actor.uid,
      );
    },
    audit: ({ meeting, ids }) => ({
      councilId: meeting.councilId,
      startsAt: meeting.startsAt,
      proposals: ids,
    }),
    moreAudits: ({ moves }) => moves.map(stepAudit),
  });
  return {
    meetingId: ref.id,
    status: extra.meeting.status,
    sequence: extra.meeting.calendar.sequence,
  };
}

export async function updateMeetingPlan(actor: Actor, meetingId: string, plan: MeetingPlanInput) {
  const now = new Date();
  if (startsInThePast(plan, now)) throw refusal('MEETING.IN_THE_PAST');
  const { extra } = await runWorkflowAction(firestorePort, meetingAdapter, actor, meetingId, {
    action: 'updatePlan',
    read: async (tx, { meeting: before }) => {
      if (plan.councilId !== before.councilId) throw refusal('MEETING.OTHER_COUNCIL');
      const council = await readCouncilState(tx, before.councilId);
      const { scheduled, unscheduled } = agendaProposalChanges(before.agenda, plan.agenda);
      const ids = proposalIds(plan.agenda);
      const proposals = await readAgendaProposals(
        tx,
        [...ids, ...unscheduled],
        [...plan.agenda, ...before.agenda],
      );
      for (const id of scheduled)
        checkStep(actor, proposals.get(id)!, 'schedule', titleOf(plan.agenda, id));
      const invitees = await readInvitees(tx, council, startsAtOf(plan));
      const draft = {
        ...before,
        ...planFields(plan),
        agenda: agendaFromProposals(plan.agenda, proposals),
      };
      if (!plan.place) delete draft.place;
      if (!plan.onlineLink) delete draft.onlineLink;
      const changed = invitationChanged(factsOf(before), factsOf(draft));
      const calendar = changed ? nextCalendarIdentity(before.calendar) : before.calendar;
      const after = meetingSchema.parse({ ...draft, calendar, updatedAt: now });
      const moves: ProposalMove[] = [
        ...scheduling(
          meetingId,
          after,
          scheduled.map((id) => proposals.get(id)!),
        ),
        ...unscheduled.map((id) => ({
          entry: proposals.get(id)!,
          step: 'unschedule' as const,
          details: { meetingId },
        })),
      ];
      const kept = ids.filter((id) => !scheduled.includes(id));
      return { after, changed, invitees, moves, kept, scheduled, unscheduled };
    },
    changes: (_state, { after }) => after,
    write: (tx, _state, { after, changed, invitees, moves, kept }) => {
      for (const move of moves) writeStep(tx, move);
      for (const id of kept) {
        tx.update(db().doc(`proposals/${id}`), {
          agenda: { meetingId, councilId: after.councilId, startsAt: after.startsAt },
        });
      }
      if (changed) {
        sendInvitations(
          tx,
          meetingId,
          after,
          after.calendar,
          invitees,
          'meeting.changed',
          actor.uid,
        );
      }
    },
    audit: (_state, { after, scheduled, unscheduled }) => ({
      sequence: after.calendar.sequence,
      scheduled,
      unscheduled,
    }),
    moreAudits: (_state, { moves }) => moves.map(stepAudit),
  });
  return { meetingId, status: extra.after.status, sequence: extra.after.calendar.sequence };
}

export async function cancelMeeting(actor: Actor, meetingId: string, reason?: string) {
  const { extra } = await runWorkflowAction(firestorePort, meetingAdapter, actor, meetingId, {
    action: 'cancel',
    read: async (tx, { meeting: before }) => {
      const council = await readCouncilState(tx, before.councilId);
      const ids = proposalIds(before.agenda);
      const proposals = await readAgendaProposals(tx, ids, before.agenda);
      const invitees = await readInvitees(tx, council, asDate(before.startsAt));
      const now = new Date();
      const after = meetingSchema.parse({
        ...before,
        status: 'cancelled',
        calendar: nextCalendarIdentity(before.calendar),
        cancelledAt: now,
        ...(reason ? { cancelReason: reason } : {}),
        updatedAt: now,
      });
      const moves: ProposalMove[] = ids
        .map((id) => proposals.get(id)!)
        .filter((entry) => entry.proposal.status === 'scheduled')
        .map((entry) => ({
          entry,
          step: 'unschedule',
          details: { meetingId, cancelled: true },
        }));
      return { after, invitees, moves };
    },
    changes: (_state, { after }) => after,
    write: (tx, _state, { after, invitees, moves }) => {
      for (const move of moves) writeStep(tx, move);
      sendInvitations(
        tx,
        meetingId,
        after,
        after.calendar,
        invitees,
        'meeting.cancelled',
        actor.uid,
      );
    },
    audit: (_state, { after }) => ({
      sequence: after.calendar.sequence,
      ...(reason ? { reason } : {}),
    }),
    moreAudits: (_state, { moves }) => moves.map(stepAudit),
  });
  return { meetingId, status: extra.after.status, sequence: extra.after.calendar.sequence };
}
