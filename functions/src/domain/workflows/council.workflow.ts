import type { Workflow } from './workflow.js';

export const COUNCIL_STANDINGS = ['active'] as const;
export type CouncilStanding = (typeof COUNCIL_STANDINGS)[number];
export type CouncilAction =
  'create' | 'update' | 'addMember' | 'endMembership' | 'expireMemberships';

/**
 * A council as administrators keep it. A council has one standing state (it is not closed, only
 * its memberships end); what the workflow decides is who may change it: administrators create
 * and edit it and add and end memberships, the platform itself ends memberships whose period
 * has passed (the daily job). Who applies and who decides applications is
 * `councilApplicationWorkflow`.
 */
export const councilWorkflow: Workflow<CouncilStanding, CouncilAction> = {
  name: 'council',
  statuses: COUNCIL_STANDINGS,
  statusLabels: { active: { uk: 'Діє', en: 'Active' } },
  actions: {
    // A council is created outside the state machine (createWorkflowDocument): never judged.
    create: { from: [], to: 'active', allow: { admin: [] }, creates: true },
    update: { from: ['active'], allow: { admin: [] } },
    addMember: { from: ['active'], allow: { admin: [] } },
    endMembership: { from: ['active'], allow: { admin: [] } },
    expireMemberships: { from: ['active'], allow: { system: [] } },
  },
};
