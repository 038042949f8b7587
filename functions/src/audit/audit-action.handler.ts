import type { CallableRequest } from 'firebase-functions/https';
import { actionResult } from '../domain/actions/action-results.js';
import { auditActionResults } from '../domain/actions/audit-action.results.js';
import { auditActionInput } from '../domain/actions/audit-action.schema.js';
import { verifyAuditChain } from '../domain/audit-chain.js';
import { parseInput, requireActor, refusal } from '../shared/callable-errors.js';
import { readAuditChain } from './audit-entries.js';
import { chainHeadRef } from './write-audit.js';

/**
 * `auditAction`: checks an audit chain (a report's, an organisation's, a user's) end to end and
 * says whether it is intact or where it breaks. Admins and the Secretariat.
 */
export async function handleAuditAction(request: CallableRequest<unknown>) {
  const actor = await requireActor(request);
  if (!['admin', 'staff', 'commissioner'].includes(actor.role)) {
    throw refusal('AUDIT.NOT_ALLOWED');
  }
  const input = parseInput(auditActionInput, request.data);
  // The answer goes out through its schema, like every callable's.
  return actionResult('auditAction', auditActionResults, input.action, await verify(input.chain));
}

async function verify(chain: string) {
  const parsed = await readAuditChain(chain);
  const head = (await chainHeadRef(chain).get()).data();
  const verdict = await verifyAuditChain(parsed);
  // Removing the newest entries leaves a shorter chain that is still consistent; the head says how long it must be.
  if (verdict.intact && head && head.sequence !== verdict.length) {
    return { chain, intact: false, sequence: verdict.length + 1, reason: 'truncated' };
  }
  return { chain, ...verdict };
}
