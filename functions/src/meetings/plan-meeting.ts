import type { Transaction } from 'firebase-admin/firestore';
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
import {
  agendaFromProposals,
  checkStep,
  readAgendaProposals,
  writeStep,
  type AgendaProposal,
} from './agenda-proposals.js';
import { readInvitees, sendInvitations } from './meeting-invitations.js';
import {
  agendaTitle,
  asDate,
  auditMeeting,
  calendarHost,
  meetingRef,
  readMeetingFor,
} from './meeting-store.js';
import { appendAudit } from '../audit/write-audit.js';

/**
 * Planning a meeting: schedule it (the endorsed proposals on its agenda become `scheduled`),
 * change its plan (proposals taken off go back to `endorsed`; the invitation is sent again
 * under the same UID with a higher SEQUENCE when what it shows changed), or cancel it (every
 * proposal goes back to `endorsed`; the members get METHOD:CANCEL).
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

async function scheduleOnAgenda(
  tx: Transaction,
  actor: Actor,
  meetingId: string,
  meeting: Meeting,
  entries: readonly AgendaProposal[],
) {
  for (const entry of entries) {
    await writeStep(
      tx,
      actor,
      entry,
      'schedule',
      { agenda: { meetingId, councilId: meeting.councilId, startsAt: meeting.startsAt } },
      { meetingId },
    );
  }
}

export async function scheduleMeeting(actor: Actor, plan: MeetingPlanInput) {
  const now = new Date();
  if (startsInThePast(plan, now)) throw refusal('MEETING.IN_THE_PAST');
  const ref = db().collection('meetings').doc();
  return db().runTransaction(async (tx) => {
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
    tx.create(ref, meeting);
    await scheduleOnAgenda(tx, actor, ref.id, meeting, [...proposals.values()]);
    await appendAudit(tx, null, {
      chain: `meeting:${ref.id}`,
      actor: { uid: actor.uid, role: actor.role },
      action: 'meeting.scheduled',
      target: { type: 'meeting', id: ref.id },
      details: { councilId: council.id, startsAt: meeting.startsAt, proposals: ids },
    });
    sendInvitations(tx, ref.id, meeting, calendar, invitees, 'meeting.scheduled', actor.uid);
    return { meetingId: ref.id, status: meeting.status, sequence: calendar.sequence };
  });
}

export async function updateMeetingPlan(actor: Actor, meetingId: string, plan: MeetingPlanInput) {
  const now = new Date();
  if (startsInThePast(plan, now)) throw refusal('MEETING.IN_THE_PAST');
  return db().runTransaction(async (tx) => {
    const state = await readMeetingFor(tx, meetingId, 'updatePlan', actor);
    const before = state.meeting;
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
    tx.set(meetingRef(meetingId), after);
    await scheduleOnAgenda(
      tx,
      actor,
      meetingId,
      after,
      scheduled.map((id) => proposals.get(id)!),
    );
    for (const id of unscheduled) {
      await writeStep(tx, actor, proposals.get(id)!, 'unschedule', {}, { meetingId });
    }
    for (const id of ids.filter((id) => !scheduled.includes(id))) {
      tx.update(db().doc(`proposals/${id}`), {
        agenda: { meetingId, councilId: after.councilId, startsAt: after.startsAt },
      });
    }
    await auditMeeting(tx, state, actor, 'meeting.plan_changed', {
      sequence: calendar.sequence,
      scheduled,
      unscheduled,
    });
    if (changed) {
      sendInvitations(tx, meetingId, after, calendar, invitees, 'meeting.changed', actor.uid);
    }
    return { meetingId, status: after.status, sequence: calendar.sequence };
  });
}

export async function cancelMeeting(actor: Actor, meetingId: string, reason?: string) {
  return db().runTransaction(async (tx) => {
    const state = await readMeetingFor(tx, meetingId, 'cancel', actor);
    const before = state.meeting;
    const council = await readCouncilState(tx, before.councilId);
    const ids = proposalIds(before.agenda);
    const proposals = await readAgendaProposals(tx, ids, before.agenda);
    const invitees = await readInvitees(tx, council, asDate(before.startsAt));
    const now = new Date();
    const calendar = nextCalendarIdentity(before.calendar);
    const after = meetingSchema.parse({
      ...before,
      status: 'cancelled',
      calendar,
      cancelledAt: now,
      ...(reason ? { cancelReason: reason } : {}),
      updatedAt: now,
    });
    tx.set(meetingRef(meetingId), after);
    for (const id of ids) {
      const entry = proposals.get(id)!;
      if (entry.proposal.status === 'scheduled') {
        await writeStep(tx, actor, entry, 'unschedule', {}, { meetingId, cancelled: true });
      }
    }
    await auditMeeting(tx, state, actor, 'meeting.cancelled', {
      sequence: calendar.sequence,
      ...(reason ? { reason } : {}),
    });
    sendInvitations(tx, meetingId, after, calendar, invitees, 'meeting.cancelled', actor.uid);
    return { meetingId, status: after.status, sequence: calendar.sequence };
  });
}
