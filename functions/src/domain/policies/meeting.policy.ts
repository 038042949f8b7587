import type { Actor } from '../roles.js';
import type { WorkflowSubject } from '../workflows/workflow.js';
import { transition } from '../workflows/workflow.js';
import { meetingWorkflow, type MeetingStatus } from '../workflows/meeting.workflow.js';

/** Who may schedule, record and read council meetings. */
export interface MeetingAccessView {
  status: MeetingStatus;
  councilId: string;
}

export function meetingSubject(meeting: MeetingAccessView): WorkflowSubject<MeetingStatus> {
  return { status: meeting.status, ownerOrgIds: [], councilId: meeting.councilId };
}

/** Meetings are scheduled by the Secretariat. */
export function mayScheduleMeeting(actor: Actor): boolean {
  return actor.role === 'staff';
}

/** Recording what happened at a planned meeting: the workflow's `hold`. */
export function mayRecordMeeting(actor: Actor, meeting: MeetingAccessView): boolean {
  return transition(meetingWorkflow, meetingSubject(meeting), 'hold', actor).ok;
}

/**
 * A meeting's plan, attendance and minutes are read by the council's members, the Secretariat
 * and administrators; the public reads what is published through the publication records.
 */
export function mayReadMeeting(actor: Actor, meeting: MeetingAccessView): boolean {
  if (actor.role === 'staff' || actor.role === 'commissioner' || actor.role === 'admin')
    return true;
  return Boolean(actor.memberOf?.includes(meeting.councilId));
}
