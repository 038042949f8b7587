import { z } from 'zod';
import {
  auditedFields,
  emailSchema,
  idSchema,
  isoDateSchema,
  optionalText,
  text,
  uidSchema,
} from '../fields.js';

export const COUNCIL_ROLES = ['chair', 'secretary', 'member'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];

export const COUNCIL_ROLE_LABELS: Record<CouncilRole, { uk: string; en: string }> = {
  chair: { uk: 'Голова', en: 'Chair' },
  secretary: { uk: 'Секретар', en: 'Secretary' },
  member: { uk: 'Член ради', en: 'Member' },
};

/** What administrators enter to add a member or change a membership. */
export const councilMembershipInputSchema = z
  .object({
    uid: uidSchema,
    role: z.enum(COUNCIL_ROLES, { error: 'Оберіть роль у раді' }),
    from: isoDateSchema,
    to: isoDateSchema.optional(),
  })
  .refine((m) => !m.to || m.to >= m.from, {
    message: 'Членство не може закінчитися раніше, ніж почалося',
    path: ['to'],
  });

/**
 * `councils/{councilId}/members/{membershipId}`: one period of a person's membership, with
 * their organisation and role. Dates are Kyiv calendar days, `to` inclusive. The current
 * membership's id is the person's uid (what the rules look up); an ended one is kept under
 * `{uid}__{from}` as history (see councils/memberships.ts). Visible to council members, the
 * Secretariat and administrators; written only by the server.
 */
export const councilMembershipSchema = z
  .object({
    uid: uidSchema,
    displayName: text(2, 200, 'Ім’я'),
    email: emailSchema,
    orgId: idSchema.optional(),
    orgName: text(2, 300, 'Назва організації').optional(),
    role: z.enum(COUNCIL_ROLES),
    from: isoDateSchema,
    to: isoDateSchema.optional(),
    endReason: optionalText(1000, 'Причина припинення членства'),
    endedBy: uidSchema.optional(),
    ...auditedFields,
  })
  .refine((m) => !m.to || m.to >= m.from, {
    message: 'Членство не може закінчитися раніше, ніж почалося',
    path: ['to'],
  });
export type CouncilMembership = z.infer<typeof councilMembershipSchema>;
