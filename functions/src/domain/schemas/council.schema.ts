import { z } from 'zod';
import { areaCodeSchema } from '../catalogues/catalogue-schemas.js';
import {
  emailSchema,
  idSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';

const bilingual = (min: number, max: number, what: string) =>
  z.object({ uk: text(min, max, what), en: optionalText(max, what) });

/**
 * `councils/{councilId}`: public. The Advisory Council and the Expert Councils, with their
 * member organisations (organisations are public; people are listed in `members`).
 */
export const councilSchema = z.object({
  kind: z.enum(['advisory', 'expert']),
  name: bilingual(3, 300, 'Назва ради'),
  description: bilingual(10, 5000, 'Опис'),
  area: areaCodeSchema.optional(),
  memberOrgs: z.array(z.object({ orgId: idSchema, name: text(2, 300, 'Назва організації') })),
  chairOrgId: idSchema.optional(),
  updatedAt: timestampSchema,
});
export type Council = z.infer<typeof councilSchema>;

/** `councils/{councilId}/members/{uid}`: people, visible to council members and the Secretariat. */
export const councilMemberSchema = z.object({
  uid: uidSchema,
  displayName: text(2, 200, 'Ім’я'),
  email: emailSchema,
  orgId: idSchema.optional(),
  role: z.enum(['chair', 'secretary', 'member']),
  joinedAt: timestampSchema,
});
export type CouncilMember = z.infer<typeof councilMemberSchema>;
