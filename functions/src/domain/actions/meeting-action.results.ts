import { z } from 'zod';
import { idSchema } from '../fields.js';
import { meetingSchema } from '../schemas/meeting.schema.js';
import type { ActionResults } from './action-results.js';
import type { meetingActionInput } from './meeting-action.schema.js';

const meetingId = idSchema;
/** The invitation's iCalendar SEQUENCE: 0 when scheduled, one higher with each change sent. */
const sequence = meetingSchema.shape.calendar.shape.sequence;

/** What each `meetingAction` answers (docs/API.md). */
export const meetingActionResults = {
  schedule: z.object({ meetingId, status: z.literal('planned'), sequence: z.literal(0) }),
  updatePlan: z.object({ meetingId, status: z.literal('planned'), sequence }),
  cancel: z.object({ meetingId, status: z.literal('cancelled'), sequence }),
  /** The quorum as counted from the council's members on the meeting's day. */
  record: z.object({
    meetingId,
    status: z.literal('held'),
    quorum: meetingSchema.shape.quorum.unwrap(),
  }),
  publish: z.object({ meetingId, status: z.literal('published') }),
} satisfies ActionResults<z.input<typeof meetingActionInput>['action']>;
