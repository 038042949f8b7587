import { Timestamp, type Transaction } from 'firebase-admin/firestore';
import type { Actor } from '../domain/roles.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import {
  publicationDraftSchema,
  type PublicationDraft,
} from '../domain/schemas/publication.schema.js';
import {
  publicationWorkflow,
  type PublicationAction,
  type PublicationStatus,
} from '../domain/workflows/publication.workflow.js';
import type { Notice, Recipient } from '../notifications/notify.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import {
  runWorkflowAction,
  type WorkflowAdapter,
} from '../shared/workflow-action/run-workflow-action.js';
import { draftRef, publicationChain, readDraft } from './publication-store.js';

/** The audit entry of each step on a draft. */
export const PUBLICATION_AUDIT_ACTIONS = {
  edit: 'publication.saved',
  redactFlag: 'publication.flag_redacted',
  markNotPersonal: 'publication.flag_marked_not_personal',
  submitForApproval: 'publication.submitted',
  approve: 'publication.approved',
  returnToDraft: 'publication.returned',
  publish: 'publication.published',
  publishFailed: 'publication.publish_failed',
  retract: 'publication.retracted',
} as const satisfies Record<PublicationAction, AuditAction>;

interface LoadedDraft {
  id: string;
  draft: PublicationDraft;
}

/**
 * Publication drafts under the generic runner: `publicationDrafts/{id}`, the chain
 * `publication:{id}`, no readable timeline (the NGO is told by notices). The whole draft is
 * written through its schema: `changes` is the draft as it is after the step.
 */
export const publicationAdapter: WorkflowAdapter<
  Transaction,
  LoadedDraft,
  PublicationStatus,
  PublicationAction,
  never
> = {
  workflow: publicationWorkflow,
  target: 'publication',
  chain: publicationChain,
  load: async (tx, id) => ({ id, draft: (await readDraft(tx, id)).draft }),
  subject: ({ draft }) => ({ status: draft.status, ownerOrgIds: draft.orgId ? [draft.orgId] : [] }),
  auditAction: (action) => PUBLICATION_AUDIT_ACTIONS[action],
  update: (tx, id, after, status) =>
    tx.set(draftRef(id), publicationDraftSchema.parse({ ...after, status })),
};

/**
 * One step's plan: what it reads, how the draft changes (through its schema, so a step can
 * refuse by throwing), what else it writes, what the audit entry adds, whom it tells. `at`
 * is the step's time; `event` identifies it in the notices' ids (a retry writes the same).
 */
export interface PublicationStepPlan<Extra> {
  action: PublicationAction;
  read?: (tx: Transaction, draft: PublicationDraft) => Promise<Extra>;
  changes?: (draft: PublicationDraft, extra: Extra, at: Timestamp) => Partial<PublicationDraft>;
  write?: (tx: Transaction, draft: PublicationDraft, extra: Extra, at: Timestamp) => void;
  details?: (draft: PublicationDraft, extra: Extra) => Record<string, unknown>;
  notices?: (
    draft: PublicationDraft,
    extra: Extra,
    event: string,
  ) => { to: Recipient[]; notice: Notice }[];
}

export async function runPublicationStep<Extra = undefined>(
  actor: Actor,
  publicationId: string,
  plan: PublicationStepPlan<Extra>,
): Promise<{ publicationId: string; status: PublicationStatus; openFlags: number }> {
  const at = Timestamp.now();
  const event = String(at.toMillis());
  let after: PublicationDraft | undefined;
  const { step } = await runWorkflowAction(
    firestorePort,
    publicationAdapter,
    actor,
    publicationId,
    {
      action: plan.action,
      ...(plan.read ? { read: (tx, { draft }) => plan.read!(tx, draft) } : {}),
      changes: ({ draft }, extra, next) => {
        after = publicationDraftSchema.parse({
          ...draft,
          ...(plan.changes?.(draft, extra, at) ?? {}),
          status: next.to,
          updatedAt: at,
        });
        return after;
      },
      ...(plan.write ? { write: (tx, { draft }, extra) => plan.write!(tx, draft, extra, at) } : {}),
      event: () => null,
      ...(plan.details ? { audit: ({ draft }, extra) => plan.details!(draft, extra) } : {}),
      ...(plan.notices
        ? { notices: ({ draft }, extra) => plan.notices!(draft, extra, event) }
        : {}),
    },
  );
  return { publicationId, status: step.to, openFlags: after?.flags.length ?? 0 };
}
