import type { AuditEvent, ChainHead } from '../../domain/audit-chain.js';
import type { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import type { AuditAction, AuditEntry } from '../../domain/schemas/audit.schema.js';
import {
  transition,
  type ActorContext,
  type Transition,
  type Workflow,
  type WorkflowSubject,
} from '../../domain/workflows/workflow.js';
import type { Notice, Recipient } from '../../notifications/notify.js';

/**
 * One workflow action on one document, the same way for every kind of document: in one
 * transaction, load the document, ask the domain `transition` whether this person may do this
 * now (a refusal changes nothing and says why), read whatever the action needs, then write the
 * document's changes, its timeline event, its audit entries and its notices together.
 *
 * What differs between kinds lives in a small `WorkflowAdapter` (its reference, how it is
 * loaded and parsed, its audit chain, its timeline); what differs between actions lives in a
 * `WorkflowPlan`. The transaction and its side writes sit behind `WorkflowPort`, so the
 * runner is tested with fakes and runs on Firestore through `firestorePort`.
 */

/** What the runner needs of a transaction: the audit chain, the notices, the mail limit. */
export interface WorkflowPort<Tx> {
  transaction<T>(body: (tx: Tx) => Promise<T>): Promise<T>;
  readAuditHead(tx: Tx, chain: string): Promise<ChainHead | null>;
  appendAudit(tx: Tx, head: ChainHead | null, event: AuditWrite): Promise<unknown>;
  writeNotices(tx: Tx, to: Recipient[], notice: Notice): void;
  /** One unit of the person's mailing limit, taken with the mail it sends. */
  takeMailingUnit(tx: Tx, uid: string): Promise<void>;
  /** The error a refusal is thrown as (an `HttpsError` carrying the code, for callables). */
  refuse(error: DomainError): Error;
}

export type AuditWrite = Omit<AuditEvent, 'at' | 'details'> & {
  details?: Record<string, unknown>;
};

/** An audit entry on a chain other than the document's own (the other report of a link). */
export interface ExtraAudit {
  chain: string;
  action: AuditAction;
  target: AuditEntry['target'];
  details?: Record<string, unknown>;
}

/** The timeline entry the runner asks the adapter to write, with the plan's additions. */
export interface TimelineStep<Status extends string, Action extends string, Event> {
  actor: Actor;
  step: Transition<Status, Action>;
  event: Event;
}

/** One kind of document under a workflow: reports, organisations, proposals… */
export interface WorkflowAdapter<Tx, Doc, Status extends string, Action extends string, Event> {
  workflow: Workflow<Status, Action>;
  /** The audit target type; entries go to the chain `chain(id)`. */
  target: AuditEntry['target']['type'];
  chain(id: string): string;
  /** Reads and parses the document, or throws the refusal for one that is not there. */
  load(tx: Tx, id: string, actor: Actor): Promise<Doc>;
  /** What `transition` judges: status, owners, region, council. */
  subject(doc: Doc): WorkflowSubject<Status>;
  /** The actor's relations the workflow's requirements need (organisation verified…). */
  context?(tx: Tx, doc: Doc, actor: Actor): Promise<ActorContext>;
  /** The audit action of a workflow action. */
  auditAction(action: Action): AuditAction;
  /** Writes the document's changes together with its new status (and `updatedAt`). */
  update(tx: Tx, id: string, changes: Record<string, unknown>, status: Status): void;
  /** Appends to the document's readable timeline; kinds without one leave it out. */
  timeline?(tx: Tx, id: string, entry: TimelineStep<Status, Action, Event>): void;
}

/** One action: what it reads, changes, writes besides, and tells. */
export interface WorkflowPlan<Tx, Doc, Status extends string, Action extends string, Event, Extra> {
  action: Action;
  /** Reads the action needs (recipients, other documents), after the transition is allowed. */
  read?: (tx: Tx, doc: Doc, step: Transition<Status, Action>) => Promise<Extra>;
  /** Fields to change besides status and updatedAt; `null` leaves the document untouched. */
  changes?: (
    doc: Doc,
    extra: Extra,
    step: Transition<Status, Action>,
  ) => Record<string, unknown> | null;
  /** Other writes of the action (a measure, a message), after every read. */
  write?: (tx: Tx, doc: Doc, extra: Extra) => void;
  /** The plan's part of the timeline entry; `null` writes none. */
  event?: (doc: Doc, extra: Extra) => Event | null;
  /** Details of the audit entry besides `from` and `to`. */
  audit?: (doc: Doc, extra: Extra) => Record<string, unknown>;
  /** Entries on other chains, written after the document's own. */
  moreAudits?: (doc: Doc, extra: Extra) => ExtraAudit[];
  notices?: (doc: Doc, extra: Extra) => { to: Recipient[]; notice: Notice }[];
}

export interface WorkflowOutcome<Doc, Status extends string, Action extends string, Extra> {
  id: string;
  doc: Doc;
  extra: Extra;
  step: Transition<Status, Action>;
}

/** Judges `action` on the loaded document, throwing the workflow's refusal. */
export async function allowAction<Tx, Doc, Status extends string, Action extends string, Event>(
  port: WorkflowPort<Tx>,
  adapter: WorkflowAdapter<Tx, Doc, Status, Action, Event>,
  tx: Tx,
  doc: Doc,
  action: Action,
  actor: Actor,
): Promise<Transition<Status, Action>> {
  const context = adapter.context ? await adapter.context(tx, doc, actor) : {};
  const step = transition(adapter.workflow, adapter.subject(doc), action, actor, context);
  if (!step.ok) throw port.refuse(step.error);
  return step.value;
}

export async function runWorkflowAction<
  Tx,
  Doc,
  Status extends string,
  Action extends string,
  Event,
  Extra = undefined,
>(
  port: WorkflowPort<Tx>,
  adapter: WorkflowAdapter<Tx, Doc, Status, Action, Event>,
  actor: Actor,
  id: string,
  plan: WorkflowPlan<Tx, Doc, Status, Action, Event, Extra>,
): Promise<WorkflowOutcome<Doc, Status, Action, Extra>> {
  return port.transaction(async (tx) => {
    const doc = await adapter.load(tx, id, actor);
    const step = await allowAction(port, adapter, tx, doc, plan.action, actor);
    const extra = (plan.read ? await plan.read(tx, doc, step) : undefined) as Extra;

    const audits: ExtraAudit[] = [
      {
        chain: adapter.chain(id),
        action: adapter.auditAction(plan.action),
        target: { type: adapter.target, id },
        details: { from: step.from, to: step.to, ...(plan.audit?.(doc, extra) ?? {}) },
      },
      ...(plan.moreAudits?.(doc, extra) ?? []),
    ];
    // Every read comes before the first write of a Firestore transaction.
    const heads: (ChainHead | null)[] = [];
    for (const audit of audits) heads.push(await port.readAuditHead(tx, audit.chain));
    const notices = plan.notices?.(doc, extra) ?? [];
    if (plan.notices && actor.role !== 'system') await port.takeMailingUnit(tx, actor.uid);

    const changes = plan.changes ? plan.changes(doc, extra, step) : {};
    if (changes !== null) adapter.update(tx, id, changes, step.to);
    plan.write?.(tx, doc, extra);
    const event = plan.event ? plan.event(doc, extra) : ({} as Event);
    if (event !== null) adapter.timeline?.(tx, id, { actor, step, event });
    for (const [index, audit] of audits.entries()) {
      await port.appendAudit(tx, heads[index] ?? null, {
        ...audit,
        actor: { uid: actor.uid, role: actor.role },
      });
    }
    for (const { to, notice } of notices) port.writeNotices(tx, to, notice);
    return { id, doc, extra, step };
  });
}
