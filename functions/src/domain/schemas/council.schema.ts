import { z } from 'zod';
import { areaCodeSchema, rightCodeSchema } from '../catalogues/catalogue-schemas.js';
import { instrumentCodeSchema } from '../catalogues/instruments/international-standard.schema.js';
import { auditedFields, bilingualText, idSchema, text } from '../fields.js';
import { DEFAULT_QUORUM, quorumRuleSchema } from '../meetings/quorum.js';

export const COUNCIL_KINDS = ['advisory', 'expert'] as const;
export type CouncilKind = (typeof COUNCIL_KINDS)[number];

/** What administrators enter about a council. */
export const councilInputSchema = z
  .object({
    kind: z.enum(COUNCIL_KINDS),
    name: bilingualText(3, 300, 'Назва ради'),
    description: bilingualText(10, 5000, 'Опис'),
    /** The area of cooperation the council works in (catalogues/areas). */
    theme: areaCodeSchema.optional(),
    /** Rights the council works on, for the public page and its filters. */
    rights: z.array(rightCodeSchema).max(10, 'Оберіть не більше 10 прав').default([]),
    /** International instruments the council works with. */
    instruments: z.array(instrumentCodeSchema).max(30).default([]),
    quorum: quorumRuleSchema.default(DEFAULT_QUORUM),
  })
  .refine((council) => council.kind === 'advisory' || council.theme, {
    message: 'Оберіть напрям, з якого працює експертна рада',
    path: ['theme'],
  });
export type CouncilInput = z.infer<typeof councilInputSchema>;

/**
 * `councils/{councilId}`: public. The Advisory Council and the Expert Councils, with what the
 * public page shows of their members: the organisations and the chair's name, no contacts.
 * `memberOrgs` and `chair` are kept by the server from the memberships.
 */
export const councilSchema = councilInputSchema.safeExtend({
  memberOrgs: z.array(z.object({ orgId: idSchema, name: text(2, 300, 'Назва організації') })),
  chair: z
    .object({
      displayName: text(2, 200, 'Ім’я'),
      orgName: text(2, 300, 'Назва організації').optional(),
    })
    .optional(),
  ...auditedFields,
});
export type Council = z.infer<typeof councilSchema>;
