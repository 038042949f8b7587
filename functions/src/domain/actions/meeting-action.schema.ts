import { z } from 'zod';
import { idSchema, optionalText } from '../fields.js';
import { meetingPlanInputSchema, meetingRecordInputSchema } from '../schemas/meeting.schema.js';

/**
 * Input of the `meetingAction` callable (Secretariat staff): schedule a council meeting, change
 * its plan (the invitation is sent again under the same UID with a higher SEQUENCE), cancel it
 * (METHOD:CANCEL), record it once held (attendance, minutes, an outcome per agenda item), and
 * publish its minutes. A proposal item's number and title are taken from the proposal itself.
 */
export const meetingActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('schedule'), plan: meetingPlanInputSchema }),
  z.object({ action: z.literal('updatePlan'), meetingId: idSchema, plan: meetingPlanInputSchema }),
  z.object({
    action: z.literal('cancel'),
    meetingId: idSchema,
    reason: optionalText(2000, 'Причина скасування'),
  }),
  z.object({ action: z.literal('record'), meetingId: idSchema, record: meetingRecordInputSchema }),
  z.object({ action: z.literal('publish'), meetingId: idSchema }),
]);
export type MeetingActionInput = z.infer<typeof meetingActionInput>;
export type MeetingActionName = MeetingActionInput['action'];
