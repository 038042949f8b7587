import type { Workflow } from './workflow.js';

export const MEETING_STATUSES = ['planned', 'held', 'published', 'cancelled'] as const;
export type MeetingStatus = (typeof MEETING_STATUSES)[number];
export type MeetingAction = 'updatePlan' | 'hold' | 'publish' | 'cancel';

/** A council meeting: planned with an agenda, held with minutes and outcomes, then published. */
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
    updatePlan: { from: ['planned'], allow: { staff: [] } },
    hold: { from: ['planned'], to: 'held', allow: { staff: [] } },
    publish: { from: ['held'], to: 'published', allow: { staff: [], commissioner: [] } },
    cancel: { from: ['planned'], to: 'cancelled', allow: { staff: [] } },
  },
};
