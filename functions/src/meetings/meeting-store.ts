import type { Transaction } from 'firebase-admin/firestore';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { millisOf, type TimestampLike } from '../domain/fields.js';
import type { Actor } from '../domain/roles.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import { meetingSchema, type AgendaItem, type Meeting } from '../domain/schemas/meeting.schema.js';
import { transition } from '../domain/workflows/workflow.js';
import { meetingWorkflow, type MeetingAction } from '../domain/workflows/meeting.workflow.js';
import { meetingSubject } from '../domain/policies/meeting.policy.js';
import { mailFrom, webBaseUrl } from '../mail/mail-config.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';

/** Reading and writing meetings, each through its schema, and the meeting's audit chain. */
export const meetingRef = (meetingId: string) => db().doc(`meetings/${meetingId}`);
export const meetingChain = (meetingId: string) => `meeting:${meetingId}`;
export const meetingLink = (meetingId: string) => `/app/meetings/${meetingId}`;

export const asDate = (value: TimestampLike | Date) =>
  value instanceof Date ? value : new Date(millisOf(value));

export interface MeetingState {
  id: string;
  meeting: Meeting;
  head: Awaited<ReturnType<typeof readAuditHead>>;
}

/** The meeting and its audit head, with the workflow's verdict on the action. */
export async function readMeetingFor(
  tx: Transaction,
  meetingId: string,
  action: MeetingAction,
  actor: Actor,
): Promise<MeetingState> {
  const snapshot = await tx.get(meetingRef(meetingId));
  if (!snapshot.exists) throw refusal('MEETING.NOT_FOUND');
  const meeting = meetingSchema.parse(snapshot.data());
  const step = transition(meetingWorkflow, meetingSubject(meeting), action, actor);
  if (!step.ok) throw toHttpsError(step.error);
  return { id: meetingId, meeting, head: await readAuditHead(tx, meetingChain(meetingId)) };
}

export async function auditMeeting(
  tx: Transaction,
  state: Pick<MeetingState, 'id' | 'head'>,
  actor: Actor,
  action: Extract<AuditAction, `meeting.${string}`>,
  details: Record<string, unknown>,
): Promise<void> {
  await appendAudit(tx, state.head, {
    chain: meetingChain(state.id),
    actor: { uid: actor.uid, role: actor.role },
    action,
    target: { type: 'meeting', id: state.id },
    details,
  });
}

/** How an agenda item is named in mails and invitations: a proposal with its number. */
export const agendaTitle = (item: AgendaItem) =>
  item.kind === 'proposal' ? `${item.number} ${item.title}` : item.title;

/** The host the calendar UIDs are made on (`meeting-{id}@{host}`): the web client's. */
export const calendarHost = () => new URL(webBaseUrl.value()).host;

/** The organiser an invitation names: the Secretariat, at the address mail is sent from. */
export function calendarOrganizer(): { name: string; email: string } {
  const from = mailFrom.value();
  const address = /<([^>]+)>/.exec(from)?.[1] ?? from;
  return { name: 'Секретаріат Уповноваженого', email: address.trim() };
}
