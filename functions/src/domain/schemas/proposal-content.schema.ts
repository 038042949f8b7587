import { z } from 'zod';
import { rightCodeSchema } from '../catalogues/catalogue-schemas.js';
import { internationalStandardSchema } from '../catalogues/instruments/international-standard.schema.js';
import { idSchema, itemKeySchema, text, validFields } from '../fields.js';
import { legalActNumberSchema } from '../proposals/legal-act-number.js';
import { comparativeRowDraftSchema, comparativeTableSchema } from './comparative-table.schema.js';

/** A legal act the proposal would change: `2341-III`, with the articles concerned. */
export const legalActSchema = z.object({
  key: itemKeySchema,
  title: text(3, 500, 'Назва акта'),
  number: legalActNumberSchema.optional(),
  articles: text(1, 500, 'Статті, яких стосується пропозиція'),
});
export type LegalAct = z.infer<typeof legalActSchema>;

const standardKey = (s: { instrument: string; article?: string | undefined }) =>
  `${s.instrument}#${s.article ?? ''}`;

/**
 * What the authors of a legislative proposal write, field by field. Each field is valid on its
 * own, so a draft keeps every field that is ready (see `proposalDraftContentSchema`).
 */
export const proposalContentFields = z.object({
  title: text(5, 300, 'Назва пропозиції'),
  /** The draft law the table belongs to: «Про внесення змін до … щодо …». */
  draftLawTitle: text(10, 500, 'Назва проєкту закону'),
  problem: text(30, 20_000, 'Проблема'),
  legalActs: z
    .array(legalActSchema)
    .min(1, 'Вкажіть хоча б один акт законодавства')
    .max(20, 'Не більше 20 актів законодавства'),
  internationalStandards: z
    .array(internationalStandardSchema)
    .min(1, 'Оберіть хоча б один міжнародний стандарт')
    .max(30, 'Не більше 30 міжнародних стандартів')
    .refine((list) => new Set(list.map(standardKey)).size === list.length, {
      message: 'Кожен міжнародний стандарт достатньо навести один раз',
    }),
  /** Case law cited as written, e.g. «Kharchenko v. Ukraine, no. 40107/02, 10 February 2011». */
  caseLaw: z.array(text(3, 500, 'Практика')).max(30, 'Не більше 30 рішень'),
  justification: text(30, 20_000, 'Обґрунтування'),
  expectedEffect: text(10, 10_000, 'Очікуваний результат'),
  comparativeTable: comparativeTableSchema,
  /** Rights concerned, for classification and the public filters. */
  rights: z.array(rightCodeSchema).max(10, 'Оберіть не більше 10 прав'),
  /** Files uploaded through `/api/uploads`. */
  attachmentIds: z.array(idSchema).max(20, 'Не більше 20 файлів'),
});

/** The rows refer to the proposal's legal acts, and to one of them when there are several. */
export function rowsNameTheirAct(
  content: { legalActs: LegalAct[]; comparativeTable: { actKey?: string | undefined }[] },
  ctx: z.RefinementCtx,
) {
  const keys = new Set(content.legalActs.map((act) => act.key));
  if (keys.size !== content.legalActs.length) {
    ctx.addIssue({
      code: 'custom',
      path: ['legalActs'],
      message: 'Акти законодавства повторюються',
    });
  }
  content.comparativeTable.forEach((row, index) => {
    if (row.actKey ? keys.has(row.actKey) : keys.size <= 1) return;
    ctx.addIssue({
      code: 'custom',
      path: ['comparativeTable', index, 'actKey'],
      message: 'Оберіть акт законодавства, до якого належить рядок',
    });
  });
}

/** The whole content, as it must be for submission. */
export const proposalContentSchema = proposalContentFields.superRefine(rowsNameTheirAct);
export type ProposalContent = z.infer<typeof proposalContentSchema>;

export const PROPOSAL_CONTENT_KEYS = Object.keys(
  proposalContentFields.shape,
) as (keyof ProposalContent)[];

/**
 * The content while it is being written: every field optional, lists without their minimum
 * and with items as half-typed as they may be, so that a draft keeps what the authors typed.
 */
export const proposalDraftContentSchema = z
  .object({
    ...proposalContentFields.shape,
    legalActs: z.array(legalActSchema.partial().extend({ key: itemKeySchema })).max(20),
    internationalStandards: z.array(internationalStandardSchema).max(30),
    caseLaw: z.array(z.string().trim().max(500)).max(30),
    comparativeTable: z.array(comparativeRowDraftSchema).max(200),
  })
  .partial();
export type ProposalDraftContent = z.infer<typeof proposalDraftContentSchema>;

/**
 * The fields of a half-written proposal that are valid already: what its draft keeps on the
 * server (the rest stays on the device until it is).
 */
export function validProposalDraftContent(input: Record<string, unknown>): ProposalDraftContent {
  return validFields(proposalDraftContentSchema.shape, input);
}
