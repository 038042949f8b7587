import { z } from 'zod';
import { idSchema, isoDateSchema, optionalText } from '../fields.js';
import { billNumberSchema } from '../proposals/bill-number.js';
import { BILL_STAGES, LEGISLATIVE_OUTCOMES } from '../proposals/legislative-tracker.js';
import { recommendationInputSchema } from '../schemas/parliament.schema.js';

const onProposal = { proposalId: idSchema };

/**
 * Input of the `parliamentAction` callable, one variant per step after the Commissioner
 * recommends a proposal: staff (or the Commissioner) record the recommendation as sent; staff
 * then record the bill's stages (giving its number with the first) and the outcome, which
 * closes the proposal. The web forms validate with the same schemas.
 */
export const recordStageInputSchema = z.object({
  billNumber: billNumberSchema.optional(),
  stage: z.enum(BILL_STAGES, { error: 'Оберіть етап зі списку' }),
  date: isoDateSchema,
  note: optionalText(2000, 'Примітка'),
});
export type RecordStageInput = z.infer<typeof recordStageInputSchema>;

export const recordOutcomeInputSchema = z.object({
  outcome: z.enum(LEGISLATIVE_OUTCOMES, { error: 'Оберіть результат зі списку' }),
  note: optionalText(5000, 'Підсумок'),
});
export type RecordOutcomeInput = z.infer<typeof recordOutcomeInputSchema>;

export const parliamentActionInput = z.discriminatedUnion('action', [
  z.object({ action: z.literal('send'), ...onProposal, ...recommendationInputSchema.shape }),
  z.object({ action: z.literal('recordStage'), ...onProposal, ...recordStageInputSchema.shape }),
  z.object({
    action: z.literal('recordOutcome'),
    ...onProposal,
    ...recordOutcomeInputSchema.shape,
  }),
]);
export type ParliamentActionInput = z.infer<typeof parliamentActionInput>;
