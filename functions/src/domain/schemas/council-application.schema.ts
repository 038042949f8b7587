import { z } from 'zod';
import { idSchema, optionalText, text, timestampSchema, uidSchema } from '../fields.js';

export const APPLICATION_STATUSES = ['pending', 'accepted', 'declined'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

/** What a member of a verified NGO writes to join an Expert Council. */
export const councilApplicationInputSchema = z.object({
  motivation: text(20, 2000, 'Чому ви хочете долучитися до ради'),
});

/**
 * `councils/{councilId}/applications/{applicationId}`: an application to join an Expert
 * Council, decided by its chair or the Secretariat. Kept after the decision. Written only by
 * the server; read by the applicant, the chair and the Secretariat.
 */
export const councilApplicationSchema = councilApplicationInputSchema
  .extend({
    uid: uidSchema,
    displayName: text(2, 200, 'Ім’я'),
    orgId: idSchema,
    orgName: text(2, 300, 'Назва організації'),
    status: z.enum(APPLICATION_STATUSES),
    decidedBy: uidSchema.optional(),
    decidedAt: timestampSchema.optional(),
    declineReason: optionalText(2000, 'Причина відмови'),
    createdAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((a) => (a.status === 'pending') === (a.decidedAt === undefined), {
    message: 'Рішення за заявою має дату, а заява без рішення — ні',
    path: ['decidedAt'],
  });
export type CouncilApplication = z.infer<typeof councilApplicationSchema>;
