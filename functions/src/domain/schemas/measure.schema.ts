import { z } from 'zod';
import { measureTypeSchema } from '../catalogues/catalogue-schemas.js';
import {
  idSchema,
  isoDateSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';

/** What staff type when they record a measure taken on a report. */
export const measureInputSchema = z.object({
  type: measureTypeSchema,
  date: isoDateSchema,
  addressee: text(2, 300, 'Адресат'),
  outgoingNumber: optionalText(100, 'Вихідний номер'),
  result: optionalText(5000, 'Результат'),
  documentAttachmentId: idSchema.optional(),
});
export type MeasureInput = z.infer<typeof measureInputSchema>;

/** `reports/{reportId}/measures/{measureId}`: written by the server, read by the NGO. */
export const measureSchema = measureInputSchema.extend({
  orgId: idSchema,
  recordedBy: uidSchema,
  createdAt: timestampSchema,
});
export type Measure = z.infer<typeof measureSchema>;
