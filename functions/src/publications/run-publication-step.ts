import { Timestamp, type Transaction } from 'firebase-admin/firestore';
import type { Actor } from '../domain/roles.js';
import {
  publicationDraftSchema,
  type PublicationDraft,
} from '../domain/schemas/publication.schema.js';
import {
  publicationWorkflow,
  type PublicationAction,
  type PublicationStatus,
} from '../domain/workflows/publication.workflow.js';
import { transition } from '../domain/workflows/workflow.js';
import { writeNotices, type Notice, type Recipient } from '../notifications/notify.js';
import { toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import {
  auditPublication,
  readAuditHead,
  readDraft,
  publicationChain,
  type PublicationAuditAction,
} from './publication-store.js';

/**
 * One step on a publication draft, the same way every time (the shape of the generic
 * `runWorkflowAction`, to move onto once it lands): in a transaction, read the draft, ask the
 * domain `transition` whether this person may take this step now, read what the step needs,
 * then write the draft (through its schema), any other document, the audit entry and the
 * notices together. A refusal changes nothing and says why.
 */
export interface PublicationStepPlan<Extra> {
  action: PublicationAction;
  audit: PublicationAuditAction;
  /** Reads the step needs, after the transition is allowed (all reads before any write). */
  read?: (tx: Transaction, draft: PublicationDraft) => Promise<Extra>;
  /** The draft's fields to change besides status and updatedAt; may refuse by throwing. */
  changes?: (draft: PublicationDraft, extra: Extra, at: Timestamp) => Partial<PublicationDraft>;
  /** Other writes of the step (the public record on a retraction). */
  write?: (tx: Transaction, draft: PublicationDraft, extra: Extra, at: Timestamp) => void;
  details?: (draft: PublicationDraft, extra: Extra) => Record<string, unknown>;
  notices?: (
    after: PublicationDraft,
    extra: Extra,
    event: string,
  ) => { to: Recipient[]; notice: Notice }[];
}

export async function runPublicationStep<Extra = undefined>(
  actor: Actor,
  publicationId: string,
  plan: PublicationStepPlan<Extra>,
): Promise<{ publicationId: string; status: PublicationStatus; openFlags: number }> {
  return db().runTransaction(async (tx) => {
    const { ref, draft } = await readDraft(tx, publicationId);
    const subject = { status: draft.status, ownerOrgIds: draft.orgId ? [draft.orgId] : [] };
    const step = transition(publicationWorkflow, subject, plan.action, actor);
    if (!step.ok) throw toHttpsError(step.error);
    const extra = (plan.read ? await plan.read(tx, draft) : undefined) as Extra;
    const head = await readAuditHead(tx, publicationChain(publicationId));
    if (plan.notices && actor.role !== 'system') await takeMailingUnit(tx, actor.uid);

    const at = Timestamp.now();
    const after = publicationDraftSchema.parse({
      ...draft,
      ...(plan.changes?.(draft, extra, at) ?? {}),
      status: step.value.to,
      updatedAt: at,
    });
    tx.set(ref, after);
    plan.write?.(tx, draft, extra, at);
    await auditPublication(tx, head, publicationId, actor, plan.audit, {
      from: step.value.from,
      to: step.value.to,
      ...(plan.details?.(draft, extra) ?? {}),
    });
    const event = String(at.toMillis());
    for (const { to, notice } of plan.notices?.(after, extra, event) ?? [])
      writeNotices(tx, to, notice);
    return { publicationId, status: step.value.to, openFlags: after.flags.length };
  });
}
