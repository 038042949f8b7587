import {
  collection,
  doc,
  getDocs,
  onSnapshot,
  query,
  where,
  type DocumentData,
} from 'firebase/firestore';
import type { z } from 'zod';
import type { meetingActionInput } from '@domain/actions/meeting-action.schema.js';
import type { AgendaOutcome } from '@domain/meetings/agenda-outcomes.js';
import type { MeetingStatus } from '@domain/workflows/meeting.workflow.js';
import { firestore, millis, optionalString, type Unsubscribe } from './firestore.js';
import { callFunction } from './functions.js';

/**
 * Council meetings (`meetings/{id}`: read by the council's members, the Secretariat and
 * admins), the endorsed proposals staff put on an agenda, and the `meetingAction` callable.
 */
export type AgendaItemView =
  | { kind: 'proposal'; key: string; proposalId: string; number: string; title: string }
  | { kind: 'item'; key: string; title: string; description?: string };

export interface MeetingView {
  id: string;
  councilId: string;
  councilName: string;
  title: string;
  startsAt: number;
  durationMinutes: number;
  place: string | null;
  onlineLink: string | null;
  agenda: AgendaItemView[];
  status: MeetingStatus;
  /** The SEQUENCE of the invitation last sent (it rises with every change sent). */
  sequence: number;
  quorum: { members: number; present: number; required: number; met: boolean } | null;
  attendance: { uid: string; displayName: string; present: boolean }[];
  minutes: string | null;
  outcomes: { key: string; outcome: AgendaOutcome; note?: string }[];
  cancelReason: string | null;
}

function meetingFrom(id: string, data: DocumentData): MeetingView {
  return {
    id,
    councilId: String(data.councilId ?? ''),
    councilName: optionalString(data.councilName?.uk) ?? '',
    title: optionalString(data.title) ?? id,
    startsAt: millis(data.startsAt) ?? 0,
    durationMinutes: Number(data.durationMinutes ?? 0),
    place: optionalString(data.place),
    onlineLink: optionalString(data.onlineLink),
    agenda: Array.isArray(data.agenda) ? (data.agenda as AgendaItemView[]) : [],
    status: data.status as MeetingStatus,
    sequence: Number(data.calendar?.sequence ?? 0),
    quorum: data.quorum ?? null,
    attendance: Array.isArray(data.attendance) ? data.attendance : [],
    minutes: optionalString(data.minutes?.text),
    outcomes: Array.isArray(data.outcomes) ? data.outcomes : [],
    cancelReason: optionalString(data.cancelReason),
  };
}

export function watchCouncilMeetings(
  councilId: string,
  next: (meetings: MeetingView[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(collection(firestore(), 'meetings'), where('councilId', '==', councilId)),
    (snapshot) =>
      next(
        snapshot.docs
          .map((d) => meetingFrom(d.id, d.data()))
          .sort((a, b) => b.startsAt - a.startsAt),
      ),
    fail,
  );
}

export function watchMeeting(
  meetingId: string,
  next: (meeting: MeetingView | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'meetings', meetingId),
    (snapshot) => next(snapshot.exists() ? meetingFrom(snapshot.id, snapshot.data()) : null),
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
  const snapshot = await getDocs(
    query(collection(firestore(), 'proposals'), where('status', '==', 'endorsed')),
  );
  return snapshot.docs
    .map((d) => ({
      id: d.id,
      number: optionalString(d.get('number')) ?? d.id,
      title: optionalString(d.get('title')) ?? d.id,
    }))
    .sort((a, b) => a.number.localeCompare(b.number));
}

type MeetingActionRequest = z.input<typeof meetingActionInput>;

/** What each `meetingAction` answers (docs/API.md). */
export interface MeetingActionResults {
  schedule: { meetingId: string; status: 'planned'; sequence: number };
  updatePlan: { meetingId: string; status: 'planned'; sequence: number };
  cancel: { meetingId: string; status: 'cancelled'; sequence: number };
  record: {
    meetingId: string;
    status: 'held';
    quorum: { members: number; present: number; required: number; met: boolean };
  };
  publish: { meetingId: string; status: 'published' };
}

export function meetingAction<A extends MeetingActionRequest['action']>(
  request: Extract<MeetingActionRequest, { action: A }>,
): Promise<MeetingActionResults[A]> {
  return callFunction('meetingAction', request);
}
