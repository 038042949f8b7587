import { domainError, fail, ok, type Result } from '../errors.js';
import { millisOf, type TimestampLike } from '../fields.js';
import { kyivYear } from '../kyiv-time.js';
import {
  publicationSchema,
  type PublicAttachment,
  type Publication,
  type PublicationDraft,
} from '../schemas/publication.schema.js';
import { searchKeysOf } from '../search/search-keys.js';
import { approvalCheck } from './publication-flags.js';

export interface PublicRecordInput {
  draft: Pick<
    PublicationDraft,
    | 'kind'
    | 'title'
    | 'summary'
    | 'body'
    | 'regionCodes'
    | 'areas'
    | 'rights'
    | 'sourceNumber'
    | 'notPersonal'
  >;
  /** Names from the source report's restricted part (victims, witnesses). */
  knownNames: readonly string[];
  /** For a report's outcome: the NGO's consent as recorded on the report. */
  consentToPublish?: boolean | undefined;
  /** The approved attachments, already stripped of metadata and copied under `public/`. */
  attachments: PublicAttachment[];
  publishedAt: Date | TimestampLike;
  referenceYear?: number;
}

const both = (value: { uk: string; en?: string | undefined }) =>
  value.en ? { uk: value.uk, en: value.en } : { uk: value.uk };

/**
 * The public record of an approved draft, through the strict public schema. Refused while a
 * personal-data flag is open, for a report's outcome without the NGO's consent, and when the
 * result does not pass the schema. Only named fields are copied: nothing of the draft's
 * workflow (authors, approvers, decisions, comments) can follow it.
 */
export function buildPublicRecord(input: PublicRecordInput): Result<Publication> {
  const { draft } = input;
  if (draft.kind === 'report_outcome' && input.consentToPublish !== true) {
    return fail(domainError('PUBLICATION.NO_CONSENT'));
  }
  const check = approvalCheck(draft, draft.notPersonal, {
    knownNames: input.knownNames,
    ...(input.referenceYear !== undefined ? { referenceYear: input.referenceYear } : {}),
  });
  if (!check.ok) return check;
  const record = {
    kind: draft.kind,
    title: both(draft.title),
    summary: both(draft.summary),
    body: both(draft.body),
    regionCodes: draft.regionCodes,
    areas: draft.areas,
    rights: draft.rights,
    year: kyivYear(new Date(millisOf(input.publishedAt))),
    ...(draft.sourceNumber ? { sourceNumber: draft.sourceNumber } : {}),
    attachments: input.attachments,
    searchKeys: searchKeysOf(draft),
    status: 'published' as const,
    publishedAt: input.publishedAt,
    updatedAt: input.publishedAt,
  };
  return parsedRecord(record);
}

/** The record withdrawn from the listings and the search, with a visible note and its date. */
export function retractPublicRecord(
  record: Publication,
  note: { uk: string; en?: string | undefined },
  at: Date | TimestampLike,
): Result<Publication> {
  return parsedRecord({
    ...record,
    status: 'retracted',
    searchKeys: [],
    retraction: { note: both(note), at },
    updatedAt: at,
  });
}

function parsedRecord(record: unknown): Result<Publication> {
  const parsed = publicationSchema.safeParse(record);
  if (parsed.success) return ok(parsed.data);
  const problems = parsed.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`).join('; ');
  return fail(domainError('PUBLICATION.INVALID_PUBLIC_RECORD', { problems }));
}
