import type { CallableRequest } from 'firebase-functions/https';
import type { z } from 'zod';
import { actionResult } from '../domain/actions/action-results.js';
import { meetingActionResults } from '../domain/actions/meeting-action.results.js';
import { meetingActionInput } from '../domain/actions/meeting-action.schema.js';
import { mayScheduleMeeting } from '../domain/policies/meeting.policy.js';
import { parseInput, refusal, requireActor } from '../shared/callable-errors.js';

/**
 * `meetingAction`: the Secretariat schedules a council meeting, changes or cancels its plan,
 * records it once held and publishes its minutes. Each action runs in one transaction with the
 * meeting's audit entry, the steps of the proposals on its agenda (through the proposal
 * workflow) and the emails with their calendar invitations; a refusal changes nothing.
 *
 * The planning actions and the record each load their module when asked for: only the plan's
 * emails need the calendar library (`ics`), and a first call should not pay for the other's.
 */
export async function handleMeetingAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  const input = parseInput(meetingActionInput, request.data);
  // The answer goes out through its schema, the one the web client reads it with.
  return actionResult(
    'meetingAction',
    meetingActionResults,
    input.action,
    await perform(actor, input),
  );
}

async function perform(
  actor: Awaited<ReturnType<typeof requireActor>>,
  input: z.output<typeof meetingActionInput>,
) {
  if (input.action === 'schedule') {
    if (!mayScheduleMeeting(actor)) throw refusal('MEETING.STAFF_ONLY');
    const { scheduleMeeting } = await import('./plan-meeting.js');
    return scheduleMeeting(actor, input.plan);
  }
  switch (input.action) {
    case 'updatePlan': {
      const { updateMeetingPlan } = await import('./plan-meeting.js');
      return updateMeetingPlan(actor, input.meetingId, input.plan);
    }
    case 'cancel': {
      const { cancelMeeting } = await import('./plan-meeting.js');
      return cancelMeeting(actor, input.meetingId, input.reason);
    }
    case 'record': {
      const { recordMeeting } = await import('./record-meeting.js');
      return recordMeeting(actor, input.meetingId, input.record);
    }
    case 'publish': {
      const { publishMeeting } = await import('./record-meeting.js');
      return publishMeeting(actor, input.meetingId);
    }
  }
}
