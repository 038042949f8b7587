import type { Transaction } from 'firebase-admin/firestore';
import { FieldValue } from 'firebase-admin/firestore';
import {
  auditEntryId,
  sealAuditEntry,
  type AuditEvent,
  type ChainHead,
} from '../domain/audit-chain.js';
import { auditChainHeadSchema } from '../domain/schemas/audit-chain-head.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

/**
 * Appends an entry to an audit chain inside the caller's transaction, so the audited change
 * and its entry commit together or not at all. Reads must come first in a Firestore
 * transaction: call `readAuditHead` before any write, then `appendAudit`.
 */
export async function readAuditHead(tx: Transaction, chain: string): Promise<ChainHead | null> {
  const head = (await tx.get(chainHeadRef(chain))).data();
  return head ? { sequence: head.sequence, hash: head.hash } : null;
}

/** `auditChains/{chain}`, read and written through `auditChainHeadSchema`. */
export const chainHeadRef = (chain: string) =>
  db()
    .doc(`auditChains/${chainDocId(chain)}`)
    .withConverter(storedConverter(auditChainHeadSchema));

export async function appendAudit(
  tx: Transaction,
  head: ChainHead | null,
  event: Omit<AuditEvent, 'at' | 'details'> & { details?: Record<string, unknown>; at?: Date },
): Promise<string> {
  const entry = await sealAuditEntry(
    { ...event, at: (event.at ?? new Date()).toISOString(), details: event.details ?? {} },
    head,
  );
  const id = auditEntryId(event.chain, entry.sequence);
  // `create` fails if two writers raced past the same head: the transaction retries.
  tx.create(db().doc(`audit/${id}`), { ...entry, recordedAt: FieldValue.serverTimestamp() });
  tx.set(chainHeadRef(event.chain), {
    chain: event.chain,
    sequence: entry.sequence,
    hash: entry.hash,
  });
  return id;
}

function chainDocId(chain: string): string {
  return chain.replace(/[/:]/g, '_');
}

/** Audits a change that has no transaction of its own. */
export async function recordAudit(event: Parameters<typeof appendAudit>[2]): Promise<string> {
  return db().runTransaction(async (tx) =>
    appendAudit(tx, await readAuditHead(tx, event.chain), event),
  );
}
