import { PROPOSAL_CONTENT_KEYS, type ProposalContent } from '../schemas/proposal-content.schema.js';
import { wordDiff, type WordDiff } from './word-diff.js';

/**
 * What changed between two versions of a proposal, so the council sees what the authors did
 * with the version it returned: the fields that differ, and a word diff of each text field.
 */
const TEXT_FIELDS = [
  'title',
  'draftLawTitle',
  'problem',
  'justification',
  'expectedEffect',
] as const;
type TextField = (typeof TEXT_FIELDS)[number];

/** JSON with object keys sorted, so that equal values compare equal whatever their key order. */
function canonical(value: unknown): string {
  return JSON.stringify(value, (_key, v: unknown) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.fromEntries(
          Object.entries(v as Record<string, unknown>).sort(([a], [b]) => a.localeCompare(b)),
        )
      : v,
  );
}

export interface VersionChanges {
  fields: (keyof ProposalContent)[];
  texts: Partial<Record<TextField, WordDiff>>;
}

export function versionChanges(before: ProposalContent, after: ProposalContent): VersionChanges {
  const fields = PROPOSAL_CONTENT_KEYS.filter(
    (key) => canonical(before[key]) !== canonical(after[key]),
  );
  const texts: Partial<Record<TextField, WordDiff>> = {};
  for (const field of TEXT_FIELDS) {
    if (fields.includes(field)) texts[field] = wordDiff(before[field], after[field]);
  }
  return { fields, texts };
}
