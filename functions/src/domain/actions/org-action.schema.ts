import { z } from 'zod';
import { emailSchema, idSchema, optionalText, text, uidSchema } from '../fields.js';
import { organisationProfileSchema } from '../schemas/organisation.schema.js';

/**
 * Input of the `orgAction` callable, one variant per action. The web forms validate with the
 * same schemas, so a person sees the same messages before and after sending.
 */
const reason = text(10, 2000, 'Причина');

/** What a person says about themselves when they register or ask to join an organisation. */
export const applicantSchema = z.object({
  displayName: text(2, 200, 'Ім’я та прізвище'),
  position: optionalText(200, 'Посада в організації'),
});

export const registerOrganisationInput = z.object({
  action: z.literal('register'),
  organisation: organisationProfileSchema,
  applicant: applicantSchema,
});

export const profileUpdateSchema = organisationProfileSchema.omit({ edrpou: true });

export const orgActionInput = z.discriminatedUnion('action', [
  registerOrganisationInput,
  z.object({ action: z.literal('verify'), orgId: idSchema }),
  z.object({ action: z.literal('reject'), orgId: idSchema, reason }),
  z.object({ action: z.literal('resubmit'), orgId: idSchema, organisation: profileUpdateSchema }),
  z.object({
    action: z.literal('updateProfile'),
    orgId: idSchema,
    organisation: profileUpdateSchema,
  }),
  z.object({
    action: z.literal('invite'),
    orgId: idSchema,
    email: emailSchema,
    language: z.enum(['uk', 'en']).default('uk'),
  }),
  z.object({ action: z.literal('revokeInvitation'), orgId: idSchema, invitationId: idSchema }),
  z.object({
    action: z.literal('acceptInvitation'),
    token: z.string().min(20).max(200),
    applicant: applicantSchema,
  }),
  z.object({ action: z.literal('approveJoinRequest'), orgId: idSchema, uid: uidSchema }),
  z.object({ action: z.literal('declineJoinRequest'), orgId: idSchema, uid: uidSchema }),
  z.object({ action: z.literal('removeMember'), orgId: idSchema, uid: uidSchema }),
  z.object({ action: z.literal('transferAdmin'), orgId: idSchema, uid: uidSchema }),
]);
export type OrgActionInput = z.infer<typeof orgActionInput>;
export type OrgAction = OrgActionInput['action'];
