import { FieldValue } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { orgActionInput } from '../domain/actions/org-action.schema.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import type { Caller } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { actorOf, orgChain, requireOrgLead } from './org-context.js';
import { readOrganisation } from './organisation-store.js';
import { profileChanges } from './review-organisation.js';
import { refusal } from '../shared/callable-errors.js';

type Input = Extract<z.infer<typeof orgActionInput>, { action: 'updateProfile' }>;

/**
 * The lead edits the organisation's profile. The EDRPOU code (its identity) never changes;
 * the audit entry keeps the previous values, so the Secretariat can see what a verified
 * organisation changed after verification.
 */
export async function updateOrganisationProfile(caller: Caller, input: Input) {
  requireOrgLead(caller, input.orgId);
  const orgRef = db().doc(`organisations/${input.orgId}`);
  return db().runTransaction(async (tx) => {
    const org = await readOrganisation(tx, input.orgId);
    if (!org) throw refusal('ORG.NOT_FOUND');
    // The stored profile by field name, read through `organisationSchema`.
    const stored: Record<string, unknown> = org.data;
    const head = await readAuditHead(tx, orgChain(input.orgId));
    const changed = Object.keys(input.organisation).filter(
      (key) =>
        JSON.stringify(stored[key]) !==
        JSON.stringify((input.organisation as Record<string, unknown>)[key]),
    );
    for (const optional of ['website', 'publicPhone'] as const) {
      if (stored[optional] !== undefined && input.organisation[optional] === undefined)
        changed.push(optional);
    }
    if (changed.length === 0) return { orgId: input.orgId, changed };
    tx.update(orgRef, {
      ...profileChanges(input.organisation),
      updatedAt: FieldValue.serverTimestamp(),
    });
    await appendAudit(tx, head, {
      chain: orgChain(input.orgId),
      actor: { uid: caller.uid, role: actorOf(caller).role },
      action: 'organisation.profile_updated',
      target: { type: 'organisation', id: input.orgId },
      details: {
        changed,
        before: Object.fromEntries(changed.map((key) => [key, stored[key] ?? null])),
      },
    });
    return { orgId: input.orgId, changed };
  });
}
