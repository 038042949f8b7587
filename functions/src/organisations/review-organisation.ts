import { FieldValue } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { orgActionInput, profileUpdateSchema } from '../domain/actions/org-action.schema.js';
import { transition } from '../domain/workflows/workflow.js';
import {
  organisationWorkflow,
  type OrganisationStatus,
} from '../domain/workflows/organisation.workflow.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { readRecipients, writeNotices } from '../notifications/notify.js';
import { coordinatorsOf, organisationMembers, uidsWithRole } from '../notifications/recipients.js';
import type { Caller } from '../shared/callable-errors.js';
import { toHttpsError, refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import { actorOf, orgChain } from './org-context.js';

type ReviewInput = Extract<
  z.infer<typeof orgActionInput>,
  { action: 'verify' | 'reject' | 'resubmit' }
>;

/**
 * The Secretariat (or an admin) verifies a pending organisation or rejects it with a reason;
 * the lead of a rejected one corrects it and resubmits. The workflow decides who may do what;
 * every step is audited and the organisation's members (or, on resubmission, the reviewers)
 * are told.
 */
export async function reviewOrganisation(caller: Caller, input: ReviewInput) {
  const orgRef = db().doc(`organisations/${input.orgId}`);
  const actor = actorOf(caller);
  return db().runTransaction(async (tx) => {
    const org = await tx.get(orgRef);
    if (!org.exists) throw refusal('ORG.NOT_FOUND');
    const step = transition(
      organisationWorkflow,
      { status: org.get('status') as OrganisationStatus, ownerOrgIds: [input.orgId] },
      input.action,
      actor,
    );
    if (!step.ok) throw toHttpsError(step.error);

    const regionCode = String(
      input.action === 'resubmit' ? input.organisation.regionCode : org.get('regionCode'),
    );
    const recipients =
      input.action === 'resubmit'
        ? await readRecipients(tx, [
            ...(await uidsWithRole(tx, 'staff')),
            ...(await coordinatorsOf(tx, regionCode)),
          ])
        : await readRecipients(tx, await organisationMembers(tx, input.orgId));
    const head = await readAuditHead(tx, orgChain(input.orgId));
    await takeMailingUnit(tx, caller.uid);

    const now = FieldValue.serverTimestamp();
    const changes: Record<string, unknown> = { status: step.value.to, updatedAt: now };
    if (input.action === 'verify')
      Object.assign(changes, {
        verifiedAt: now,
        verifiedBy: caller.uid,
        statusReason: FieldValue.delete(),
      });
    if (input.action === 'reject') changes.statusReason = input.reason;
    if (input.action === 'resubmit')
      Object.assign(changes, profileChanges(input.organisation), {
        statusReason: FieldValue.delete(),
      });
    tx.update(orgRef, changes);

    await appendAudit(tx, head, {
      chain: orgChain(input.orgId),
      actor: { uid: caller.uid, role: actor.role },
      action: `organisation.${step.value.action === 'verify' ? 'verified' : step.value.action === 'reject' ? 'rejected' : 'resubmitted'}`,
      target: { type: 'organisation', id: input.orgId },
      details: {
        from: step.value.from,
        to: step.value.to,
        ...(input.action === 'reject' ? { reason: input.reason } : {}),
      },
    });

    const name = String(
      input.action === 'resubmit' ? input.organisation.shortName : org.get('shortName'),
    );
    const stamp = Date.now();
    if (input.action === 'verify') {
      writeNotices(tx, recipients, {
        event: `organisation.verified:${input.orgId}`,
        template: 'organisation.verified',
        data: { orgId: input.orgId, name },
        link: '/app/',
      });
    } else if (input.action === 'reject') {
      writeNotices(tx, recipients, {
        event: `organisation.rejected:${input.orgId}:${stamp}`,
        template: 'organisation.rejected',
        data: { orgId: input.orgId, name, reason: input.reason },
        link: '/app/organisation',
      });
    } else {
      writeNotices(tx, recipients, {
        event: `organisation.resubmitted:${input.orgId}:${stamp}`,
        template: 'organisation.submitted',
        data: { orgId: input.orgId, name, regionCode },
        link: `/app/organisations/${input.orgId}`,
      });
    }
    return { orgId: input.orgId, status: step.value.to };
  });
}

/** Profile fields as written: optional ones the person cleared are removed. */
export function profileChanges(
  profile: z.infer<typeof profileUpdateSchema>,
): Record<string, unknown> {
  return {
    ...profile,
    website: profile.website ?? FieldValue.delete(),
    publicPhone: profile.publicPhone ?? FieldValue.delete(),
  };
}
