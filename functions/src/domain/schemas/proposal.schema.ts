import { z } from 'zod';
import { areaCodeSchema } from '../catalogues/catalogue-schemas.js';
import {
  auditedFields,
  idSchema,
  isoDateSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';
import { PROPOSAL_STATUSES } from '../workflows/proposal.workflow.js';

/** What the authors of a legislative proposal write. */
export const proposalContentSchema = z.object({
  title: text(5, 300, 'Назва пропозиції'),
  legalAct: text(3, 500, 'Нормативно-правовий акт'),
  articles: text(1, 500, 'Статті, яких стосується пропозиція'),
  problem: text(30, 20_000, 'Проблема'),
  proposedWording: text(10, 50_000, 'Запропонована редакція'),
  internationalStandard: text(3, 1000, 'Міжнародний стандарт'),
  area: areaCodeSchema,
});
export type ProposalContent = z.infer<typeof proposalContentSchema>;

export const parliamentReferralSchema = z.object({
  outgoingNumber: text(1, 100, 'Вихідний номер'),
  sentOn: isoDateSchema,
  committee: text(3, 300, 'Комітет Верховної Ради'),
  result: z
    .object({
      billNumber: optionalText(50, 'Номер законопроєкту'),
      adopted: z.boolean().optional(),
      note: optionalText(5000, 'Примітка'),
    })
    .optional(),
});

/** `proposals/{proposalId}`. */
export const proposalSchema = proposalContentSchema.extend({
  councilId: idSchema,
  /** Co-authoring organisations; the first is the one that created the draft. */
  orgIds: z.array(idSchema).min(1),
  status: z.enum(PROPOSAL_STATUSES),
  number: z.string().optional(),
  meetingId: idSchema.optional(),
  councilComment: optionalText(5000, 'Коментар ради'),
  discussion: z
    .object({ meetingId: idSchema, summary: text(1, 20_000, 'Підсумок обговорення') })
    .optional(),
  decision: z
    .object({
      kind: z.enum(['recommended', 'rejected', 'returned_for_revision']),
      rationale: text(10, 10_000, 'Обґрунтування'),
      decidedBy: uidSchema,
      decidedAt: timestampSchema,
    })
    .optional(),
  parliament: parliamentReferralSchema.optional(),
  ...auditedFields,
});
export type Proposal = z.infer<typeof proposalSchema>;
