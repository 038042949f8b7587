import { domainError, fail, ok, type Result } from '../errors.js';
import type { PersonalDataFinding } from '../redaction.js';
import {
  PUBLICATION_TEXT_FIELDS,
  type NotPersonalDecision,
  type PublicationTextField,
} from '../schemas/publication.schema.js';
import { openFlags, type FlagCheckOptions } from './redaction-decisions.js';

/** The texts of a publication that go public, each checked on its own. */
export interface PublicationTexts {
  title: { uk: string; en?: string | undefined };
  summary: { uk: string; en?: string | undefined };
  body: { uk: string; en?: string | undefined };
}

export interface PublicationFlag extends PersonalDataFinding {
  field: PublicationTextField;
}

export interface PublicationReview {
  open: PublicationFlag[];
  resolvedCount: number;
  kept: NotPersonalDecision[];
  dropped: NotPersonalDecision[];
}

export function textOf(texts: PublicationTexts, field: PublicationTextField): string {
  const [part, language] = field.split('.') as [keyof PublicationTexts, 'uk' | 'en'];
  return texts[part][language] ?? '';
}

/** The personal-data check over every public text of a publication, after each save. */
export function reviewPublication(
  texts: PublicationTexts,
  decisions: readonly NotPersonalDecision[],
  options: FlagCheckOptions,
): PublicationReview {
  const review: PublicationReview = { open: [], resolvedCount: 0, kept: [], dropped: [] };
  for (const field of PUBLICATION_TEXT_FIELDS) {
    const mine = decisions.filter((d) => d.field === field);
    const { knownNames, ...rest } = options;
    const result = openFlags(textOf(texts, field), knownNames, mine, rest);
    review.open.push(...result.open.map((flag) => ({ ...flag, field })));
    review.resolvedCount += result.resolved.length;
    review.kept.push(...result.kept);
    review.dropped.push(...result.dropped);
  }
  return review;
}

/** Approval is refused while any flag is open. */
export function approvalCheck(
  texts: PublicationTexts,
  decisions: readonly NotPersonalDecision[],
  options: FlagCheckOptions,
): Result<PublicationReview> {
  const review = reviewPublication(texts, decisions, options);
  if (review.open.length === 0) return ok(review);
  return fail(domainError('PUBLICATION.OPEN_PERSONAL_DATA_FLAGS', { open: review.open.length }));
}
