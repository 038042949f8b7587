import type { NgoNote, PublicationContent } from '../actions/publication-action.schema.js';
import { domainError, fail, ok, type Result } from '../errors.js';
import type { Actor } from '../roles.js';
import type {
  NotPersonalDecision,
  PublicationDraft,
  PublicationTextField,
  StoredFlag,
} from '../schemas/publication.schema.js';
import { fileTypeOfContentType, type FileTypeId } from '../uploads/file-types.js';
import { publicationWorkflow } from '../workflows/publication.workflow.js';
import { reviewPublication, textOf, type PublicationTexts } from './publication-flags.js';
import { markNotPersonal, redactFlag, type FlagCheckOptions } from './redaction-decisions.js';

/**
 * What each step of `publicationAction` makes of a draft, purely: the callable reads the
 * draft and the source, asks these, and writes what they return with the audit entry.
 */

/** Who prepares publications: the roles the workflow lets edit a draft. */
export function mayPreparePublications(actor: Pick<Actor, 'role'>): boolean {
  return publicationWorkflow.actions.edit.allow[actor.role] !== undefined;
}

/** NGO members send notes about their organisation's work. */
export function maySendNote(actor: Pick<Actor, 'role' | 'orgId'>): boolean {
  return (actor.role === 'ngo_member' || actor.role === 'ngo_admin') && Boolean(actor.orgId);
}

/** A report's outcome can be published once it is decided (or closed after a decision). */
export const OUTCOME_STATUSES = ['decided', 'closed'] as const;

export interface CheckedContent {
  flags: StoredFlag[];
  notPersonal: NotPersonalDecision[];
  /** Decisions that no longer match a flag (their text was edited or redacted away). */
  dropped: NotPersonalDecision[];
}

/** The personal-data check of a save: the open flags to store and the decisions that hold. */
export function checkContent(
  texts: PublicationTexts,
  decisions: readonly NotPersonalDecision[],
  options: FlagCheckOptions,
): CheckedContent {
  const review = reviewPublication(texts, decisions, options);
  return {
    flags: review.open.map((flag) => ({
      field: flag.field,
      id: flag.id,
      kind: flag.kind,
      index: flag.index,
      length: flag.length,
      text: flag.text.slice(0, 500),
      ...(flag.hint ? { hint: flag.hint } : {}),
    })),
    notPersonal: review.kept,
    dropped: review.dropped,
  };
}

/** The texts with one field's text replaced. */
export function withText<T extends PublicationTexts>(
  texts: T,
  field: PublicationTextField,
  value: string,
): T {
  const [part, language] = field.split('.') as [keyof PublicationTexts, 'uk' | 'en'];
  return { ...texts, [part]: { ...texts[part], [language]: value } };
}

/** Redacts one flag, found afresh in the current text, and checks the result again. */
export function redactStep(
  draft: Pick<PublicationDraft, 'title' | 'summary' | 'body' | 'notPersonal'>,
  field: PublicationTextField,
  flagId: string,
  options: FlagCheckOptions,
): Result<{ texts: PublicationTexts; checked: CheckedContent; kind: StoredFlag['kind'] }> {
  const redacted = redactFlag(textOf(draft, field), flagId, options);
  if (!redacted.ok) return redacted;
  const texts = withText(
    { title: draft.title, summary: draft.summary, body: draft.body },
    field,
    redacted.value.text,
  );
  return ok({
    texts,
    checked: checkContent(texts, draft.notPersonal, options),
    kind: redacted.value.flag.kind,
  });
}

/** Marks one flag as not personal, with a reason, and checks the texts again. */
export function notPersonalStep(
  draft: Pick<PublicationDraft, 'title' | 'summary' | 'body' | 'notPersonal'>,
  input: Pick<
    NotPersonalDecision,
    'field' | 'flagId' | 'scope' | 'reason' | 'decidedBy' | 'decidedAt'
  >,
  options: FlagCheckOptions,
): Result<{ checked: CheckedContent; decision: NotPersonalDecision }> {
  const decided = markNotPersonal(textOf(draft, input.field), draft.notPersonal, input, options);
  if (!decided.ok) return decided;
  const decision = decided.value.find(
    (d) => d.field === input.field && d.flagId === input.flagId,
  ) as NotPersonalDecision;
  return ok({ checked: checkContent(draft, decided.value, options), decision });
}

/**
 * Whether the Commissioner may approve now: no flag open after the check runs again (the
 * known names may have changed since the last save), and for a report's outcome the NGO's
 * consent as the report holds it now.
 */
export function approvalVerdict(
  draft: Pick<PublicationDraft, 'kind' | 'title' | 'summary' | 'body' | 'notPersonal'>,
  consentToPublish: boolean | undefined,
  options: FlagCheckOptions,
): Result<CheckedContent> {
  if (draft.kind === 'report_outcome' && consentToPublish !== true) {
    return fail(domainError('PUBLICATION.NO_CONSENT'));
  }
  const checked = checkContent(draft, draft.notPersonal, options);
  if (checked.flags.length > 0) {
    return fail(
      domainError('PUBLICATION.OPEN_PERSONAL_DATA_FLAGS', { open: checked.flags.length }),
    );
  }
  return ok(checked);
}

/**
 * The file types whose metadata can be stripped (`uploads/metadata`'s STRIPPABLE_TYPES, which
 * loads pdf-lib: the callable stays light), the only ones that go public.
 */
export const PUBLISHABLE_TYPES: readonly FileTypeId[] = ['jpeg', 'png', 'webp', 'pdf'];

export function publishableType(contentType: string): FileTypeId | undefined {
  const type = fileTypeOfContentType(contentType)?.id;
  return type && PUBLISHABLE_TYPES.includes(type) ? type : undefined;
}

const SUMMARY_LENGTH = 300;

/** A note an NGO sent, as the draft staff will edit: its text, then its links. */
export function noteContent(note: NgoNote): PublicationContent {
  const summary =
    note.text.length <= SUMMARY_LENGTH
      ? note.text
      : `${note.text.slice(0, SUMMARY_LENGTH).replace(/\s+\S*$/, '')}…`;
  const links = note.links.length ? `\n\n${note.links.join('\n')}` : '';
  return {
    title: { uk: note.title },
    summary: { uk: summary },
    body: { uk: `${note.text}${links}` },
    regionCodes: [],
    areas: [],
    rights: [],
    attachmentIds: [],
  };
}
