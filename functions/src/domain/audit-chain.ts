import type { AuditEntry } from './schemas/audit.schema.js';

/**
 * The audit hash chain. An entry's hash covers its canonical JSON (keys sorted, hash field
 * left out) including the previous entry's hash, so changing, removing or reordering any
 * entry breaks every hash after it.
 */
export type AuditEvent = Pick<
  AuditEntry,
  'chain' | 'at' | 'actor' | 'action' | 'target' | 'details'
>;
export interface ChainHead {
  sequence: number;
  hash: string;
}

export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

async function sha256Hex(text: string): Promise<string> {
  const digest = await globalThis.crypto.subtle.digest('SHA-256', new TextEncoder().encode(text));
  return Array.from(new Uint8Array(digest), (b) => b.toString(16).padStart(2, '0')).join('');
}

type HashedFields = Omit<AuditEntry, 'hash' | 'recordedAt'>;

export function auditEntryHash(entry: HashedFields): Promise<string> {
  const { chain, sequence, at, actor, action, target, details, prevHash } = entry;
  return sha256Hex(
    canonicalJson({ chain, sequence, at, actor, action, target, details, prevHash }),
  );
}

/** The next entry of a chain, given its current head (null for the first entry). */
export async function sealAuditEntry(
  event: AuditEvent,
  head: ChainHead | null,
): Promise<AuditEntry> {
  const fields: HashedFields = {
    ...event,
    details: event.details ?? {},
    sequence: (head?.sequence ?? 0) + 1,
    prevHash: head?.hash ?? null,
  };
  return { ...fields, hash: await auditEntryHash(fields) };
}

export type ChainVerdict =
  | { intact: true; length: number }
  | { intact: false; sequence: number; reason: 'hash_mismatch' | 'broken_link' | 'gap' };

/** Checks a chain given its entries (any order). */
export async function verifyAuditChain(entries: readonly AuditEntry[]): Promise<ChainVerdict> {
  const ordered = [...entries].sort((a, b) => a.sequence - b.sequence);
  let previous: AuditEntry | null = null;
  for (const entry of ordered) {
    const expectedSequence: number = (previous?.sequence ?? 0) + 1;
    if (entry.sequence !== expectedSequence)
      return { intact: false, sequence: expectedSequence, reason: 'gap' };
    if (entry.prevHash !== (previous?.hash ?? null)) {
      return { intact: false, sequence: entry.sequence, reason: 'broken_link' };
    }
    if ((await auditEntryHash(entry)) !== entry.hash) {
      return { intact: false, sequence: entry.sequence, reason: 'hash_mismatch' };
    }
    previous = entry;
  }
  return { intact: true, length: ordered.length };
}

export function auditEntryId(chain: string, sequence: number): string {
  return `${chain.replace(/[/:]/g, '_')}_${String(sequence).padStart(6, '0')}`;
}
