import type { Transaction } from 'firebase-admin/firestore';
import { appendAudit, readAuditHead } from '../../audit/write-audit.js';
import { writeNotices } from '../../notifications/notify.js';
import { refusal, toHttpsError } from '../callable-errors.js';
import { db } from '../firebase.js';
import { takeMailingUnit } from '../mail-limits.js';
import type { WorkflowPort } from './run-workflow-action.js';

/** gRPC ABORTED: Firestore's answer to a transaction that lost to others on its documents. */
const ABORTED = 10;

/**
 * The step's transaction, retried by the SDK when it loses to concurrent ones on the same
 * documents (a report's audit chain head, say). Should it still lose after every attempt,
 * the caller is refused with `WORKFLOW.BUSY` — nothing was written — rather than an internal
 * error (test/emulator/faults/contention.serial.test.ts: fifty actions on one report at once).
 */
async function contendedTransaction<T>(body: (tx: Transaction) => Promise<T>): Promise<T> {
  try {
    return await db().runTransaction(body, { maxAttempts: 10 });
  } catch (error) {
    if ((error as { code?: unknown }).code === ABORTED) throw refusal('WORKFLOW.BUSY');
    throw error;
  }
}

/** The runner on Firestore: one transaction, the audit chain, the outbox, the mailing limit. */
export const firestorePort: WorkflowPort<Transaction> = {
  transaction: contendedTransaction,
  readAuditHead,
  appendAudit,
  writeNotices,
  takeMailingUnit,
  refuse: toHttpsError,
};
