import type { ComparativeRowKind } from '@domain/schemas/comparative-table.schema.js';
import {
  PROPOSAL_CONTENT_KEYS,
  validProposalDraftContent,
  type ProposalDraftContent,
} from '@domain/schemas/proposal-content.schema.js';
import type { ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';

/**
 * The proposal editor's values: what is typed, as strings and lists of strings, so that
 * nothing half-typed is lost; and the draft content made of them (the valid fields only, as
 * the draft keeps them). Pure, unit-tested.
 */
export interface ActValues {
  key: string;
  title: string;
  number: string;
  articles: string;
}
export interface StandardValues {
  instrument: string;
  article: string;
}
export interface RowValues {
  actKey: string;
  provision: string;
  kind: ComparativeRowKind;
  current: string;
  proposed: string;
  justification: string;
}
export interface EditorValues {
  title: string;
  draftLawTitle: string;
  problem: string;
  legalActs: ActValues[];
  internationalStandards: StandardValues[];
  caseLaw: string;
  justification: string;
  expectedEffect: string;
  comparativeTable: RowValues[];
}

export const emptyAct = (key: string): ActValues => ({ key, title: '', number: '', articles: '' });
export const emptyStandard = (): StandardValues => ({ instrument: '', article: '' });
export const emptyRow = (actKey = ''): RowValues => ({
  actKey,
  provision: '',
  kind: 'amend',
  current: '',
  proposed: '',
  justification: '',
});

const text = (value: unknown) => (typeof value === 'string' ? value : '');

/** The editor's values from a stored draft (every field may be missing). */
export function valuesOfDraft(draft: Partial<ProposalDraft> | null): EditorValues {
  const d = draft ?? {};
  return {
    title: text(d.title),
    draftLawTitle: text(d.draftLawTitle),
    problem: text(d.problem),
    legalActs: (d.legalActs ?? []).map((act) => ({
      key: act.key,
      title: text(act.title),
      number: text(act.number),
      articles: text(act.articles),
    })),
    internationalStandards: (d.internationalStandards ?? []).map((s) => ({
      instrument: s.instrument,
      article: text(s.article),
    })),
    caseLaw: (d.caseLaw ?? []).join('\n'),
    justification: text(d.justification),
    expectedEffect: text(d.expectedEffect),
    comparativeTable: (d.comparativeTable ?? []).map((row) => ({
      actKey: text(row.actKey),
      provision: text(row.provision),
      kind: row.kind ?? 'amend',
      current: text(row.current),
      proposed: text(row.proposed),
      justification: text(row.justification),
    })),
  };
}

const trimmed = (value: string) => value.trim() || undefined;

/** What the values say, in the content's shape, before any check. */
export function contentOfValues(values: EditorValues): Record<string, unknown> {
  const singleAct = values.legalActs.length === 1 ? values.legalActs[0]!.key : undefined;
  return {
    title: trimmed(values.title),
    draftLawTitle: trimmed(values.draftLawTitle),
    problem: trimmed(values.problem),
    legalActs: values.legalActs.map((act) => ({
      key: act.key,
      title: trimmed(act.title),
      number: trimmed(act.number),
      articles: trimmed(act.articles),
    })),
    internationalStandards: values.internationalStandards
      .filter((s) => s.instrument)
      .map((s) => ({ instrument: s.instrument, article: trimmed(s.article) })),
    caseLaw: values.caseLaw
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean),
    justification: trimmed(values.justification),
    expectedEffect: trimmed(values.expectedEffect),
    comparativeTable: values.comparativeTable.map((row) => ({
      actKey: trimmed(row.actKey) ?? singleAct,
      provision: trimmed(row.provision),
      kind: row.kind,
      // A new provision has no current wording, a deleted or unchanged one no proposed one.
      current: row.kind === 'insert' ? undefined : trimmed(row.current),
      proposed: row.kind === 'amend' || row.kind === 'insert' ? trimmed(row.proposed) : undefined,
      justification: trimmed(row.justification),
    })),
  };
}

/** The fields a draft keeps now: each valid on its own; the others are removed until they are. */
export function draftContentOf(values: EditorValues): ProposalDraftContent {
  return validProposalDraftContent(contentOfValues(values));
}

/** Every content key, for the autosave's write (a key not kept is deleted). */
export const DRAFT_KEYS: readonly string[] = PROPOSAL_CONTENT_KEYS.filter(
  (key) => key !== 'rights' && key !== 'attachmentIds',
);

/** A key for a new legal act, unlike those in use. */
export function nextActKey(acts: readonly ActValues[]): string {
  let n = acts.length + 1;
  while (acts.some((act) => act.key === `act${n}`)) n += 1;
  return `act${n}`;
}
