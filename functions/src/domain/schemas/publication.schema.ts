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
import { findIdentityNumbers } from '../personal-data/identity-numbers.js';
import {
  FINDING_HINTS,
  PERSONAL_DATA_KINDS,
  PERSONAL_DATA_LABELS,
  type FindingHint,
  type PersonalDataKind,
} from '../personal-data/kinds.js';
import { MAX_SEARCH_KEYS } from '../search/search-keys.js';
import { PUBLICATION_STATUSES } from '../workflows/publication.workflow.js';

/** A report's outcome, a proposal and its fate, a council meeting's minutes, news of NGO work. */
export const PUBLICATION_KINDS = [
  'report_outcome',
  'proposal',
  'meeting_minutes',
  'ngo_activity',
] as const;
export type PublicationKind = (typeof PUBLICATION_KINDS)[number];

export const PUBLICATION_TEXT_FIELDS = [
  'title.uk',
  'title.en',
  'summary.uk',
  'summary.en',
  'body.uk',
  'body.en',
] as const;
export type PublicationTextField = (typeof PUBLICATION_TEXT_FIELDS)[number];

/**
 * A flag of the personal-data check that staff marked as not personal data, with a reason
 * (publications/redaction-decisions.ts).
 */
export const notPersonalDecisionSchema = z.strictObject({
  /** Which text of a publication the flag is in. */
  field: z.enum(PUBLICATION_TEXT_FIELDS),
  flagId: z.string().min(1).max(200),
  kind: z.enum(PERSONAL_DATA_KINDS),
  /** The flagged text when it was decided: the decision holds only while the text is the same. */
  text: z.string().min(1).max(500),
  scope: z.enum(['occurrence', 'text']),
  reason: z.string().trim().min(3, 'Поясніть, чому це не персональні дані').max(500),
  decidedBy: z.string().min(1),
  decidedAt: z.iso.datetime(),
});
export type NotPersonalDecision = z.infer<typeof notPersonalDecisionSchema>;

const localised = (min: number, max: number, what: string) =>
  z.object({ uk: text(min, max, what), en: optionalText(max, what) });

const tags = {
  regionCodes: z.array(regionCodeSchema).max(27),
  areas: z.array(areaCodeSchema).max(4),
  rights: z.array(rightCodeSchema).max(30),
};

/**
 * An open flag of the personal-data check, as the last save found it: what the editor shows
 * inline, to redact or mark as not personal. Drafts are the Secretariat's only (rules).
 */
export const storedFlagSchema = z.strictObject({
  field: z.enum(PUBLICATION_TEXT_FIELDS),
  id: z.string().min(1).max(200),
  kind: z.enum(PERSONAL_DATA_KINDS),
  index: z.int().min(0),
  length: z.int().min(1),
  text: z.string().min(1).max(500),
  hint: z.enum(Object.keys(FINDING_HINTS) as [FindingHint, ...FindingHint[]]).optional(),
});
export type StoredFlag = z.infer<typeof storedFlagSchema>;

/** The NGO's consent to publishing a report's outcome, recorded on the report (`reports/{id}`). */
export const publicationConsentSchema = z.strictObject({
  given: z.boolean(),
  /** Who answered: the member who filed the report, or later whoever of the NGO changed it. */
  by: uidSchema,
  at: timestampSchema,
});
export type PublicationConsent = z.infer<typeof publicationConsentSchema>;

/** `publicationDrafts/{draftId}`: what staff prepare; not public. */
export const publicationDraftSchema = z.object({
  kind: z.enum(PUBLICATION_KINDS),
  /** The report, proposal or meeting it is prepared from. */
  sourceId: idSchema.optional(),
  sourceNumber: z.string().max(30).optional(),
  /** The organisation concerned (the report's, or the one that sent the note): it is told of each step. */
  orgId: idSchema.optional(),
  /** The open flags of the personal-data check after the last save. */
  flags: z.array(storedFlagSchema).max(2000).default([]),
  status: z.enum(PUBLICATION_STATUSES),
  title: localised(5, 300, 'Заголовок'),
  summary: localised(10, 1000, 'Короткий зміст'),
  body: localised(10, 100_000, 'Текст'),
  ...tags,
  attachmentIds: z.array(idSchema).max(20),
  /** Flags of the personal-data check that staff marked as not personal, with reasons. */
  notPersonal: z.array(notPersonalDecisionSchema).max(1000).default([]),
  approvedBy: uidSchema.optional(),
  approvedAt: timestampSchema.optional(),
  reviewComment: optionalText(5000, 'Коментар'),
  submittedBy: uidSchema.optional(),
  /** When the public record `publications/{draftId}` was written. */
  publishedAt: timestampSchema.optional(),
  /** Why the trigger could not publish an approved draft (an error catalogue code). */
  publishFailure: z.strictObject({ code: z.string(), at: timestampSchema }).optional(),
  retractedBy: uidSchema.optional(),
  retractedAt: timestampSchema.optional(),
  ...auditedFields,
});
export type PublicationDraft = z.infer<typeof publicationDraftSchema>;

/**
 * Kinds of personal data that are never legitimately public, so the public schema itself
 * refuses them whatever staff decided. Phones, emails, addresses, dates and names can be
 * public (the Commissioner's hotline, an office address, a date in history) and are governed
 * by the flag decisions that approval and `buildPublicRecord` require.
 */
export const NEVER_PUBLIC_KINDS: readonly PersonalDataKind[] = [
  'tax_number',
  'passport',
  'bank_card',
  'bank_account',
];

const publicText = (max: number) =>
  z
    .string()
    .max(max)
    .superRefine((value, ctx) => {
      // The identity numbers alone: the schema stays light (no phone library) for every reader.
      for (const finding of findIdentityNumbers(value)) {
        if (!NEVER_PUBLIC_KINDS.includes(finding.kind)) continue;
        ctx.addIssue({
          code: 'custom',
          message: `Публічний текст містить персональні дані: ${PERSONAL_DATA_LABELS[finding.kind].uk}`,
        });
      }
    });

const publicLocalised = (max: number) =>
  z.strictObject({ uk: publicText(max).pipe(z.string().min(1)), en: publicText(max).optional() });

export const publicAttachmentSchema = z.strictObject({
  name: z.string().max(255),
  url: z.string().startsWith('/'),
  contentType: z.enum(['application/pdf', 'image/jpeg', 'image/png', 'image/webp']),
  size: z.int().min(0),
  sha256: z.string().regex(/^[0-9a-f]{64}$/),
});
export type PublicAttachment = z.infer<typeof publicAttachmentSchema>;

/**
 * `publications/{publicationId}`: public. Strict at every level, so that no field beyond these
 * can reach the public; no field holds a person (no author, no uid, no organisation contact).
 * `searchKeys` is the search index (search/search-keys.ts); the server reads listings with a
 * field mask, so the keys are never sent to a page.
 */
export const publicationSchema = z
  .strictObject({
    kind: z.enum(PUBLICATION_KINDS),
    title: publicLocalised(300),
    summary: publicLocalised(1000),
    body: publicLocalised(100_000),
    ...tags,
    year: z.int().min(2000).max(2100),
    sourceNumber: z.string().max(30).optional(),
    attachments: z.array(publicAttachmentSchema).max(20),
    searchKeys: z.array(z.string().min(1).max(80)).max(MAX_SEARCH_KEYS),
    status: z.enum(['published', 'retracted']),
    retraction: z.strictObject({ note: publicLocalised(2000), at: timestampSchema }).optional(),
    publishedAt: timestampSchema,
    updatedAt: timestampSchema,
  })
  .refine((record) => (record.status === 'retracted') === (record.retraction !== undefined), {
    message: 'Відкликаний запис має примітку про відкликання, а чинний — не має',
    path: ['retraction'],
  });
export type Publication = z.infer<typeof publicationSchema>;
