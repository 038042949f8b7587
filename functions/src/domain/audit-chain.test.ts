import { describe, expect, it } from 'vitest';
import {
  auditEntryId,
  canonicalJson,
  sealAuditEntry,
  verifyAuditChain,
  type AuditEvent,
} from './audit-chain.js';
import { auditEntrySchema, type AuditEntry } from './schemas/audit.schema.js';

const EVENTS: AuditEvent[] = [
  {
    chain: 'reports/r1',
    at: '2026-03-10T09:00:00.000Z',
    actor: { uid: 'u-staff', role: 'staff' },
    action: 'report.registered',
    target: { type: 'report', id: 'r1' },
    details: { number: 'ГО-2026-000123' },
  },
  {
    chain: 'reports/r1',
    at: '2026-03-11T10:15:00.000Z',
    actor: { uid: 'u-coord', role: 'coordinator' },
    action: 'report.review_started',
    target: { type: 'report', id: 'r1' },
    details: {},
  },
  {
    chain: 'reports/r1',
    at: '2026-03-20T14:00:00.000Z',
    actor: { uid: 'u-comm', role: 'commissioner' },
    action: 'report.decided',
    target: { type: 'report', id: 'r1' },
    details: { forms: ['submission', 'monitoring_visit'] },
  },
];

async function sealedChain(): Promise<AuditEntry[]> {
  const entries: AuditEntry[] = [];
  for (const event of EVENTS) {
    const last = entries.at(-1);
    entries.push(
      await sealAuditEntry(event, last ? { sequence: last.sequence, hash: last.hash } : null),
    );
  }
  return entries;
}

describe('canonical JSON', () => {
  it('sorts keys at every level, keeps array order and drops undefined', () => {
    expect(canonicalJson({ b: 1, a: [2, 1, { d: undefined, c: 'х' }], e: null })).toBe(
      '{"a":[2,1,{"c":"х"}],"b":1,"e":null}',
    );
    expect(canonicalJson({ y: 1, x: 2 })).toBe(canonicalJson({ x: 2, y: 1 }));
  });
});

describe('sealing audit entries', () => {
  it('hashes the first entry as SHA-256 of its canonical JSON', async () => {
    const first = await sealAuditEntry(EVENTS[0]!, null);
    expect(first.sequence).toBe(1);
    expect(first.prevHash).toBeNull();
    // printf '%s' '{"action":"report.registered",…,"target":{"id":"r1","type":"report"}}' | sha256sum
    expect(first.hash).toBe('96f4e475b77cf514aeeddf654d280ef9edfd1ae48854df5951f8ad2ecded75e5');
  });

  it('links each entry to the previous one and numbers them from 1', async () => {
    const [first, second, third] = await sealedChain();
    expect([first!.sequence, second!.sequence, third!.sequence]).toEqual([1, 2, 3]);
    expect(second!.prevHash).toBe(first!.hash);
    expect(third!.prevHash).toBe(second!.hash);
    expect(new Set([first!.hash, second!.hash, third!.hash]).size).toBe(3);
  });

  it('writes entries that pass the audit schema', async () => {
    for (const entry of await sealedChain())
      expect(auditEntrySchema.safeParse(entry).success).toBe(true);
  });

  it('fills missing details with an empty object', async () => {
    const { details: _omitted, ...withoutDetails } = EVENTS[1]!;
    const entry = await sealAuditEntry(withoutDetails as AuditEvent, null);
    expect(entry.details).toEqual({});
  });
});

describe('verifying an audit chain', () => {
  it('finds an intact chain intact, in any order', async () => {
    const chain = await sealedChain();
    expect(await verifyAuditChain(chain)).toEqual({ intact: true, length: 3 });
    expect(await verifyAuditChain([chain[2]!, chain[0]!, chain[1]!])).toEqual({
      intact: true,
      length: 3,
    });
    expect(await verifyAuditChain([])).toEqual({ intact: true, length: 0 });
  });

  it('does not depend on the order of keys in a stored entry', async () => {
    const [first, ...rest] = await sealedChain();
    const reordered = Object.fromEntries(Object.entries(first!).reverse()) as AuditEntry;
    expect(await verifyAuditChain([reordered, ...rest])).toEqual({ intact: true, length: 3 });
  });

  it('detects changed details as a hash mismatch at that entry', async () => {
    const chain = await sealedChain();
    chain[2] = { ...chain[2]!, details: { forms: ['submission'] } };
    expect(await verifyAuditChain(chain)).toEqual({
      intact: false,
      sequence: 3,
      reason: 'hash_mismatch',
    });
  });

  it('detects a changed actor or time', async () => {
    const chain = await sealedChain();
    const byOther = [...chain];
    byOther[0] = { ...chain[0]!, actor: { uid: 'u-other', role: 'staff' } };
    expect(await verifyAuditChain(byOther)).toEqual({
      intact: false,
      sequence: 1,
      reason: 'hash_mismatch',
    });
    const later = [...chain];
    later[1] = { ...chain[1]!, at: '2026-03-12T10:15:00.000Z' };
    expect(await verifyAuditChain(later)).toEqual({
      intact: false,
      sequence: 2,
      reason: 'hash_mismatch',
    });
  });

  it('detects a replaced hash', async () => {
    const chain = await sealedChain();
    chain[1] = { ...chain[1]!, hash: 'f'.repeat(64) };
    expect(await verifyAuditChain(chain)).toEqual({
      intact: false,
      sequence: 2,
      reason: 'hash_mismatch',
    });
  });

  it('detects an entry rewritten with a fresh hash by the broken link after it', async () => {
    const chain = await sealedChain();
    const forged = await sealAuditEntry(
      { ...EVENTS[1]!, details: { note: 'підроблено' } },
      {
        sequence: chain[0]!.sequence,
        hash: chain[0]!.hash,
      },
    );
    expect(forged.hash).not.toBe(chain[1]!.hash);
    expect(await verifyAuditChain([chain[0]!, forged, chain[2]!])).toEqual({
      intact: false,
      sequence: 3,
      reason: 'broken_link',
    });
  });

  it('detects swapped entries', async () => {
    const [first, second, third] = await sealedChain();
    const swapped = [first!, { ...third!, sequence: 2 }, { ...second!, sequence: 3 }];
    expect(await verifyAuditChain(swapped)).toEqual({
      intact: false,
      sequence: 2,
      reason: 'broken_link',
    });
  });

  it('detects a removed middle entry as a gap', async () => {
    const [first, , third] = await sealedChain();
    expect(await verifyAuditChain([first!, third!])).toEqual({
      intact: false,
      sequence: 2,
      reason: 'gap',
    });
  });

  it('detects a removed first entry as a gap at 1', async () => {
    const [, second, third] = await sealedChain();
    expect(await verifyAuditChain([second!, third!])).toEqual({
      intact: false,
      sequence: 1,
      reason: 'gap',
    });
  });

  it('detects a first entry that claims a predecessor', async () => {
    const chain = await sealedChain();
    chain[0] = { ...chain[0]!, prevHash: 'a'.repeat(64) };
    expect(await verifyAuditChain(chain)).toEqual({
      intact: false,
      sequence: 1,
      reason: 'broken_link',
    });
  });
});

describe('audit entry ids', () => {
  it('makes a Firestore-safe, sortable id from the chain and sequence', () => {
    expect(auditEntryId('reports/r1', 3)).toBe('reports_r1_000003');
    expect(auditEntryId('user:u1', 120)).toBe('user_u1_000120');
  });
});
