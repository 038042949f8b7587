import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import {
  organisationWorkflow,
  type OrganisationAction,
  type OrganisationStatus,
} from '../domain/workflows/organisation.workflow.js';
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import type { WorkflowAdapter } from '../shared/workflow-action/run-workflow-action.js';
import { orgChain } from './org-context.js';
import { readOrganisation, type StoredOrganisation } from './organisation-store.js';

const ORGANISATION_AUDIT_ACTIONS = {
  verify: 'organisation.verified',
  reject: 'organisation.rejected',
  resubmit: 'organisation.resubmitted',
} as const satisfies Record<OrganisationAction, AuditAction>;

export const organisationRef = (orgId: string) => db().doc(`organisations/${orgId}`);

/** Organisations under the generic runner: `organisations/{id}`, the chain `organisation:{id}`. */
export const organisationAdapter: WorkflowAdapter<
  Transaction,
  StoredOrganisation,
  OrganisationStatus,
  OrganisationAction,
  never
> = {
  workflow: organisationWorkflow,
  target: 'organisation',
  chain: orgChain,
  async load(tx, orgId) {
    const org = await readOrganisation(tx, orgId);
    if (!org) throw refusal('ORG.NOT_FOUND');
    return org;
  },
  subject: (org) => ({ status: org.data.status, ownerOrgIds: [org.id] }),
  auditAction: (action) => ORGANISATION_AUDIT_ACTIONS[action],
  update: (tx, orgId, changes, status) =>
    tx.update(organisationRef(orgId), {
      ...changes,
      status,
      updatedAt: FieldValue.serverTimestamp(),
    }),
};
