import { z } from 'zod';
import { idSchema, uidSchema } from '../fields.js';
import type { ActionResults } from './action-results.js';
import type { orgActionInput } from './org-action.schema.js';

const orgId = idSchema;
const decided = z.object({ orgId, uid: uidSchema, status: z.enum(['approved', 'declined']) });

/** What each `orgAction` answers (docs/API.md). */
export const orgActionResults = {
  register: z.discriminatedUnion('outcome', [
    z.object({ orgId, outcome: z.literal('registered'), coordinatorNotified: z.boolean() }),
    z.object({ orgId, outcome: z.literal('join_requested') }),
  ]),
  verify: z.object({ orgId, status: z.literal('verified') }),
  reject: z.object({ orgId, status: z.literal('rejected') }),
  resubmit: z.object({ orgId, status: z.literal('pending') }),
  updateProfile: z.object({ orgId, changed: z.array(z.string()) }),
  /** `expiresAt`: an ISO time. */
  invite: z.object({ invitationId: idSchema, expiresAt: z.iso.datetime() }),
  revokeInvitation: z.object({ invitationId: idSchema, status: z.literal('revoked') }),
  acceptInvitation: z.object({ orgId }),
  approveJoinRequest: decided,
  declineJoinRequest: decided,
  removeMember: z.object({ orgId, uid: uidSchema, removed: z.literal(true) }),
  transferAdmin: z.object({ orgId, lead: uidSchema }),
} satisfies ActionResults<z.input<typeof orgActionInput>['action']>;
