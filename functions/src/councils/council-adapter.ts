import type { Transaction } from 'firebase-admin/firestore';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import {
  councilApplicationSchema,
  type ApplicationStatus,
  type CouncilApplication,
} from '../domain/schemas/council-application.schema.js';
import { councilSchema } from '../domain/schemas/council.schema.js';
import {
  councilApplicationWorkflow,
  type CouncilApplicationAction,
} from '../domain/workflows/council-application.workflow.js';
import {
  councilWorkflow,
  type CouncilAction,
  type CouncilStanding,
} from '../domain/workflows/council.workflow.js';
import { refusal } from '../shared/callable-errors.js';
import type { WorkflowAdapter } from '../shared/workflow-action/run-workflow-action.js';
import {
  applicationsOf,
  councilChain,
  councilRef,
  readCouncilState,
  type CouncilState,
} from './council-store.js';

const COUNCIL_AUDIT_ACTIONS = {
  create: 'council.created',
  update: 'council.updated',
  addMember: 'council.member_added',
  endMembership: 'council.membership_ended',
  expireMemberships: 'council.membership_expired',
} as const satisfies Record<CouncilAction, AuditAction>;

/**
 * Councils under the generic runner: `councils/{id}` with its memberships, the chain
 * `council:{id}`, no timeline. A council has one standing state; an action's changes are the
 * whole council after it, checked by its schema when written (`null` for an action on the
 * memberships only).
 */
export const councilAdapter: WorkflowAdapter<
  Transaction,
  CouncilState,
  CouncilStanding,
  CouncilAction,
  never
> = {
  workflow: councilWorkflow,
  target: 'council',
  chain: councilChain,
  load: (tx, councilId) => readCouncilState(tx, councilId),
  subject: (state) => ({ status: 'active', ownerOrgIds: [], councilId: state.id }),
  auditAction: (action) => COUNCIL_AUDIT_ACTIONS[action],
  update: (tx, councilId, changes) =>
    tx.set(councilRef(councilId), councilSchema.parse({ ...changes, updatedAt: new Date() })),
};

const APPLICATION_AUDIT_ACTIONS = {
  apply: 'council.application_submitted',
  accept: 'council.application_accepted',
  decline: 'council.application_declined',
} as const satisfies Record<CouncilApplicationAction, AuditAction>;

/** An application is run under the id `{councilId}/{applicationId}`. */
export const applicationKey = (councilId: string, applicationId: string) =>
  `${councilId}/${applicationId}`;
function keyParts(key: string): { councilId: string; applicationId: string } {
  const [councilId = '', applicationId = ''] = key.split('/');
  return { councilId, applicationId };
}

export interface ApplicationState {
  council: CouncilState;
  applicationId: string;
  application: CouncilApplication;
}

/**
 * Applications to join an Expert Council under the generic runner:
 * `councils/{c}/applications/{a}`, audited on its council's chain (`council:{c}`, target the
 * council), no timeline of its own.
 */
export const applicationAdapter: WorkflowAdapter<
  Transaction,
  ApplicationState,
  ApplicationStatus,
  CouncilApplicationAction,
  never
> = {
  workflow: councilApplicationWorkflow,
  target: 'council',
  chain: (key) => councilChain(keyParts(key).councilId),
  targetId: (key) => keyParts(key).councilId,
  async load(tx, key) {
    const { councilId, applicationId } = keyParts(key);
    const council = await readCouncilState(tx, councilId);
    const application = (await tx.get(applicationsOf(councilId).doc(applicationId))).data();
    if (!application) throw refusal('COUNCIL.APPLICATION_NOT_FOUND');
    return { council, applicationId, application };
  },
  subject: ({ council, application }) => ({
    status: application.status,
    ownerOrgIds: [application.orgId],
    councilId: council.id,
  }),
  auditAction: (action) => APPLICATION_AUDIT_ACTIONS[action],
  update: (tx, key, changes, status) => {
    const { councilId, applicationId } = keyParts(key);
    tx.set(
      applicationsOf(councilId).doc(applicationId),
      councilApplicationSchema.parse({ ...changes, status, updatedAt: new Date() }),
    );
  },
};
