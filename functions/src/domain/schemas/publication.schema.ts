import { z } from 'zod';
import { areaCodeSchema } from '../catalogues/catalogue-schemas.js';
import { regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import { rightCodeSchema } from '../catalogues/catalogue-schemas.js';
import {
  auditedFields,
  idSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';
import { findPersonalData, PERSONAL_DATA_LABELS } from '../redaction.js';
import { PUBLICATION_STATUSES } from '../workflows/publication.workflow.js';

export const PUBLICATION_KINDS = ['report_outcome', 'proposal', 'meeting', 'news'] as const;

const localised = (min: number, max: number, what: string) =>
  z.object({ uk: text(min, max, what), en: optionalText(max, what) });

const tags = {
  regionCodes: z.array(regionCodeSchema).max(27),
  areas: z.array(areaCodeSchema).max(4),
  rights: z.array(rightCodeSchema).max(30),
};

/** `publicationDrafts/{draftId}`: what staff prepare; not public. */
export const publicationDraftSchema = z.object({
  kind: z.enum(PUBLICATION_KINDS),
  sourceId: idSchema.optional(),
  status: z.enum(PUBLICATION_STATUSES),
  title: localised(5, 300, 'Заголовок'),
  summary: localised(10, 1000, 'Короткий зміст'),
  body: localised(10, 100_000, 'Текст'),
  ...tags,
  attachmentIds: z.array(idSchema).max(20),
  approvedBy: uidSchema.optional(),
  approvedAt: timestampSchema.optional(),
  reviewComment: optionalText(5000, 'Коментар'),
  ...auditedFields,
});
export type PublicationDraft = z.infer<typeof publicationDraftSchema>;

const publicText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      for (const finding of findPersonalData(value)) {
        ctx.addIssue({
          code: 'custom',
          message: `Публічний текст містить персональні дані: ${PERSONAL_DATA_LABELS[finding.kind].uk}`,
        });
      }
    });

const publicLocalised = (max: number) =>
  z
    .object({ uk: publicText(max).pipe(z.string().min(1)), en: publicText(max).optional() })
    .strict();

/**
 * `publications/{publicationId}`: public. Strict, so that no field beyond these can reach
 * the public, and every text is checked for personal data before it is written.
 */
export const publicationSchema = z
  .object({
    kind: z.enum(PUBLICATION_KINDS),
    title: publicLocalised(300),
    summary: publicLocalised(1000),
    body: publicLocalised(100_000),
    ...tags,
    year: z.int().min(2000).max(2100),
    sourceNumber: z.string().max(30).optional(),
    attachments: z
      .array(
        z
          .object({
            name: z.string().max(255),
            url: z.string().startsWith('/'),
            contentType: z.string().max(100),
            size: z.int().min(0),
          })
          .strict(),
      )
      .max(20),
    status: z.enum(['published', 'retracted']),
    retraction: z
      .object({ note: publicLocalised(2000), at: timestampSchema })
      .strict()
      .optional(),
    publishedAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .strict();
export type Publication = z.infer<typeof publicationSchema>;
