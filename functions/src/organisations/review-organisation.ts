import { FieldValue } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { orgActionInput, profileUpdateSchema } from '../domain/actions/org-action.schema.js';
import { readRecipients } from '../notifications/notify.js';
import { coordinatorsOf, organisationMembers, uidsWithRole } from '../notifications/recipients.js';
import type { Caller } from '../shared/callable-errors.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import { runWorkflowAction } from '../shared/workflow-action/run-workflow-action.js';
import { organisationAdapter } from './organisation-adapter.js';
import { actorOf } from './org-context.js';

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
  const actor = actorOf(caller);
  const stamp = Date.now();
  const { step } = await runWorkflowAction(firestorePort, organisationAdapter, actor, input.orgId, {
    action: input.action,
    read: async (tx, org) => {
      const regionCode =
        input.action === 'resubmit' ? input.organisation.regionCode : org.data.regionCode;
      const recipients =
        input.action === 'resubmit'
          ? await readRecipients(tx, [
              ...(await uidsWithRole(tx, 'staff')),
              ...(await coordinatorsOf(tx, regionCode)),
            ])
          : await readRecipients(tx, await organisationMembers(tx, input.orgId));
      const name = input.action === 'resubmit' ? input.organisation.shortName : org.data.shortName;
      return { regionCode, recipients, name };
    },
    changes: () => {
      if (input.action === 'verify') {
        return {
          verifiedAt: FieldValue.serverTimestamp(),
          verifiedBy: caller.uid,
          statusReason: FieldValue.delete(),
        };
      }
      if (input.action === 'reject') return { statusReason: input.reason };
      return { ...profileChanges(input.organisation), statusReason: FieldValue.delete() };
    },
    audit: () => (input.action === 'reject' ? { reason: input.reason } : {}),
    notices: (_org, { recipients, name, regionCode }) => [
      { to: recipients, notice: reviewNotice(input, name, regionCode, stamp) },
    ],
  });
  return { orgId: input.orgId, status: step.to };
}

function reviewNotice(input: ReviewInput, name: string, regionCode: string, stamp: number) {
  const orgId = input.orgId;
  if (input.action === 'verify') {
    return {
      event: `organisation.verified:${orgId}`,
      template: 'organisation.verified' as const,
      data: { orgId, name },
      link: '/app/',
    };
  }
  if (input.action === 'reject') {
    return {
      event: `organisation.rejected:${orgId}:${stamp}`,
      template: 'organisation.rejected' as const,
      data: { orgId, name, reason: input.reason },
      link: '/app/organisation',
    };
  }
  return {
    event: `organisation.resubmitted:${orgId}:${stamp}`,
    template: 'organisation.submitted' as const,
    data: { orgId, name, regionCode },
    link: `/app/organisations/${orgId}`,
  };
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
