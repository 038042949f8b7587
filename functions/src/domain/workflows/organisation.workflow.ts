import type { Workflow } from './workflow.js';

export const ORGANISATION_STATUSES = ['pending', 'verified', 'rejected'] as const;
export type OrganisationStatus = (typeof ORGANISATION_STATUSES)[number];
export type OrganisationAction = 'verify' | 'reject' | 'resubmit';

/** An NGO registers; the Secretariat or an admin verifies it or rejects it with a reason. */
export const organisationWorkflow: Workflow<OrganisationStatus, OrganisationAction> = {
  name: 'organisation',
  statuses: ORGANISATION_STATUSES,
  statusLabels: {
    pending: { uk: 'Очікує перевірки', en: 'Pending verification' },
    verified: { uk: 'Перевірена', en: 'Verified' },
    rejected: { uk: 'Відхилена', en: 'Rejected' },
  },
  actions: {
    verify: { from: ['pending'], to: 'verified', allow: { staff: [], admin: [] } },
    reject: { from: ['pending'], to: 'rejected', allow: { staff: [], admin: [] } },
    resubmit: { from: ['rejected'], to: 'pending', allow: { ngo_admin: ['ownOrganisation'] } },
  },
};
