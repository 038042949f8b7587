import type { z } from 'zod';
import { reportActionInput } from '@domain/actions/report-action.schema.js';
import {
  reportContentSchema,
  reportPersonalDataInputSchema,
  REPORT_CONTENT_KEYS,
  validDraftContent,
  type ReportDraftContent,
} from '@domain/schemas/report.schema.js';
import { record } from '../data/fields.js';
import { dateForSchema, typedFromIso } from '../forms/dates.js';
import type { Language } from '../i18n/i18n.js';
import { validate, type FieldLabels, type Problems, type Validation } from '../forms/problems.js';
import { EMPTY_REPORT, type PersonValues, type ReportFormValues } from './report-values.js';

/**
 * The report form: what the person typed (strings and ticks, kept as typed so that nothing is
 * lost between saves), the report document and personal data it becomes, and the checks of
 * the shared schemas (the same the rules and the registration trigger apply). Field names are
 * the schema's paths (`violator.name`, `victims.0.fullName`), so that the server's problems
 * (`submissionProblems`, `details.problems`) land on the same fields.
 */
export { EMPTY_PERSON, EMPTY_REPORT } from './report-values.js';
export type { PersonValues, ReportFormValues } from './report-values.js';

/** The form's field names, in the order of the form (for focusing the first problem). */
export const REPORT_FIELD_ORDER = [
  'title',
  'description',
  'incidentDate',
  'regionCode',
  'locality',
  'violator.kind',
  'violator.name',
  'rights',
  'area',
  'victimsCount',
  'vulnerableGroups',
  'urgent',
  'urgencyReason',
  'consentToPublish',
] as const;

function trimmed(value: string): string | undefined {
  const text = value.trim();
  return text ? text : undefined;
}

/** Digits typed («12», « 12 ») as a number; anything else as itself, for the schema to judge. */
function wholeNumber(value: string): number | string | undefined {
  const text = value.trim();
  if (!text) return undefined;
  return /^-?\d+$/.test(text) ? Number(text) : text;
}

/** The content as `reportContentSchema` takes it (before validation). */
export function reportContentInput(values: ReportFormValues) {
  return {
    title: values.title.trim(),
    description: values.description.trim(),
    // Typed day first (дд.мм.рррр); the schema takes ISO.
    incidentDate: dateForSchema(values.incidentDate),
    regionCode: values.regionCode,
    locality: values.locality.trim(),
    violator: { kind: values.violatorKind, name: values.violatorName.trim() },
    rights: [...values.rights],
    area: values.area,
    victimsCount: wholeNumber(values.victimsCount),
    vulnerableGroups: {
      children: values.children,
      disabilities: values.disabilities,
      deprivedOfLiberty: values.deprivedOfLiberty,
    },
    urgent: values.urgent,
    // The reason belongs to an urgent report only; what was typed stays in the form.
    urgencyReason: values.urgent ? trimmed(values.urgencyReason) : undefined,
    consentToPublish: values.consentToPublish,
  };
}

function isBlank(person: PersonValues): boolean {
  return (
    !person.fullName.trim() &&
    !person.birthYear.trim() &&
    !person.contact.trim() &&
    !person.notes.trim()
  );
}

function personInput(person: PersonValues) {
  return {
    fullName: person.fullName.trim(),
    birthYear: wholeNumber(person.birthYear),
    contact: trimmed(person.contact),
    notes: trimmed(person.notes),
  };
}

/**
 * Victims and witnesses as `reportPersonalDataInputSchema` takes them. A person added and
 * left empty is nobody; the form keeps the box, the data leaves it out.
 */
export function personalDataInput(values: ReportFormValues) {
  return {
    victims: values.victims.filter((person) => !isBlank(person)).map(personInput),
    witnesses: values.witnesses.filter((person) => !isBlank(person)).map(personInput),
  };
}

/** Where a problem of the personal data shows, given that blank people are left out. */
function personalProblemsAsTyped(problems: Problems, values: ReportFormValues): Problems {
  const result: Problems = {};
  const positions = {
    victims: values.victims.flatMap((person, index) => (isBlank(person) ? [] : [index])),
    witnesses: values.witnesses.flatMap((person, index) => (isBlank(person) ? [] : [index])),
  };
  for (const [field, message] of Object.entries(problems)) {
    const match = /^(victims|witnesses)\.(\d+)(\..*)?$/.exec(field);
    if (!match) {
      result[field] = message;
      continue;
    }
    const list = match[1] as 'victims' | 'witnesses';
    const typed = positions[list][Number(match[2])];
    result[`${list}.${typed ?? match[2]}${match[3] ?? ''}`] = message;
  }
  return result;
}

export type ReportContentInput = z.output<typeof reportContentSchema>;
export type PersonalDataInput = z.output<typeof reportPersonalDataInputSchema>;

export function validateReportContent(
  values: ReportFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<ReportContentInput> {
  return validate(reportContentSchema, reportContentInput(values), language, labels);
}

export function validatePersonalData(
  values: ReportFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<PersonalDataInput> {
  const checked = validate(
    reportPersonalDataInputSchema,
    personalDataInput(values),
    language,
    labels,
  );
  return checked.ok
    ? checked
    : { ok: false, problems: personalProblemsAsTyped(checked.problems, values) };
}

/** The whole form: content and personal data, problems of both together. */
export function validateReport(
  values: ReportFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<{ report: ReportContentInput; personalData: PersonalDataInput }> {
  const content = validateReportContent(values, language, labels);
  const personal = validatePersonalData(values, language, labels);
  if (content.ok && personal.ok) {
    return { ok: true, value: { report: content.value, personalData: personal.value } };
  }
  return {
    ok: false,
    problems: {
      ...(content.ok ? {} : content.problems),
      ...(personal.ok ? {} : personal.problems),
    },
  };
}

/** The labels that problems name fields by, for a person at a position. */
export function personLabels(
  list: 'victims' | 'witnesses',
  index: number,
  labels: { fullName: string; birthYear: string; contact: string; notes: string },
): FieldLabels {
  return Object.fromEntries(
    Object.entries(labels).map(([key, label]) => [`${list}.${index}.${key}`, label]),
  );
}

// ---- the draft as documents -------------------------------------------------------------------

/** An optional field that is absent is written as a deletion on update (`urgencyReason`). */
export const DELETE = Symbol('delete');

/**
 * The content fields of the report document, from content the schema accepted: a whole report,
 * or a draft's valid fields so far. On update, a field that is absent is deleted (it was
 * erased, or is being retyped); the rules let the NGO change exactly these fields.
 */
export function contentFields(
  report: ReportDraftContent,
  { forUpdate }: { forUpdate: boolean },
): Record<string, unknown> {
  const fields: Record<string, unknown> = {};
  for (const key of REPORT_CONTENT_KEYS) {
    const value = report[key];
    if (value !== undefined) fields[key] = structuredClone(value);
    else if (forUpdate) fields[key] = DELETE;
  }
  return fields;
}

/** The personal data fields as written (absent optional fields left out, as Firestore wants). */
export function personalDataFields(personalData: PersonalDataInput) {
  const clean = (person: PersonalDataInput['victims'][number]) =>
    Object.fromEntries(Object.entries(person).filter(([, value]) => value !== undefined));
  return {
    victims: personalData.victims.map(clean),
    witnesses: personalData.witnesses.map(clean),
  };
}

/**
 * The draft as the server keeps it: the content fields that are valid already (so that files
 * can be attached and a colleague sees the work from the start), and the personal data once it
 * is valid. `complete` when the server then holds everything typed; until then this device's
 * copy stays the one to come back to. `null` while nothing is typed.
 */
export function cloudDraft(values: ReportFormValues): {
  report: ReportDraftContent;
  personalData: PersonalDataInput | null;
  complete: boolean;
} | null {
  if (sameValues(values, EMPTY_REPORT)) return null;
  const input = reportContentInput(values);
  const whole = reportContentSchema.safeParse(input);
  const personal = reportPersonalDataInputSchema.safeParse(personalDataInput(values));
  return {
    report: whole.success ? whole.data : validDraftContent(input),
    personalData: personal.success ? personal.data : null,
    complete: whole.success && personal.success,
  };
}

// ---- a document back into the form ------------------------------------------------------------

function text(value: unknown): string {
  return typeof value === 'string' ? value : typeof value === 'number' ? String(value) : '';
}

function personValues(value: unknown): PersonValues {
  const person = record(value);
  return {
    fullName: text(person.fullName),
    birthYear: text(person.birthYear),
    contact: text(person.contact),
    notes: text(person.notes),
  };
}

/** The form filled in from `reports/{id}` (and its personal data), to go on editing a draft. */
export function formValuesOf(
  report: Record<string, unknown>,
  personalData: Record<string, unknown> | null,
): ReportFormValues {
  const violator = record(report.violator);
  const groups = record(report.vulnerableGroups);
  const people = (value: unknown) => (Array.isArray(value) ? value.map(personValues) : []);
  return {
    title: text(report.title),
    description: text(report.description),
    incidentDate: typedFromIso(text(report.incidentDate)),
    regionCode: text(report.regionCode),
    locality: text(report.locality),
    violatorKind: text(violator.kind),
    violatorName: text(violator.name),
    rights: Array.isArray(report.rights)
      ? report.rights.filter((right): right is string => typeof right === 'string')
      : [],
    area: text(report.area),
    victimsCount: text(report.victimsCount),
    children: groups.children === true,
    disabilities: groups.disabilities === true,
    deprivedOfLiberty: groups.deprivedOfLiberty === true,
    urgent: report.urgent === true,
    urgencyReason: text(report.urgencyReason),
    consentToPublish: report.consentToPublish === true,
    victims: people(personalData?.victims),
    witnesses: people(personalData?.witnesses),
  };
}

/** Whether two fillings of the form say the same (to tell a real change from a re-render). */
export function sameValues(a: ReportFormValues, b: ReportFormValues): boolean {
  return JSON.stringify(a) === JSON.stringify(b);
}

// ---- intake on behalf -------------------------------------------------------------------------

export type IntakeInput = Extract<z.output<typeof reportActionInput>, { action: 'intake' }>;

export interface IntakeValues {
  orgId: string;
  channel: string;
}

/** `reportAction intake`: the report from the form, registered on behalf of an organisation. */
export function validateIntake(
  intake: IntakeValues,
  values: ReportFormValues,
  language: Language,
  labels: FieldLabels,
  missing: { orgId: string; channel: string },
): Validation<IntakeInput> {
  const personal = personalDataInput(values);
  const hasPeople = personal.victims.length > 0 || personal.witnesses.length > 0;
  const input = {
    action: 'intake' as const,
    orgId: intake.orgId,
    channel: intake.channel,
    report: reportContentInput(values),
    personalData: hasPeople ? personal : undefined,
  };
  const prefixed = (prefix: string) =>
    Object.fromEntries(Object.entries(labels).map(([key, label]) => [`${prefix}.${key}`, label]));
  const checked = validate(reportActionInput, input, language, {
    ...prefixed('report'),
    ...prefixed('personalData'),
  });
  const problems: Problems = {};
  if (!checked.ok) {
    for (const [field, message] of Object.entries(checked.problems)) {
      problems[field.replace(/^(report|personalData)\./, '')] = message;
    }
  }
  // An organisation and a channel are chosen from lists: say so, not the schema's words.
  if (!intake.orgId) problems.orgId = missing.orgId;
  else delete problems.orgId;
  if (!intake.channel) problems.channel = missing.channel;
  else if (problems.channel) problems.channel = missing.channel;
  if (checked.ok && Object.keys(problems).length === 0) {
    return { ok: true, value: checked.value as IntakeInput };
  }
  return { ok: false, problems: personalProblemsAsTyped(problems, values) };
}
