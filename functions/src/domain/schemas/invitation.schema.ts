import { z } from 'zod';
import {
  emailSchema,
  idSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';

/**
 * `invitations/{tokenHash}`: an NGO lead's invitation to a person by email. The document id is
 * the SHA-256 of the token sent in the link, so the token itself is stored nowhere; it expires,
 * can be revoked, and is used once.
 */
export const invitationSchema = z.object({
  orgId: idSchema,
  orgName: z.string(),
  email: emailSchema,
  status: z.enum(['pending', 'accepted', 'revoked']),
  expiresAt: timestampSchema,
  invitedBy: uidSchema,
  invitedByName: z.string(),
  createdAt: timestampSchema,
  acceptedBy: uidSchema.optional(),
  acceptedAt: timestampSchema.optional(),
  revokedBy: uidSchema.optional(),
  revokedAt: timestampSchema.optional(),
});
export type Invitation = z.infer<typeof invitationSchema>;

/**
 * `organisations/{orgId}/joinRequests/{uid}`: someone registered an EDRPOU code that is
 * already in Spilno; the organisation's lead decides.
 */
export const joinRequestSchema = z.object({
  uid: uidSchema,
  displayName: text(2, 200, 'Ім’я'),
  email: emailSchema,
  position: optionalText(200, 'Посада'),
  status: z.enum(['pending', 'approved', 'declined']),
  /** How many times this person has asked this organisation (domain/membership.ts). */
  attempt: z.int().min(1).optional(),
  createdAt: timestampSchema,
  decidedBy: uidSchema.optional(),
  decidedAt: timestampSchema.optional(),
});
export type JoinRequest = z.infer<typeof joinRequestSchema>;
