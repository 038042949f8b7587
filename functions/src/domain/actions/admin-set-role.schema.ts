import { z } from 'zod';
import { regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import { emailSchema, idSchema, optionalText, uidSchema } from '../fields.js';
import { phoneSchema } from '../phone.js';
import { roleSchema } from '../roles.js';

/** Input of the `adminSetRole` callable: user administration, admin only. */
export const adminSetRoleInput = z.discriminatedUnion('action', [
  z.object({
    action: z.literal('setRole'),
    uid: uidSchema,
    role: roleSchema,
    orgId: idSchema.optional(),
    regions: z.array(regionCodeSchema).optional(),
    decisionAuthority: z.boolean().optional(),
  }),
  z.object({ action: z.literal('clearRole'), uid: uidSchema }),
  z.object({ action: z.literal('deactivate'), uid: uidSchema }),
  z.object({ action: z.literal('activate'), uid: uidSchema }),
  z.object({
    action: z.literal('updateCoordinatorListing'),
    uid: uidSchema,
    position: optionalText(200, 'Посада'),
    workEmail: emailSchema.optional(),
    workPhone: phoneSchema.optional(),
  }),
]);
export type AdminSetRoleInput = z.infer<typeof adminSetRoleInput>;
