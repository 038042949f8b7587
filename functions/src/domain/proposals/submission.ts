import type { Bilingual } from '../errors/error-entry.js';
import {
  PROPOSAL_CONTENT_KEYS,
  proposalContentSchema,
  type ProposalContent,
} from '../schemas/proposal-content.schema.js';
import type { ProposalDraft } from '../schemas/proposal-draft.schema.js';
import { domainError, fail, ok, type Result } from '../errors.js';

/** The content fields by name, in both languages, as a refusal lists what is missing. */
export const PROPOSAL_CONTENT_LABELS: Record<keyof ProposalContent, Bilingual> = {
  title: { uk: 'назву', en: 'the title' },
  draftLawTitle: { uk: 'назву проєкту закону', en: 'the draft law’s title' },
  problem: { uk: 'проблему', en: 'the problem' },
  legalActs: { uk: 'акти законодавства', en: 'the legal acts' },
  internationalStandards: { uk: 'міжнародні стандарти', en: 'the international standards' },
  caseLaw: { uk: 'практику', en: 'the case law' },
  justification: { uk: 'обґрунтування', en: 'the justification' },
  expectedEffect: { uk: 'очікуваний результат', en: 'the expected effect' },
  comparativeTable: { uk: 'порівняльну таблицю', en: 'the comparative table' },
  rights: { uk: 'права', en: 'the rights' },
  attachmentIds: { uk: 'файли', en: 'the files' },
};

/** Lists a draft may leave out: they are empty on submission. */
const EMPTY_LISTS = { caseLaw: [], rights: [], attachmentIds: [] } as const;

/**
 * The content a draft submits, whole: every field valid, or a refusal naming the fields still
 * to complete (PROPOSAL.INCOMPLETE). Pure, for the callable and the editor's check alike.
 */
export function submissionContent(draft: Partial<ProposalDraft>): Result<ProposalContent> {
  const picked = Object.fromEntries(
    PROPOSAL_CONTENT_KEYS.filter((key) => draft[key] !== undefined).map((key) => [key, draft[key]]),
  );
  const parsed = proposalContentSchema.safeParse({ ...EMPTY_LISTS, ...picked });
  if (parsed.success) return ok(parsed.data);
  const keys = [
    ...new Set(parsed.error.issues.map((issue) => issue.path[0] as keyof ProposalContent)),
  ].filter((key) => key in PROPOSAL_CONTENT_LABELS);
  const labels = keys.map((key) => PROPOSAL_CONTENT_LABELS[key]);
  return fail(
    domainError('PROPOSAL.INCOMPLETE', {
      fields: {
        uk: labels.map((l) => l.uk).join(', '),
        en: labels.map((l) => l.en).join(', '),
      },
    }),
  );
}
