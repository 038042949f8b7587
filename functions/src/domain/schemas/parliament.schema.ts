import { z } from 'zod';
import { parliamentAddresseeSchema } from '../catalogues/catalogue-schemas.js';
import { isoDateSchema, optionalText, text, timestampSchema, uidSchema } from '../fields.js';
import { billNumberSchema } from '../proposals/bill-number.js';
import {
  BILL_STAGES,
  LEGISLATIVE_OUTCOMES,
  outcomeProblem,
  stageProblems,
} from '../proposals/legislative-tracker.js';

/** Outgoing numbers as Ukrainian offices write them: `01-12/3456`, `2/1.3-25`. */
export const outgoingNumberSchema = z
  .string({ error: 'Вкажіть вихідний номер' })
  .trim()
  .min(1, 'Вкажіть вихідний номер')
  .max(50, '«Вихідний номер»: не більше 50 символів')
  .regex(
    /^[\p{L}\p{N}][\p{L}\p{N}\-/.]*$/u,
    'Вихідний номер складається з цифр, літер, «-», «/» і «.»',
  );

/** What staff enter when the recommendation is sent (the letter's text they wrote or edited). */
export const recommendationInputSchema = z.object({
  outgoingNumber: outgoingNumberSchema,
  sentOn: isoDateSchema,
  addressee: parliamentAddresseeSchema,
  letterText: text(50, 20_000, 'Текст листа'),
});
export type RecommendationInput = z.infer<typeof recommendationInputSchema>;

/**
 * The recommendation to Parliament as sent: the addressee's name (as a letter names it) is
 * copied, so that a new convocation's committees never rewrite what was sent. The letter and
 * the comparative table are made as DOCX from what is stored here and from the proposal's
 * content, neither of which changes after the Commissioner's decision
 * (`/api/proposals/{id}/recommendation-letter.docx`, `…/comparative-table.docx`).
 */
export const recommendationSchema = recommendationInputSchema.extend({
  addresseeName: z.object({ uk: z.string().min(1), en: z.string().min(1) }),
  /** Who signs the letter: the Commissioner who decided, by name at the time. */
  signatoryName: z.string().trim().min(1).max(200),
  sentBy: uidSchema,
  recordedAt: timestampSchema,
});
export type Recommendation = z.infer<typeof recommendationSchema>;

export const billStageSchema = z.object({
  stage: z.enum(BILL_STAGES, { error: 'Оберіть етап зі списку' }),
  date: isoDateSchema,
  note: optionalText(2000, 'Примітка'),
});

/** The legislative tracker: the bill that carries the recommendation, its stages and the result. */
export const legislativeTrackerSchema = z
  .object({
    billNumber: billNumberSchema.optional(),
    stages: z.array(billStageSchema).max(20),
    outcome: z.enum(LEGISLATIVE_OUTCOMES, { error: 'Оберіть результат зі списку' }).optional(),
    outcomeNote: optionalText(5000, 'Підсумок'),
    /** The last reminder sent to staff while the outcome was open (Kyiv date). */
    lastReminderOn: isoDateSchema.optional(),
  })
  .superRefine((tracker, ctx) => {
    for (const { index, message } of stageProblems(tracker.stages)) {
      ctx.addIssue({ code: 'custom', path: ['stages', index], message });
    }
    if (tracker.stages.length > 0 && !tracker.billNumber) {
      ctx.addIssue({
        code: 'custom',
        path: ['billNumber'],
        message: 'Вкажіть номер законопроєкту, етапи якого записано',
      });
    }
    const problem = tracker.outcome && outcomeProblem(tracker.outcome, tracker.stages);
    if (problem) ctx.addIssue({ code: 'custom', path: ['outcome'], message: problem });
  });
export type LegislativeTracker = z.infer<typeof legislativeTrackerSchema>;
