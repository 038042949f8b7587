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
  /**
   * The audit target's id, when it is not the document's (an application to a council is
   * audited on its council, `councils/{c}/applications/{a}` → `c`). Defaults to `id`.
   */
  targetId?(id: string): string;
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
    await record(port, adapter, tx, actor, id, step, {
      audit: {
        action: adapter.auditAction(plan.action),
        details: { from: step.from, to: step.to, ...(plan.audit?.(doc, extra) ?? {}) },
      },
      moreAudits: plan.moreAudits?.(doc, extra) ?? [],
      notices: plan.notices?.(doc, extra),
      writeDocument: () => {
        const changes = plan.changes ? plan.changes(doc, extra, step) : {};
        if (changes !== null) adapter.update(tx, id, changes, step.to);
        plan.write?.(tx, doc, extra);
      },
      event: plan.event ? plan.event(doc, extra) : ({} as Event),
    });
    return { id, doc, extra, step };
  });
}

/**
 * A document that enters the workflow from outside it (a report staff take in by post): the
 * plan checks who may, creates it in `status`, and the runner writes its timeline event,
 * audit entry and notices in the same transaction.
 */
export interface CreationPlan<Tx, Status extends string, Action extends string, Event, Extra> {
  action: Action;
  status: Status;
  /** The audit entry's action (creation is not one of the workflow's own actions). */
  auditAction: AuditAction;
  read?: (tx: Tx) => Promise<Extra>;
  create: (tx: Tx, id: string, extra: Extra) => void;
  event?: (extra: Extra) => Event | null;
  audit?: (extra: Extra) => Record<string, unknown>;
  /** Entries on other chains (the proposals a new meeting puts on its agenda). */
  moreAudits?: (extra: Extra) => ExtraAudit[];
  notices?: (extra: Extra) => { to: Recipient[]; notice: Notice }[];
}

export async function createWorkflowDocument<
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
  plan: CreationPlan<Tx, Status, Action, Event, Extra>,
): Promise<{ id: string; extra: Extra }> {
  return port.transaction(async (tx) => {
    const extra = (plan.read ? await plan.read(tx) : undefined) as Extra;
    const step = { action: plan.action, from: plan.status, to: plan.status };
    await record(port, adapter, tx, actor, id, step, {
      audit: { action: plan.auditAction, details: plan.audit?.(extra) ?? {} },
      moreAudits: plan.moreAudits?.(extra) ?? [],
      notices: plan.notices?.(extra),
      writeDocument: () => plan.create(tx, id, extra),
      event: plan.event ? plan.event(extra) : ({} as Event),
    });
    return { id, extra };
  });
}

/** The writing half of a step: audit heads first (reads), then every write. */
async function record<Tx, Doc, Status extends string, Action extends string, Event>(
  port: WorkflowPort<Tx>,
  adapter: WorkflowAdapter<Tx, Doc, Status, Action, Event>,
  tx: Tx,
  actor: Actor,
  id: string,
  step: Transition<Status, Action>,
  parts: {
    audit: { action: AuditAction; details: Record<string, unknown> };
    moreAudits: ExtraAudit[];
    notices: { to: Recipient[]; notice: Notice }[] | undefined;
    writeDocument: () => void;
    event: Event | null;
  },
): Promise<void> {
  const audits: ExtraAudit[] = [
    {
      chain: adapter.chain(id),
      target: { type: adapter.target, id: adapter.targetId?.(id) ?? id },
      ...parts.audit,
    },
    ...parts.moreAudits,
  ];
  // Every read comes before the first write of a Firestore transaction.
  const heads: (ChainHead | null)[] = [];
  for (const audit of audits) heads.push(await port.readAuditHead(tx, audit.chain));
  if (parts.notices && actor.role !== 'system') await port.takeMailingUnit(tx, actor.uid);

  parts.writeDocument();
  if (parts.event !== null) adapter.timeline?.(tx, id, { actor, step, event: parts.event });
  for (const [index, audit] of audits.entries()) {
    await port.appendAudit(tx, heads[index] ?? null, {
      ...audit,
      actor: { uid: actor.uid, role: actor.role },
    });
  }
  for (const { to, notice } of parts.notices ?? []) port.writeNotices(tx, to, notice);
}
