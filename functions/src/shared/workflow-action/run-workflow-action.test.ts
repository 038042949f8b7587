import { describe, expect, it } from 'vitest';
import type { ChainHead } from '../../domain/audit-chain.js';
import type { DomainError } from '../../domain/errors.js';
import type { Actor } from '../../domain/roles.js';
import type { Workflow } from '../../domain/workflows/workflow.js';
import type { Recipient } from '../../notifications/notify.js';
import {
  createWorkflowDocument,
  runWorkflowAction,
  type AuditWrite,
  type WorkflowAdapter,
  type WorkflowPort,
} from './run-workflow-action.js';

/** A fake transaction: what was read and written, in order. */
interface FakeTx {
  log: string[];
  written: Record<string, unknown>[];
}

type Status = 'shut' | 'open';
type Action = 'open' | 'knock';
interface Door {
  status: Status;
  orgId: string;
}

const doorWorkflow: Workflow<Status, Action> = {
  name: 'door',
  statuses: ['shut', 'open'],
  statusLabels: {
    shut: { uk: 'Зачинені', en: 'Shut' },
    open: { uk: 'Відчинені', en: 'Open' },
  },
  actions: {
    open: { from: ['shut'], to: 'open', allow: { staff: [], ngo_admin: ['verifiedOrganisation'] } },
    knock: { from: ['shut', 'open'], allow: { ngo_member: ['ownOrganisation'], system: [] } },
  },
};

class Refused extends Error {
  constructor(readonly error: DomainError) {
    super(error.code);
  }
}

function fakes(doors: Record<string, Door>, verified = true) {
  const transactions: FakeTx[] = [];
  const audits: { head: ChainHead | null; event: AuditWrite }[] = [];
  const port: WorkflowPort<FakeTx> = {
    async transaction(body) {
      const tx: FakeTx = { log: [], written: [] };
      transactions.push(tx);
      return body(tx);
    },
    async readAuditHead(tx, chain) {
      tx.log.push(`read head ${chain}`);
      return chain === 'door:front' ? { sequence: 3, hash: 'h3' } : null;
    },
    async appendAudit(tx, head, event) {
      tx.log.push(`audit ${event.chain} ${event.action}`);
      audits.push({ head, event });
    },
    writeNotices(tx, to, notice) {
      tx.log.push(`notice ${notice.event} to ${to.map((r) => r.uid).join(',')}`);
    },
    async takeMailingUnit(tx, uid) {
      tx.log.push(`mailing unit ${uid}`);
    },
    refuse: (error) => new Refused(error),
  };
  const adapter: WorkflowAdapter<FakeTx, Door, Status, Action, { note?: string }> = {
    workflow: doorWorkflow,
    target: 'report',
    chain: (id) => `door:${id}`,
    async load(tx, id) {
      tx.log.push(`load ${id}`);
      const door = doors[id];
      if (!door) throw new Error('not found');
      return door;
    },
    subject: (door) => ({ status: door.status, ownerOrgIds: [door.orgId] }),
    async context(tx) {
      tx.log.push('read context');
      return { orgVerified: verified };
    },
    auditAction: (action) => (action === 'open' ? 'report.reopened' : 'report.linked'),
    update(tx, id, changes, status) {
      tx.log.push(`update ${id}`);
      tx.written.push({ ...changes, status });
    },
    timeline(tx, id, { step, event }) {
      tx.log.push(`timeline ${id} ${step.action} ${step.from}→${step.to} ${event.note ?? ''}`);
    },
  };
  return { port, adapter, transactions, audits };
}

const staff: Actor = { uid: 'u-staff', role: 'staff' };
const member: Actor = { uid: 'u-member', role: 'ngo_member', orgId: 'org-1' };
const recipient: Recipient = { uid: 'u-member', email: 'm@x.test', language: 'uk', digest: false };

describe('runWorkflowAction', () => {
  it('reads everything first, then writes the document, timeline, audit and notices', async () => {
    const { port, adapter, transactions, audits } = fakes({
      front: { status: 'shut', orgId: 'org-1' },
    });
    const outcome = await runWorkflowAction(port, adapter, staff, 'front', {
      action: 'open',
      read: async (tx) => {
        tx.log.push('read recipients');
        return [recipient];
      },
      changes: () => ({ openedBy: 'u-staff' }),
      write: (tx) => void tx.log.push('write other'),
      event: () => ({ note: 'wide' }),
      audit: () => ({ why: 'air' }),
      notices: (_door, to) => [
        {
          to,
          notice: {
            event: 'door.opened:front',
            template: 'report.info_provided',
            data: { reportId: 'front', number: '1' },
            link: '/',
          },
        },
      ],
    });
    expect(outcome.step).toEqual({ action: 'open', from: 'shut', to: 'open' });
    expect(transactions).toHaveLength(1);
    expect(transactions[0]!.log).toEqual([
      'load front',
      'read context',
      'read recipients',
      'read head door:front',
      'mailing unit u-staff',
      'update front',
      'write other',
      'timeline front open shut→open wide',
      'audit door:front report.reopened',
      'notice door.opened:front to u-member',
    ]);
    expect(transactions[0]!.written).toEqual([{ openedBy: 'u-staff', status: 'open' }]);
    expect(audits[0]).toEqual({
      head: { sequence: 3, hash: 'h3' },
      event: {
        chain: 'door:front',
        action: 'report.reopened',
        actor: { uid: 'u-staff', role: 'staff' },
        target: { type: 'report', id: 'front' },
        details: { from: 'shut', to: 'open', why: 'air' },
      },
    });
  });

  it('refuses through the port with the workflow’s code and writes nothing', async () => {
    const { port, adapter, transactions } = fakes({ front: { status: 'open', orgId: 'org-1' } });
    const refused = runWorkflowAction(port, adapter, staff, 'front', { action: 'open' });
    await expect(refused).rejects.toBeInstanceOf(Refused);
    await expect(refused).rejects.toMatchObject({
      error: { code: 'WORKFLOW.NOT_ALLOWED_IN_STATE' },
    });
    expect(transactions[0]!.log).toEqual(['load front', 'read context']);
  });

  it('passes the adapter’s context to the requirements', async () => {
    const { port, adapter } = fakes({ front: { status: 'shut', orgId: 'org-1' } }, false);
    const admin: Actor = { uid: 'u-admin', role: 'ngo_admin', orgId: 'org-1' };
    await expect(
      runWorkflowAction(port, adapter, admin, 'front', { action: 'open' }),
    ).rejects.toMatchObject({ error: { code: 'WORKFLOW.ORGANISATION_NOT_VERIFIED' } });
    await expect(
      runWorkflowAction(port, adapter, member, 'front', { action: 'open' }),
    ).rejects.toMatchObject({ error: { code: 'WORKFLOW.ROLE_NOT_ALLOWED' } });
  });

  it('keeps the status of an action that records, and may leave the document and timeline alone', async () => {
    const { port, adapter, transactions, audits } = fakes({
      front: { status: 'open', orgId: 'org-1' },
      back: { status: 'shut', orgId: 'org-1' },
    });
    const outcome = await runWorkflowAction(port, adapter, member, 'front', {
      action: 'knock',
      changes: () => null,
      event: () => null,
      moreAudits: () => [
        { chain: 'door:back', action: 'report.linked', target: { type: 'report', id: 'back' } },
      ],
    });
    expect(outcome.step).toEqual({ action: 'knock', from: 'open', to: 'open' });
    expect(transactions[0]!.log).toEqual([
      'load front',
      'read context',
      'read head door:front',
      'read head door:back',
      'audit door:front report.linked',
      'audit door:back report.linked',
    ]);
    expect(audits.map((a) => a.head)).toEqual([{ sequence: 3, hash: 'h3' }, null]);
    expect(audits[1]!.event.actor).toEqual({ uid: 'u-member', role: 'ngo_member' });
  });

  it('takes no mailing unit from the platform itself, nor from an action without notices', async () => {
    const { port, adapter, transactions } = fakes({ front: { status: 'shut', orgId: 'org-1' } });
    const system: Actor = { uid: 'system', role: 'system' };
    await runWorkflowAction(port, adapter, system, 'front', { action: 'knock', notices: () => [] });
    await runWorkflowAction(port, adapter, member, 'front', { action: 'knock' });
    for (const tx of transactions) expect(tx.log.some((l) => l.startsWith('mailing'))).toBe(false);
  });

  it('refuses a document that the adapter does not find, before judging', async () => {
    const { port, adapter, transactions } = fakes({});
    await expect(
      runWorkflowAction(port, adapter, staff, 'nowhere', { action: 'open' }),
    ).rejects.toThrow('not found');
    expect(transactions[0]!.log).toEqual(['load nowhere']);
  });
});

describe('an adapter whose audit target is another document', () => {
  it('audits on the chain and target the adapter names, not the document id', async () => {
    const { port, adapter, audits } = fakes({ 'hall/front': { status: 'shut', orgId: 'org-1' } });
    await runWorkflowAction(
      port,
      {
        ...adapter,
        chain: (id) => `door:${id.split('/')[0]}`,
        targetId: (id) => id.split('/')[0]!,
      },
      staff,
      'hall/front',
      { action: 'open' },
    );
    expect(audits[0]!.event.chain).toBe('door:hall');
    expect(audits[0]!.event.target).toEqual({ type: 'report', id: 'hall' });
  });
});

describe('createWorkflowDocument', () => {
  it('creates in the given status, then writes timeline, audit and notices together', async () => {
    const { port, adapter, transactions, audits } = fakes({});
    const created: string[] = [];
    await createWorkflowDocument(port, adapter, staff, 'side', {
      action: 'knock',
      status: 'shut',
      auditAction: 'report.taken_in',
      read: async (tx) => {
        tx.log.push('read owner');
        return 'org-1';
      },
      create: (tx, id, orgId) => {
        tx.log.push(`create ${id}`);
        created.push(orgId);
      },
      audit: (orgId) => ({ orgId }),
      notices: () => [],
    });
    expect(created).toEqual(['org-1']);
    expect(transactions[0]!.log).toEqual([
      'read owner',
      'read head door:side',
      'mailing unit u-staff',
      'create side',
      'timeline side knock shut→shut ',
      'audit door:side report.taken_in',
    ]);
    expect(audits[0]!.event.details).toEqual({ orgId: 'org-1' });
  });

  it('writes the entries on other chains after its own, each on its read head', async () => {
    const { port, adapter, transactions, audits } = fakes({});
    await createWorkflowDocument(port, adapter, staff, 'side', {
      action: 'knock',
      status: 'shut',
      auditAction: 'report.taken_in',
      create: (tx, id) => void tx.log.push(`create ${id}`),
      moreAudits: () => [
        { chain: 'door:front', action: 'report.linked', target: { type: 'report', id: 'front' } },
      ],
    });
    expect(transactions[0]!.log).toEqual([
      'read head door:side',
      'read head door:front',
      'create side',
      'timeline side knock shut→shut ',
      'audit door:side report.taken_in',
      'audit door:front report.linked',
    ]);
    expect(audits[1]!.head).toEqual({ sequence: 3, hash: 'h3' });
    expect(audits[1]!.event.actor).toEqual({ uid: 'u-staff', role: 'staff' });
  });

  it('writes nothing when the plan’s reads refuse', async () => {
    const { port, adapter, transactions } = fakes({});
    await expect(
      createWorkflowDocument(port, adapter, staff, 'side', {
        action: 'knock',
        status: 'shut',
        auditAction: 'report.taken_in',
        read: async () => {
          throw new Error('organisation not verified');
        },
        create: (tx) => void tx.log.push('create'),
      }),
    ).rejects.toThrow('organisation not verified');
    expect(transactions[0]!.log).toEqual([]);
  });
});
