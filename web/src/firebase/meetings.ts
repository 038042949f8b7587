import { collection, doc, getDocs, onSnapshot, query, where } from 'firebase/firestore';
import type { z } from 'zod';
import { actionResult, type ActionResult } from '@domain/actions/action-results.js';
import { meetingActionResults } from '@domain/actions/meeting-action.results.js';
import type { meetingActionInput } from '@domain/actions/meeting-action.schema.js';
import { millisOf } from '@domain/fields.js';
import { meetingSchema, type AgendaItem, type Meeting } from '@domain/schemas/meeting.schema.js';
import type { Shown } from '../data/shown.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { viewsThatFit } from './read-helpers.js';
import { typed } from './typed.js';
import { callFunction } from './functions.js';
import { proposals } from './proposal-documents.js';

/**
 * Council meetings (`meetings/{id}`: read by the council's members, the Secretariat and
 * admins), read through their schema, the endorsed proposals staff put on an agenda, and the
 * `meetingAction` callable.
 */
export type AgendaItemView = AgendaItem;

/** A meeting as the pages show it, its type derived from the schema's. */
export type MeetingView = { id: string } & Shown<
  Pick<
    Meeting,
    | 'councilId'
    | 'title'
    | 'durationMinutes'
    | 'place'
    | 'onlineLink'
    | 'agenda'
    | 'status'
    | 'quorum'
    | 'cancelReason'
  >,
  never,
  'place' | 'onlineLink' | 'quorum' | 'cancelReason'
> & {
    councilName: string;
    /** The SEQUENCE of the invitation last sent (it rises with every change sent). */
    sequence: number;
    startsAt: number;
    attendance: NonNullable<Meeting['attendance']>;
    minutes: string | null;
    outcomes: NonNullable<Meeting['outcomes']>;
  };

const meetings = () => collection(firestore(), 'meetings').withConverter(typed(meetingSchema));

function meetingFrom(id: string, meeting: Meeting): MeetingView {
  return {
    id,
    councilId: meeting.councilId,
    councilName: meeting.councilName.uk,
    title: meeting.title,
    startsAt: millisOf(meeting.startsAt),
    durationMinutes: meeting.durationMinutes,
    place: meeting.place ?? null,
    onlineLink: meeting.onlineLink ?? null,
    agenda: meeting.agenda,
    status: meeting.status,
    quorum: meeting.quorum ?? null,
    attendance: meeting.attendance ?? [],
    minutes: meeting.minutes?.text ?? null,
    outcomes: meeting.outcomes ?? [],
    cancelReason: meeting.cancelReason ?? null,
    sequence: meeting.calendar.sequence,
  };
}

export function watchCouncilMeetings(
  councilId: string,
  next: (meetings: MeetingView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(meetings(), where('councilId', '==', councilId)),
    (snapshot) =>
      next(viewsThatFit(snapshot.docs, meetingFrom).sort((a, b) => b.startsAt - a.startsAt)),
    fail,
  );
}

export function watchMeeting(
  meetingId: string,
  next: (meeting: MeetingView | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(meetings(), meetingId),
    (snapshot) => {
      try {
        next(snapshot.exists() ? meetingFrom(snapshot.id, snapshot.data()) : null);
      } catch (error) {
        fail(error as Error);
      }
    },
    fail,
  );
}

export interface EndorsedProposal {
  id: string;
  number: string;
  title: string;
}

/** Proposals endorsed by their council and waiting for a meeting (staff read every proposal). */
export async function listEndorsedProposals(): Promise<EndorsedProposal[]> {
  const snapshot = await getDocs(query(proposals(), where('status', '==', 'endorsed')));
  return viewsThatFit(snapshot.docs, (id, { number, title }) => ({ id, number, title })).sort(
    (a, b) => a.number.localeCompare(b.number),
  );
}

type MeetingActionRequest = z.input<typeof meetingActionInput>;

/** What each `meetingAction` answers (docs/API.md), from its result schemas in the domain. */
export type MeetingActionResults = {
  [A in keyof typeof meetingActionResults]: ActionResult<typeof meetingActionResults, A>;
};

/** Calls `meetingAction`; an answer that does not fit its schema fails, naming the field. */
export async function meetingAction<A extends MeetingActionRequest['action']>(
  request: Extract<MeetingActionRequest, { action: A }>,
): Promise<ActionResult<typeof meetingActionResults, A>> {
  const answer = await callFunction('meetingAction', request);
  return actionResult('meetingAction', meetingActionResults, request.action, answer);
}
