import type { Transaction } from 'firebase-admin/firestore';
import { appendAudit, readAuditHead } from '../../audit/write-audit.js';
import { writeNotices } from '../../notifications/notify.js';
import { toHttpsError } from '../callable-errors.js';
import { db } from '../firebase.js';
import { takeMailingUnit } from '../mail-limits.js';
import type { WorkflowPort } from './run-workflow-action.js';

/** The runner on Firestore: one transaction, the audit chain, the outbox, the mailing limit. */
export const firestorePort: WorkflowPort<Transaction> = {
  transaction: (body) => db().runTransaction(body),
  readAuditHead,
  appendAudit,
  writeNotices,
  takeMailingUnit,
  refuse: toHttpsError,
};
