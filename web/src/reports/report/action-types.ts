import type { ReportAction } from '@domain/workflows/report.workflow.js';
import type { ComponentChildren } from 'preact';
import type { FieldLabels } from '../../forms/problems.js';
import { t } from '../../i18n/i18n.js';
import type { MessageKey } from '../../i18n/keys.js';
import type { FormModel } from '../../ui/form-model.js';
import type { AttachmentView, ReportView } from '../report-view.js';

/** What an action form holds: texts, or the options chosen. */
export type ActionFormValues = Record<string, string | readonly string[]>;
export type ActionFormModel = FormModel<ActionFormValues, unknown>;

export interface ActionSpec {
  heading: string;
  intro?: string | null;
  initial: ActionFormValues;
  labels: FieldLabels;
  /** Fields that hold a date typed day first. */
  dates?: readonly string[];
  fields: (form: ActionFormModel) => ComponentChildren;
  submit: string;
  busy: string;
  danger?: boolean;
  confirm?: { title: string; text: string; confirm: string };
  /** What is said once it is done (else the new status). */
  success?: string;
}

export interface SpecContext {
  report: ReportView;
  /** The Secretariat's side: its templates are offered beside the text fields. */
  secretariat: boolean;
  attachments: readonly AttachmentView[];
}

/** A text of the action's own part of the catalogue: `say('decide', 'heading')`. */
export const say = (action: ReportAction, key: string) =>
  t(`reports.actions.${action}.${key}` as MessageKey);

export const actionHeading = (action: ReportAction) => say(action, 'heading');

export const confirmOf = (action: ReportAction) => ({
  title: say(action, 'confirmTitle'),
  text: say(action, 'confirmText'),
  confirm: say(action, 'confirm'),
});
