import type { ApplicationStatus } from '../schemas/council-application.schema.js';
import type { Workflow } from './workflow.js';

export type CouncilApplicationAction = 'apply' | 'accept' | 'decline';

/**
 * An application to join an Expert Council, decided by the council's chair or the Secretariat.
 * Accepting starts a membership (councils/memberships.ts). The subject's `councilId` is the
 * council applied to.
 */
export const councilApplicationWorkflow: Workflow<ApplicationStatus, CouncilApplicationAction> = {
  name: 'councilApplication',
  statuses: ['pending', 'accepted', 'declined'],
  statusLabels: {
    pending: { uk: 'На розгляді', en: 'Pending' },
    accepted: { uk: 'Прийнято', en: 'Accepted' },
    declined: { uk: 'Відхилено', en: 'Declined' },
  },
  actions: {
    // Applying creates the application (createWorkflowDocument), never judged here: who may
    // apply is `mayApplyToCouncil` (policies/council.policy.ts).
    apply: { from: [], to: 'pending', allow: { ngo_member: [], ngo_admin: [] }, creates: true },
    accept: {
      from: ['pending'],
      to: 'accepted',
      allow: { staff: [], ngo_member: ['councilChair'], ngo_admin: ['councilChair'] },
    },
    decline: {
      from: ['pending'],
      to: 'declined',
      allow: { staff: [], ngo_member: ['councilChair'], ngo_admin: ['councilChair'] },
    },
  },
};
