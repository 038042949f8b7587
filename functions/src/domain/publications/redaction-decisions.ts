import { domainError, fail, ok, type Result } from '../errors.js';
import { findPersonalData, redactPersonalData, type PersonalDataFinding } from '../redaction.js';
import {
  notPersonalDecisionSchema,
  type NotPersonalDecision,
} from '../schemas/publication.schema.js';
import { foldWord } from '../text/ukrainian-text.js';

/**
 * What staff decide about each flag of the personal-data check. Redacting replaces the text
 * with «[приховано]», so the flag disappears from the next check by itself and only the audit
 * keeps the decision. Marking a flag "not personal" needs a reason and is kept on the draft:
 * for that one occurrence (its stable id) or for every occurrence of the same text (a public
 * hotline number, a surname that is also a trade word). Every save re-runs the check;
 * `openFlags` keeps the decisions that still match a flag and drops the rest, so an edit that
 * changes a flagged text reopens it. Approval is refused while a flag is open.
 */
export interface FlagCheckOptions {
  knownNames: readonly string[];
  referenceYear?: number;
}

export interface FlagReview {
  open: PersonalDataFinding[];
  resolved: { flag: PersonalDataFinding; decision: NotPersonalDecision }[];
  /** Decisions that still apply: what the draft keeps. */
  kept: NotPersonalDecision[];
  /** Decisions whose flag is gone (redacted or edited away). */
  dropped: NotPersonalDecision[];
}

const same = (a: string, b: string) => foldWord(a).trim() === foldWord(b).trim();

function covers(decision: NotPersonalDecision, flag: PersonalDataFinding): boolean {
  if (decision.kind !== flag.kind || !same(decision.text, flag.text)) return false;
  return decision.scope === 'text' || decision.flagId === flag.id;
}

/** The flags of a text that no decision covers, after any edit. */
export function openFlags(
  text: string,
  knownNames: readonly string[],
  decisions: readonly NotPersonalDecision[],
  options: Omit<FlagCheckOptions, 'knownNames'> = {},
): FlagReview {
  const flags = findPersonalData(text, { ...options, knownNames });
  const review: FlagReview = { open: [], resolved: [], kept: [], dropped: [] };
  const used = new Set<NotPersonalDecision>();
  for (const flag of flags) {
    const decision = decisions.find((d) => covers(d, flag));
    if (decision) {
      review.resolved.push({ flag, decision });
      used.add(decision);
    } else review.open.push(flag);
  }
  for (const decision of decisions)
    (used.has(decision) ? review.kept : review.dropped).push(decision);
  return review;
}

const flagNotFound = () => domainError('PUBLICATION.FLAG_NOT_FOUND');

/** Replaces one flag, found afresh in the current text, with «[приховано]». */
export function redactFlag(
  text: string,
  flagId: string,
  options: FlagCheckOptions,
): Result<{ text: string; flag: PersonalDataFinding }> {
  const flag = findPersonalData(text, options).find((f) => f.id === flagId);
  if (!flag) return fail(flagNotFound());
  return ok({ text: redactPersonalData(text, [flag]), flag });
}

/** Records that a flag is not personal data, with a reason; the flag must still be there. */
export function markNotPersonal(
  text: string,
  decisions: readonly NotPersonalDecision[],
  input: Pick<
    NotPersonalDecision,
    'field' | 'flagId' | 'scope' | 'reason' | 'decidedBy' | 'decidedAt'
  >,
  options: FlagCheckOptions,
): Result<NotPersonalDecision[]> {
  const flag = findPersonalData(text, options).find((f) => f.id === input.flagId);
  if (!flag) return fail(flagNotFound());
  const parsed = notPersonalDecisionSchema.safeParse({
    ...input,
    kind: flag.kind,
    text: flag.text,
  });
  if (!parsed.success) return fail(domainError('PUBLICATION.REASON_REQUIRED'));
  const others = decisions.filter((d) => d.field !== input.field || d.flagId !== input.flagId);
  return ok([...others, parsed.data]);
}
