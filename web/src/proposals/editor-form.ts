import { proposalContentSchema } from '@domain/schemas/proposal-content.schema.js';
import type { ComparativeRowKind } from '@domain/schemas/comparative-table.schema.js';
import { problemsOf, type FieldLabels, type Problems, type Validation } from '../forms/problems.js';
import type { Language } from '../i18n/i18n.js';
import type { FormValues } from '../ui/form-model.js';
import { contentOfValues, type EditorValues } from './editor-values.js';

/**
 * The proposal editor's values as the forms kit holds them (ui/form-model.ts): one key per
 * field, so that each problem lands on its field and the error summary links to it. The lists
 * are numbered keys (`act.0.title`, `standard.0.instrument`, `row.0.current`), which are also
 * the fields' element ids (`proposal-act-0-title`); a list's own problem («add an act») has
 * the list's key (`legalActs`). Pure, unit-tested.
 */
const ACT = ['key', 'title', 'number', 'articles'] as const;
const STANDARD = ['instrument', 'article'] as const;
const ROW = ['actKey', 'provision', 'kind', 'current', 'proposed', 'justification'] as const;
/** The lists: their key in the content, and the prefix of their items' fields. */
const LISTS = { legalActs: 'act', internationalStandards: 'standard', comparativeTable: 'row' };

export function toFlat(values: EditorValues): FormValues {
  const flat: FormValues = {
    title: values.title,
    draftLawTitle: values.draftLawTitle,
    problem: values.problem,
    legalActs: '',
  };
  values.legalActs.forEach((act, i) => ACT.forEach((f) => (flat[`act.${i}.${f}`] = act[f])));
  flat.internationalStandards = '';
  values.internationalStandards.forEach((s, i) =>
    STANDARD.forEach((f) => (flat[`standard.${i}.${f}`] = s[f])),
  );
  flat.caseLaw = values.caseLaw;
  flat.justification = values.justification;
  flat.expectedEffect = values.expectedEffect;
  flat.comparativeTable = '';
  values.comparativeTable.forEach((row, i) => ROW.forEach((f) => (flat[`row.${i}.${f}`] = row[f])));
  return flat;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');

function items<F extends string>(flat: FormValues, prefix: string, fields: readonly F[]) {
  const list: Record<F, string>[] = [];
  while (`${prefix}.${list.length}.${fields[0]}` in flat) {
    const i = list.length;
    list.push(
      Object.fromEntries(fields.map((f) => [f, text(flat[`${prefix}.${i}.${f}`])])) as Record<
        F,
        string
      >,
    );
  }
  return list;
}

export function fromFlat(flat: FormValues): EditorValues {
  return {
    title: text(flat.title),
    draftLawTitle: text(flat.draftLawTitle),
    problem: text(flat.problem),
    legalActs: items(flat, 'act', ACT),
    internationalStandards: items(flat, 'standard', STANDARD),
    caseLaw: text(flat.caseLaw),
    justification: text(flat.justification),
    expectedEffect: text(flat.expectedEffect),
    comparativeTable: items(flat, 'row', ROW).map((row) => ({
      ...row,
      kind: (row.kind || 'amend') as ComparativeRowKind,
    })),
  };
}

/** How many items a list has now. */
export const countOf = (flat: FormValues, list: 'act' | 'standard' | 'row') =>
  items(flat, list, list === 'act' ? ACT : list === 'standard' ? STANDARD : ROW).length;

/** The form field a problem of the content's schema belongs to (`legalActs.0.title` → `act.0.title`). */
export function fieldOfPath(path: string): string {
  const [head, index, field] = path.split('.');
  if (head === 'caseLaw') return 'caseLaw';
  const prefix = LISTS[head as keyof typeof LISTS];
  if (!prefix) return head ?? path;
  if (index === undefined || field === undefined) return head!;
  return `${prefix}.${index}.${field}`;
}

/** What the submission is checked against: the content, with an empty standard kept to be named. */
export function submissionInput(values: EditorValues): Record<string, unknown> {
  return {
    ...contentOfValues(values),
    internationalStandards: values.internationalStandards.map((s) => ({
      instrument: s.instrument,
      article: s.article.trim() || undefined,
    })),
    rights: [],
    attachmentIds: [],
  };
}

/**
 * The whole proposal checked as it must be for submission, its problems on the form's
 * fields, in the interface's language. `labels` are keyed by the form's fields.
 */
export function validateEditor(
  flat: FormValues,
  language: Language,
  labels: FieldLabels,
): Validation<EditorValues> {
  const values = fromFlat(flat);
  const input = submissionInput(values);
  const parsed = proposalContentSchema.safeParse(input);
  if (parsed.success) return { ok: true, value: values };
  const byPath: Record<string, string> = {};
  for (const issue of parsed.error.issues) {
    const path = issue.path.map(String).join('.');
    byPath[path] = labels[fieldOfPath(path)] ?? path;
  }
  const problems: Problems = {};
  for (const [path, message] of Object.entries(problemsOf(parsed.error, input, language, byPath))) {
    problems[fieldOfPath(path)] ??= message;
  }
  return { ok: false, problems };
}
