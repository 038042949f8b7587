import type { Workflow } from './workflow.js';

export const PUBLICATION_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'published',
  'retracted',
] as const;
export type PublicationStatus = (typeof PUBLICATION_STATUSES)[number];
export type PublicationAction =
  | 'edit'
  | 'redactFlag'
  | 'markNotPersonal'
  | 'submitForApproval'
  | 'approve'
  | 'returnToDraft'
  | 'publish'
  | 'publishFailed'
  | 'retract';

/**
 * Staff prepare, the Commissioner approves, the server publishes through the strict public
 * schema; a retraction leaves a visible note.
 */
export const publicationWorkflow: Workflow<PublicationStatus, PublicationAction> = {
  name: 'publication',
  statuses: PUBLICATION_STATUSES,
  statusLabels: {
    draft: { uk: 'Чернетка', en: 'Draft' },
    pending_approval: { uk: 'На затвердженні', en: 'Awaiting approval' },
    approved: { uk: 'Затверджено', en: 'Approved' },
    published: { uk: 'Оприлюднено', en: 'Published' },
    retracted: { uk: 'Відкликано', en: 'Retracted' },
  },
  actions: {
    edit: { from: ['draft'], allow: { staff: [] } },
    // Deciding one flag of the personal-data check: an edit of its own, audited as such.
    redactFlag: { from: ['draft'], allow: { staff: [] } },
    markNotPersonal: { from: ['draft'], allow: { staff: [] } },
    submitForApproval: { from: ['draft'], to: 'pending_approval', allow: { staff: [] } },
    approve: { from: ['pending_approval'], to: 'approved', allow: { commissioner: [] } },
    returnToDraft: { from: ['pending_approval'], to: 'draft', allow: { commissioner: [] } },
    publish: { from: ['approved'], to: 'published', allow: { system: [] } },
    // The trigger could not write the public record (consent withdrawn meanwhile, a file that
    // cannot be cleaned): the draft goes back to staff, with the reason.
    publishFailed: { from: ['approved'], to: 'draft', allow: { system: [] } },
    retract: { from: ['published'], to: 'retracted', allow: { staff: [], commissioner: [] } },
  },
};
