import type { z } from 'zod';
import { reportActionInput } from '@domain/actions/report-action.schema.js';
import { responseTemplateInputSchema } from '@domain/schemas/response-template.schema.js';
import type { Language } from '../i18n/i18n.js';
import { dateForSchema } from '../forms/dates.js';
import { validate, type FieldLabels, type Validation } from '../forms/problems.js';

/**
 * The forms of the actions on a report (staff, coordinators, the Commissioner, and the NGO's
 * answer and withdrawal): what was typed, the `reportAction` input it becomes, checked with
 * the callable's own schema. Field names are the input's paths (`measure.addressee`), so the
 * server's `details.problems` land on the same fields.
 */
export type ReportActionRequest = z.output<typeof reportActionInput>;

/** What an action form holds: texts, one choice, or several. */
export type ActionValues = Readonly<Record<string, string | readonly string[]>>;

function one(values: ActionValues, name: string): string {
  const value = values[name];
  return typeof value === 'string' ? value : '';
}

function many(values: ActionValues, name: string): string[] {
  const value = values[name];
  return Array.isArray(value) ? [...(value as readonly string[])] : [];
}

function optional(value: string): string | undefined {
  const trimmed = value.trim();
  return trimmed ? trimmed : undefined;
}

/** The input of `reportAction` for an action form, before validation. */
export function actionInput(action: string, reportId: string, values: ActionValues): unknown {
  switch (action) {
    case 'assign':
      return { action, reportId, assignees: many(values, 'assignees') };
    case 'startReview':
    case 'viewPersonalData':
      return { action, reportId };
    case 'requestInfo':
      return { action, reportId, request: one(values, 'request').trim() };
    case 'provideInfo':
      return { action, reportId, answer: one(values, 'answer').trim() };
    case 'resumeReview':
      return { action, reportId, note: optional(one(values, 'note')) };
    case 'decide':
      return {
        action,
        reportId,
        forms: many(values, 'forms'),
        rationale: one(values, 'rationale').trim(),
      };
    case 'decline':
    case 'reopen':
      return { action, reportId, reason: one(values, 'reason').trim() };
    case 'withdraw':
      return { action, reportId, reason: optional(one(values, 'reason')) };
    case 'recordMeasure':
      return {
        action,
        reportId,
        measure: {
          type: one(values, 'measure.type'),
          // Typed day first (дд.мм.рррр); the schema takes ISO.
          date: dateForSchema(one(values, 'measure.date')),
          addressee: one(values, 'measure.addressee').trim(),
          outgoingNumber: optional(one(values, 'measure.outgoingNumber')),
          result: optional(one(values, 'measure.result')),
          documentAttachmentId: optional(one(values, 'measure.documentAttachmentId')),
        },
      };
    case 'close':
      return {
        action,
        reportId,
        outcome: one(values, 'outcome'),
        note: optional(one(values, 'note')),
      };
    case 'linkDuplicate':
      return { action, reportId, otherReportId: one(values, 'otherReportId') };
    default:
      return { action, reportId };
  }
}

export function validateAction(
  action: string,
  reportId: string,
  values: ActionValues,
  language: Language,
  labels: FieldLabels,
): Validation<ReportActionRequest> {
  return validate(reportActionInput, actionInput(action, reportId, values), language, labels);
}

// ---- response templates -----------------------------------------------------------------------

export interface TemplateValues {
  title: string;
  kind: string;
  text: string;
}

export function validateTemplate(
  values: TemplateValues,
  language: Language,
  labels: FieldLabels,
): Validation<z.output<typeof responseTemplateInputSchema>> {
  return validate(
    responseTemplateInputSchema,
    { title: values.title.trim(), kind: values.kind, text: values.text.trim() },
    language,
    labels,
  );
}

/**
 * Which kind of template each action's text field takes, and which field it fills: the
 * templates offered beside the form (one tap inserts the text).
 */
export const TEMPLATE_FIELDS: Readonly<Record<string, { kind: string; field: string }>> = {
  requestInfo: { kind: 'info_request', field: 'request' },
  decide: { kind: 'decision', field: 'rationale' },
  decline: { kind: 'decline', field: 'reason' },
  recordMeasure: { kind: 'measure', field: 'measure.result' },
  close: { kind: 'close', field: 'note' },
  message: { kind: 'message', field: 'text' },
};

/** Inserting a template into a field: its text where the field is empty, else after a blank line. */
export function insertTemplate(current: string, template: string): string {
  const before = current.trimEnd();
  return before ? `${before}\n\n${template}` : template;
}
