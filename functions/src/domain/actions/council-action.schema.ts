import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText, uidSchema } from '../fields.js';
import { councilApplicationInputSchema } from '../schemas/council-application.schema.js';
import { councilMembershipInputSchema } from '../schemas/council-membership.schema.js';
import { councilInputSchema } from '../schemas/council.schema.js';

/**
 * Input of the `councilAction` callable, one variant per action: administrators keep the
 * councils and their memberships; a member of a verified NGO applies to an Expert Council; its
 * chair or the Secretariat accept or decline. The web forms validate with the same schemas.
 */
export const councilActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('create'), council: councilInputSchema }),
  z.object({ action: z.literal('update'), councilId: idSchema, council: councilInputSchema }),
  z.object({
    action: z.literal('addMember'),
    councilId: idSchema,
    member: councilMembershipInputSchema,
  }),
  z.object({
    action: z.literal('endMembership'),
    councilId: idSchema,
    uid: uidSchema,
    to: isoDateSchema,
    reason: optionalText(1000, 'Причина припинення членства'),
  }),
  z.object({
    action: z.literal('apply'),
    councilId: idSchema,
    application: councilApplicationInputSchema,
  }),
  z.object({
    action: z.literal('acceptApplication'),
    councilId: idSchema,
    applicationId: idSchema,
  }),
  z.object({
    action: z.literal('declineApplication'),
    councilId: idSchema,
    applicationId: idSchema,
    reason: optionalText(2000, 'Причина відмови'),
  }),
]);
export type CouncilActionInput = z.infer<typeof councilActionInput>;
export type CouncilAction = CouncilActionInput['action'];
