import { z } from 'zod';
import { text, timestampSchema, uidSchema } from '../fields.js';

/**
 * `responseTemplates/{templateId}`: ready wording for common answers and measures, kept by
 * the Secretariat, so that informing an NGO takes a minute, not an hour.
 */
export const RESPONSE_TEMPLATE_KINDS = [
  'info_request',
  'decision',
  'decline',
  'measure',
  'close',
  'message',
] as const;

export const responseTemplateInputSchema = z.object({
  title: text(3, 200, 'Назва шаблону'),
  kind: z.enum(RESPONSE_TEMPLATE_KINDS),
  text: text(10, 10_000, 'Текст шаблону'),
});

export const responseTemplateSchema = responseTemplateInputSchema.extend({
  updatedBy: uidSchema,
  updatedAt: timestampSchema,
});
export type ResponseTemplate = z.infer<typeof responseTemplateSchema>;
