import type { Workflow } from './workflow.js';

export const MEETING_STATUSES = ['planned', 'held', 'published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type MeetingAction =
  'schedule' | 'updatePlan' | 'hold' | 'updateRecord' | 'publish' | 'cancel';

/**
 * A council meeting, run by the Secretariat: planned with an agenda (every change of the plan
 * re-sends the invitation), held with attendance, minutes and an outcome per item (which
 * moves the proposals on the agenda), corrected if need be, then published; or cancelled
 * while planned. Meetings are created by staff (policies/meeting.policy.ts, mayScheduleMeeting).
 */
export const meetingWorkflow: Workflow<MeetingStatus, MeetingAction> = {
  name: 'meeting',
  statuses: MEETING_STATUSES,
  statusLabels: {
    planned: { uk: 'Заплановано', en: 'Planned' },
    held: { uk: 'Відбулося', en: 'Held' },
    published: { uk: 'Оприлюднено', en: 'Published' },
    cancelled: { uk: 'Скасовано', en: 'Cancelled' },
  },
  actions: {
    // Scheduling creates the meeting (createWorkflowDocument), never judged here: who may is
    // `mayScheduleMeeting`.
    schedule: { from: [], to: 'planned', allow: { staff: [] }, creates: true },
    updatePlan: { from: ['planned'], allow: { staff: [] } },
    hold: { from: ['planned'], to: 'held', allow: { staff: [] } },
    updateRecord: { from: ['held'], allow: { staff: [] } },
    publish: { from: ['held'], to: 'published', allow: { staff: [], commissioner: [] } },
    cancel: { from: ['planned'], to: 'cancelled', allow: { staff: [] } },
  },
};
