import type { Transaction } from 'firebase-admin/firestore';
import { millisOf, type TimestampLike } from '../domain/fields.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import { meetingSchema, type AgendaItem, type Meeting } from '../domain/schemas/meeting.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import {
  meetingWorkflow,
  type MeetingAction,
  type MeetingStatus,
} from '../domain/workflows/meeting.workflow.js';
import { meetingSubject } from '../domain/policies/meeting.policy.js';
import { mailFrom, webBaseUrl } from '../mail/mail-config.js';
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import type { WorkflowAdapter } from '../shared/workflow-action/run-workflow-action.js';

/**
 * `meetings/{meetingId}`, read and written through `meetingSchema` (a meeting that does not
 * fit fails with `DOCUMENT.INVALID`, naming it and the field), and meetings under the one
 * action runner: the chain `meeting:{id}`, no timeline.
 */
export const meetings = () =>
  db().collection('meetings').withConverter(storedConverter(meetingSchema));
export const meetingRef = (meetingId: string) => meetings().doc(meetingId);
export const meetingChain = (meetingId: string) => `meeting:${meetingId}`;
export const meetingLink = (meetingId: string) => `/app/meetings/${meetingId}`;

export const asDate = (value: TimestampLike | Date) =>
  value instanceof Date ? value : new Date(millisOf(value));

export interface MeetingState {
  id: string;
  meeting: Meeting;
}

const MEETING_AUDIT_ACTIONS = {
  schedule: 'meeting.scheduled',
  updatePlan: 'meeting.plan_changed',
  hold: 'meeting.held',
  updateRecord: 'meeting.record_corrected',
  publish: 'meeting.published',
  cancel: 'meeting.cancelled',
} as const satisfies Record<MeetingAction, Extract<AuditAction, `meeting.${string}`>>;

/** A step's changes are the whole meeting after it (without its status), checked when written. */
export const meetingAdapter: WorkflowAdapter<
  Transaction,
  MeetingState,
  MeetingStatus,
  MeetingAction,
  never
> = {
  workflow: meetingWorkflow,
  target: 'meeting',
  chain: meetingChain,
  async load(tx, meetingId) {
    const meeting = (await tx.get(meetingRef(meetingId))).data();
    if (!meeting) throw refusal('MEETING.NOT_FOUND');
    return { id: meetingId, meeting };
  },
  subject: (state) => meetingSubject(state.meeting),
  auditAction: (action) => MEETING_AUDIT_ACTIONS[action],
  update: (tx, meetingId, changes, status) =>
    tx.set(
      meetingRef(meetingId),
      meetingSchema.parse({ ...changes, status, updatedAt: new Date() }),
    ),
};

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
