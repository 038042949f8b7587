import type { z } from 'zod';
import {
  publicationActionInput,
  publicationContentSchema,
} from '@domain/actions/publication-action.schema.js';
import type { PublicationKind } from '@domain/schemas/publication.schema.js';
import { errorText } from '@domain/errors/catalogue.js';
import { validate, type Problems, type Validation } from '../forms/problems.js';
import type { Language } from '../i18n/i18n.js';

/**
 * The publication forms' values and their checks (pure), with the callable's own schemas: the
 * editor's content (`publicationContentSchema`) and the «prepare» form's `create` input. The
 * server's field paths (`content.title.uk`) become the forms' field names (`titleUk`).
 */
export interface ContentValues {
  [name: string]: string | readonly string[];
  titleUk: string;
  titleEn: string;
  summaryUk: string;
  summaryEn: string;
  bodyUk: string;
  bodyEn: string;
  regionCodes: readonly string[];
  areas: readonly string[];
  rights: readonly string[];
  attachmentIds: readonly string[];
}

export type ContentInput = z.input<typeof publicationContentSchema>;
export type Content = z.output<typeof publicationContentSchema>;
export type CreateInput = Extract<z.input<typeof publicationActionInput>, { action: 'create' }>;

export function contentValues(
  draft: Pick<ContentInput, 'title' | 'summary' | 'body'> & Partial<ContentInput>,
) {
  return {
    titleUk: draft.title.uk,
    titleEn: draft.title.en ?? '',
    summaryUk: draft.summary.uk,
    summaryEn: draft.summary.en ?? '',
    bodyUk: draft.body.uk,
    bodyEn: draft.body.en ?? '',
    regionCodes: draft.regionCodes ?? [],
    areas: draft.areas ?? [],
    rights: draft.rights ?? [],
    attachmentIds: draft.attachmentIds ?? [],
  } satisfies ContentValues;
}

const optional = (value: string) => (value.trim() ? value : undefined);

export function contentOf(values: ContentValues): ContentInput {
  return {
    title: { uk: values.titleUk, en: optional(values.titleEn) },
    summary: { uk: values.summaryUk, en: optional(values.summaryEn) },
    body: { uk: values.bodyUk, en: optional(values.bodyEn) },
    regionCodes: [...values.regionCodes] as ContentInput['regionCodes'],
    areas: [...values.areas] as ContentInput['areas'],
    rights: [...values.rights] as ContentInput['rights'],
    attachmentIds: [...values.attachmentIds],
  };
}

/** A server path (`content.title.uk`, `title.uk`, `orgId`) as the form's field name. */
export function formField(path: string): string {
  const bare = path.replace(/^content\./, '');
  const [part, language] = bare.split('.');
  if (language === 'uk' || language === 'en') {
    return `${part}${language === 'uk' ? 'Uk' : 'En'}`;
  }
  return bare === 'orgId' ? 'sourceId' : (part ?? bare);
}

function renamed(problems: Problems): Problems {
  const result: Problems = {};
  for (const [path, message] of Object.entries(problems)) result[formField(path)] ??= message;
  return result;
}

/** Labels by form field → labels by the schema's paths, for the problems' sentences. */
function byPath(labels: Readonly<Record<string, string>>): Record<string, string> {
  const paths: Record<string, string> = {};
  for (const [name, label] of Object.entries(labels)) {
    const match = /^(title|summary|body)(Uk|En)$/.exec(name);
    const path = match ? `${match[1]}.${match[2]!.toLowerCase()}` : name;
    paths[path] = label;
    paths[`content.${path}`] = label;
  }
  paths.orgId = labels.sourceId ?? 'orgId';
  return paths;
}

export function checkContent(
  values: ContentValues,
  language: Language,
  labels: Readonly<Record<string, string>>,
): Validation<Content> {
  const checked = validate(publicationContentSchema, contentOf(values), language, byPath(labels));
  return checked.ok ? checked : { ok: false, problems: renamed(checked.problems) };
}

// ---- preparing a publication ------------------------------------------------------------------

export interface PrepareValues {
  [name: string]: string;
  kind: string;
  sourceId: string;
  titleUk: string;
  summaryUk: string;
  bodyUk: string;
}

/** What the «prepare» page knows of a source: its id and, for a report, the NGO's consent. */
export interface PrepareSource {
  id: string;
  consent?: boolean;
}

export function createInputOf(values: PrepareValues): CreateInput {
  const kind = values.kind as PublicationKind;
  const source = values.sourceId || undefined;
  return {
    action: 'create',
    kind,
    ...(kind === 'ngo_activity' ? { orgId: source } : { sourceId: source }),
    content: contentOf({
      ...contentValues({ title: { uk: '' }, summary: { uk: '' }, body: { uk: '' } }),
      titleUk: values.titleUk,
      summaryUk: values.summaryUk,
      bodyUk: values.bodyUk,
    }),
  };
}

/**
 * The «prepare» form's check: the callable's schema, a source chosen for every kind, and for a
 * report's outcome the NGO's consent, said at once on the field (the server refuses the same).
 */
export function checkPrepare(
  values: PrepareValues,
  sources: readonly PrepareSource[],
  language: Language,
  labels: Readonly<Record<string, string>> & { required: string },
): Validation<CreateInput> {
  const checked = validate(publicationActionInput, createInputOf(values), language, byPath(labels));
  const problems = checked.ok ? {} : renamed(checked.problems);
  if (!values.sourceId && values.kind) problems.sourceId ??= labels.required;
  const source = sources.find((s) => s.id === values.sourceId);
  if (values.kind === 'report_outcome' && source && source.consent !== true) {
    problems.sourceId = errorText('PUBLICATION.NO_CONSENT', language);
  }
  if (Object.keys(problems).length) return { ok: false, problems };
  return checked as Validation<CreateInput>;
}

// ---- an NGO's note ----------------------------------------------------------------------------

export interface NoteValues {
  [name: string]: string;
  'note.title': string;
  'note.text': string;
  'note.links': string;
}

/** The links field holds one address a line; the schema checks each. */
export function checkNote(
  values: NoteValues,
  language: Language,
  labels: Readonly<Record<string, string>>,
): Validation<z.input<typeof publicationActionInput>> {
  const links = values['note.links']
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
  const input = {
    action: 'sendNote',
    note: { title: values['note.title'], text: values['note.text'], links },
  };
  const checked = validate(publicationActionInput, input, language, labels);
  if (checked.ok) return checked;
  const problems: Record<string, string> = {};
  for (const [path, message] of Object.entries(checked.problems)) {
    problems[path.startsWith('note.links') ? 'note.links' : path] ??= message;
  }
  return { ok: false, problems };
}
