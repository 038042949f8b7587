import { MEASURE_TYPES } from '@domain/catalogues/measure-types.js';
import { OUTCOMES } from '@domain/catalogues/report-options.js';
import { RESPONSE_FORMS } from '@domain/catalogues/response-forms.js';
import { kyivDate } from '@domain/kyiv-time.js';
import type { ReportAction } from '@domain/workflows/report.workflow.js';
import { h } from '../ui/legacy/dom.js';
import type * as FunctionsModule from '../firebase/functions.js';
import type * as ReportsModule from '../firebase/reports.js';
import type { AssigneeOption } from '../firebase/reports.js';
import {
  insertTemplate,
  TEMPLATE_FIELDS,
  validateAction,
  type ActionValues,
} from './report-action-forms.js';
import type { FieldLabels } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { ReportControls } from './controls.js';
import type { MessageView, ReportView, TemplateView } from './report-view.js';
import { askToConfirm } from '../ui/confirm-dialog.js';
import { uploader } from './report-files.js';
import {
  choiceGroup,
  formMessage,
  selectField,
  textAreaField,
  textField,
  type Field,
  type TextAreaField,
} from '../ui/legacy/form.js';
import { liveValidation } from '../ui/legacy/live-validation.js';
import { checkSent, perform } from '../ui/legacy/perform.js';
import { reportStatusName } from './report-status.js';

/**
 * The forms of the actions this person may take on this report now (controls.ts decides
 * which): each checks its input with the callable's own schema as the person types, offers
 * the Secretariat's templates of its kind to insert in one tap, asks before what cannot be
 * undone, and calls `reportAction`. A refusal is shown in the form's words; success is
 * reported by the page, with the new status.
 */
export interface ActionContext {
  report: ReportView;
  controls: ReportControls;
  uid: string;
  role: string | null;
  functions: typeof FunctionsModule;
  reports: typeof ReportsModule;
  /** The thread as it is now (the NGO answers the latest request). */
  messages: () => readonly MessageView[];
  announce: (message: string) => void;
  /** After an action succeeded: the page says so and where the report stands. */
  done: (message: string) => void;
  /** Listeners the forms started (templates), stopped when the forms are rebuilt. */
  stops: (() => void)[];
}

/** Templates of a kind as buttons beside a text field: a tap inserts the text. */
export function templatePicker(
  context: Pick<ActionContext, 'reports' | 'announce' | 'stops'>,
  kind: string,
  target: TextAreaField,
  fieldLabel: string,
): HTMLElement {
  const list = h('ul', { class: 'template-list' });
  const box = h(
    'div',
    { class: 'templates', hidden: true },
    h('p', { class: 'field-label' }, t('reports.actions.templates')),
    h('p', { class: 'field-hint' }, t('reports.actions.templatesHint')),
    list,
  );
  const render = (templates: TemplateView[]) => {
    box.hidden = templates.length === 0;
    list.replaceChildren(
      ...templates
        .sort((a, b) => a.title.localeCompare(b.title, currentLanguage()))
        .map((template) => {
          const button = h(
            'button',
            { type: 'button', class: 'button button-secondary button-small' },
            t('reports.actions.insert', { title: template.title }),
          );
          button.addEventListener('click', () => {
            target.input.value = insertTemplate(target.input.value, template.text);
            target.input.dispatchEvent(new Event('input', { bubbles: true }));
            target.input.focus();
            context.announce(
              t('reports.actions.inserted', { title: template.title, field: fieldLabel }),
            );
          });
          return h('li', null, button);
        }),
    );
  };
  context.stops.push(context.reports.watchTemplates(kind, render, (error) => console.warn(error)));
  return box;
}

interface FormSpec {
  action: ReportAction;
  heading: string;
  intro?: string | null;
  fields: Field[];
  /** What the form shows for its fields, when not simply their nodes. */
  body?: HTMLElement[];
  /** Placed after the fields (templates, an uploader). */
  extras?: (HTMLElement | null)[];
  values: () => ActionValues;
  labels: FieldLabels;
  submit: string;
  busy: string;
  danger?: boolean;
  confirm?: { title: string; text: string; confirm: string } | null;
  success?: (status: string) => string;
}

function actionForm(context: ActionContext, spec: FormSpec): HTMLElement {
  const id = `act-${spec.action}`;
  const message = formMessage(`${id}-message`);
  const button = h(
    'button',
    { type: 'submit', class: spec.danger ? 'button button-danger' : 'button' },
    spec.submit,
  );
  const form = h(
    'form',
    { class: 'form action-form', novalidate: true, 'aria-labelledby': `${id}-heading` },
    message.node,
    ...(spec.body ?? spec.fields.map((field) => field.node)),
    ...(spec.extras ?? []),
    h('p', null, button),
  );
  const check = () =>
    validateAction(spec.action, context.report.id, spec.values(), currentLanguage(), spec.labels);
  const live = liveValidation(spec.fields, () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, spec.fields, message, context.announce);
    if (!value) return;
    const go = () =>
      void perform({
        button,
        labels: { idle: spec.submit, busy: spec.busy },
        form,
        message,
        fields: spec.fields,
        announce: context.announce,
        run: () =>
          context.functions.reportAction(
            value as Parameters<typeof context.functions.reportAction>[0],
          ),
      }).then((outcome) => {
        if (!outcome?.ok) return;
        const result = outcome.value as { status?: unknown };
        const status =
          typeof result.status === 'string'
            ? reportStatusName(result.status as ReportView['status'])
            : reportStatusName(context.report.status);
        context.done(spec.success ? spec.success(status) : t('reports.actions.done', { status }));
      });
    if (!spec.confirm) {
      go();
      return;
    }
    void askToConfirm({ ...spec.confirm, danger: spec.danger ?? false }).then((yes) => {
      if (yes) go();
    });
  });
  return h(
    'section',
    { class: 'card action', 'aria-labelledby': `${id}-heading` },
    h('h3', { id: `${id}-heading` }, spec.heading),
    spec.intro ? h('p', null, spec.intro) : null,
    form,
  );
}

function textArea(
  action: string,
  name: string,
  label: string,
  options: { hint?: string; optional?: boolean; rows?: number; maxlength?: number } = {},
): TextAreaField {
  return textAreaField({
    form: `act-${action}`,
    name,
    label,
    hint: options.hint,
    optional: options.optional ?? false,
    rows: options.rows ?? 4,
    maxlength: options.maxlength ?? 10_000,
  });
}

function withTemplate(
  context: ActionContext,
  action: string,
  field: TextAreaField,
  label: string,
): HTMLElement | null {
  const template = TEMPLATE_FIELDS[action];
  if (!template || context.controls.side !== 'secretariat') return null;
  return templatePicker(context, template.kind, field, label);
}

// ---- each action ----------------------------------------------------------------------------

function assignForm(context: ActionContext): HTMLElement {
  const report = context.report;
  const holder = h('div', null, h('p', { class: 'loading' }, t('common.loading')));
  let group: ReturnType<typeof choiceGroup> | null = null;
  // The people load after the form is shown; this field stands for their group meanwhile.
  const assignees: Field = {
    name: 'assignees',
    node: holder,
    get focusTarget() {
      return group?.focusTarget ?? holder;
    },
    setError: (message) => group?.setError(message),
    hasError: () => group?.hasError() ?? false,
  };
  const form = actionForm(context, {
    action: 'assign',
    heading: t('reports.actions.assign.heading'),
    intro: t('reports.actions.assign.hint'),
    fields: [assignees],
    body: [holder],
    values: () => ({ assignees: group?.values() ?? [] }),
    labels: { assignees: t('reports.actions.assign.label') },
    submit: t('reports.actions.assign.submit'),
    busy: t('reports.actions.assign.busy'),
    success: () => t('reports.actions.assign.done'),
  });
  void (async () => {
    let people: AssigneeOption[] = [];
    try {
      people = (await context.reports.listAssignablePeople()).filter(
        (person) => person.role === 'staff' || person.regions.includes(report.regionCode),
      );
    } catch (error) {
      console.error(error);
    }
    // The present assignees stay choosable, even those the list leaves out (deactivated since).
    const missing = report.assignees.filter((uid) => !people.some((person) => person.uid === uid));
    if (missing.length) {
      const names = await context.reports
        .displayNames(missing)
        .catch(() => new Map<string, string>());
      for (const uid of missing) {
        people.push({ uid, displayName: names.get(uid) ?? uid, role: 'staff', regions: [] });
      }
    }
    const language = currentLanguage();
    people.sort((a, b) => a.displayName.localeCompare(b.displayName, language));
    if (people.length === 0) {
      holder.replaceChildren(h('p', null, t('reports.actions.assign.none')));
      return;
    }
    group = choiceGroup({
      form: 'act-assign',
      name: 'assignees',
      type: 'checkbox',
      label: t('reports.actions.assign.label'),
      options: people.map((person) => ({
        value: person.uid,
        label: `${person.displayName} (${
          person.role === 'coordinator'
            ? t('reports.actions.assign.coordinator')
            : t('reports.actions.assign.staff')
        })`,
      })),
      values: report.assignees,
    });
    holder.replaceChildren(group.node);
  })();
  return form;
}

function measureForm(context: ActionContext): HTMLElement {
  const action = 'recordMeasure';
  const language = currentLanguage();
  const type = selectField({
    form: `act-${action}`,
    name: 'measure.type',
    label: t('reports.actions.recordMeasure.type'),
    options: MEASURE_TYPES.map((entry) => ({ value: entry.code, label: entry[language] })),
    placeholder: t('reports.actions.recordMeasure.typePlaceholder'),
  });
  const date = textField({
    form: `act-${action}`,
    name: 'measure.date',
    label: t('reports.actions.recordMeasure.date'),
    type: 'date',
    value: kyivDate(new Date()),
  });
  const addressee = textField({
    form: `act-${action}`,
    name: 'measure.addressee',
    label: t('reports.actions.recordMeasure.addressee'),
    hint: t('reports.actions.recordMeasure.addresseeHint'),
    maxlength: 300,
    autocomplete: 'off',
  });
  const outgoingNumber = textField({
    form: `act-${action}`,
    name: 'measure.outgoingNumber',
    label: t('reports.actions.recordMeasure.outgoingNumber'),
    maxlength: 100,
    autocomplete: 'off',
    optional: true,
  });
  const result = textArea(action, 'measure.result', t('reports.actions.recordMeasure.result'), {
    optional: true,
    maxlength: 5000,
  });
  let documentId: string | null = null;
  const documentName = h('p', { class: 'field-check', 'aria-live': 'polite' });
  const upload = uploader({
    reportId: () => context.report.id,
    kind: 'measure_document',
    label: t('reports.actions.recordMeasure.document'),
    hint: t('reports.actions.recordMeasure.documentHint'),
    multiple: false,
    onUploaded: (attachment) => {
      documentId = attachment.id;
      documentName.textContent = attachment.fileName;
    },
  });
  upload.setEnabled(true);
  const fields = [type, date, addressee, outgoingNumber, result];
  return actionForm(context, {
    action,
    heading: t('reports.actions.recordMeasure.heading'),
    fields,
    extras: [
      withTemplate(context, action, result, t('reports.actions.recordMeasure.result')),
      upload.node,
      documentName,
    ],
    values: () => ({
      'measure.type': type.value(),
      'measure.date': date.value(),
      'measure.addressee': addressee.value(),
      'measure.outgoingNumber': outgoingNumber.value(),
      'measure.result': result.value(),
      'measure.documentAttachmentId': documentId ?? '',
    }),
    labels: {
      'measure.type': t('reports.actions.recordMeasure.type'),
      'measure.date': t('reports.actions.recordMeasure.date'),
      'measure.addressee': t('reports.actions.recordMeasure.addressee'),
      'measure.outgoingNumber': t('reports.actions.recordMeasure.outgoingNumber'),
      'measure.result': t('reports.actions.recordMeasure.result'),
    },
    submit: t('reports.actions.recordMeasure.submit'),
    busy: t('reports.actions.recordMeasure.busy'),
    success: () => t('reports.actions.recordMeasure.done'),
  });
}

function oneText(
  context: ActionContext,
  action: ReportAction,
  options: {
    name: string;
    heading: string;
    label: string;
    hint?: string;
    optional?: boolean;
    intro?: string | null;
    extraBefore?: HTMLElement | null;
    submit: string;
    busy: string;
    danger?: boolean;
    confirm?: FormSpec['confirm'];
    success?: FormSpec['success'];
  },
): HTMLElement {
  const field = textArea(action, options.name, options.label, {
    ...(options.hint ? { hint: options.hint } : {}),
    optional: options.optional ?? false,
  });
  return actionForm(context, {
    action,
    heading: options.heading,
    intro: options.intro ?? null,
    fields: [field],
    ...(options.extraBefore ? { body: [options.extraBefore, field.node] } : {}),
    extras: [withTemplate(context, action, field, options.label)],
    values: () => ({ [options.name]: field.value() }),
    labels: { [options.name]: options.label },
    submit: options.submit,
    busy: options.busy,
    danger: options.danger ?? false,
    confirm: options.confirm ?? null,
    ...(options.success ? { success: options.success } : {}),
  });
}

function latestRequest(messages: readonly MessageView[]): MessageView | undefined {
  return [...messages].reverse().find((message) => message.kind === 'info_request');
}

/** Shows the latest request for information in the NGO's answer form (hidden while none). */
export function showLatestRequest(element: HTMLElement, messages: readonly MessageView[]): void {
  const request = latestRequest(messages);
  element.hidden = !request;
  element.replaceChildren(
    h('strong', null, `${t('reports.actions.provideInfo.request')}: `),
    request?.text ?? '',
  );
}

export function actionForms(context: ActionContext): HTMLElement[] {
  const language = currentLanguage();
  return context.controls.actions.map((action) => {
    switch (action) {
      case 'assign':
        return assignForm(context);
      case 'startReview':
        return actionForm(context, {
          action,
          heading: t('reports.actions.startReview.heading'),
          intro: t('reports.actions.startReview.text'),
          fields: [],
          values: () => ({}),
          labels: {},
          submit: t('reports.actions.startReview.submit'),
          busy: t('reports.actions.startReview.busy'),
        });
      case 'requestInfo':
        return oneText(context, action, {
          name: 'request',
          heading: t('reports.actions.requestInfo.heading'),
          label: t('reports.actions.requestInfo.label'),
          hint: t('reports.actions.requestInfo.hint'),
          submit: t('reports.actions.requestInfo.submit'),
          busy: t('reports.actions.requestInfo.busy'),
        });
      case 'provideInfo': {
        // The request being answered; the page keeps it current as the thread arrives.
        const request = h('p', { class: 'notice latest-request', 'data-latest-request': '' });
        showLatestRequest(request, context.messages());
        return oneText(context, action, {
          name: 'answer',
          heading: t('reports.actions.provideInfo.heading'),
          label: t('reports.actions.provideInfo.answer'),
          hint: t('reports.actions.provideInfo.hint'),
          extraBefore: request,
          submit: t('reports.actions.provideInfo.submit'),
          busy: t('reports.actions.provideInfo.busy'),
          success: () => t('reports.actions.provideInfo.done'),
        });
      }
      case 'resumeReview':
        return oneText(context, action, {
          name: 'note',
          heading: t('reports.actions.resumeReview.heading'),
          label: t('reports.actions.resumeReview.label'),
          hint: t('reports.actions.resumeReview.hint'),
          optional: true,
          submit: t('reports.actions.resumeReview.submit'),
          busy: t('reports.actions.resumeReview.busy'),
        });
      case 'decide': {
        const forms = choiceGroup({
          form: 'act-decide',
          name: 'forms',
          type: 'checkbox',
          label: t('reports.actions.decide.forms'),
          hint: t('reports.actions.decide.formsHint'),
          options: RESPONSE_FORMS.map((entry) => ({ value: entry.code, label: entry[language] })),
        });
        const rationale = textArea(action, 'rationale', t('reports.actions.decide.rationale'), {
          hint: t('reports.actions.decide.rationaleHint'),
          rows: 6,
        });
        return actionForm(context, {
          action,
          heading: t('reports.actions.decide.heading'),
          fields: [forms, rationale],
          extras: [withTemplate(context, action, rationale, t('reports.actions.decide.rationale'))],
          values: () => ({ forms: forms.values(), rationale: rationale.value() }),
          labels: {
            forms: t('reports.actions.decide.forms'),
            rationale: t('reports.actions.decide.rationale'),
          },
          submit: t('reports.actions.decide.submit'),
          busy: t('reports.actions.decide.busy'),
        });
      }
      case 'decline':
        return oneText(context, action, {
          name: 'reason',
          heading: t('reports.actions.decline.heading'),
          label: t('reports.actions.decline.reason'),
          hint: t('reports.actions.decline.hint'),
          submit: t('reports.actions.decline.submit'),
          busy: t('reports.actions.decline.busy'),
          danger: true,
          confirm: {
            title: t('reports.actions.decline.confirmTitle'),
            text: t('reports.actions.decline.confirmText'),
            confirm: t('reports.actions.decline.confirm'),
          },
        });
      case 'recordMeasure':
        return measureForm(context);
      case 'close': {
        const outcome = selectField({
          form: 'act-close',
          name: 'outcome',
          label: t('reports.actions.close.outcome'),
          options: OUTCOMES.map((entry) => ({ value: entry.code, label: entry[language] })),
          placeholder: t('reports.actions.close.outcomePlaceholder'),
        });
        const note = textArea(action, 'note', t('reports.actions.close.note'), {
          optional: true,
          maxlength: 5000,
        });
        return actionForm(context, {
          action,
          heading: t('reports.actions.close.heading'),
          fields: [outcome, note],
          extras: [withTemplate(context, action, note, t('reports.actions.close.note'))],
          values: () => ({ outcome: outcome.value(), note: note.value() }),
          labels: {
            outcome: t('reports.actions.close.outcome'),
            note: t('reports.actions.close.note'),
          },
          submit: t('reports.actions.close.submit'),
          busy: t('reports.actions.close.busy'),
          confirm: {
            title: t('reports.actions.close.confirmTitle'),
            text: t('reports.actions.close.confirmText'),
            confirm: t('reports.actions.close.confirm'),
          },
        });
      }
      case 'reopen':
        return oneText(context, action, {
          name: 'reason',
          heading: t('reports.actions.reopen.heading'),
          label: t('reports.actions.reopen.reason'),
          hint: t('reports.actions.reopen.hint'),
          submit: t('reports.actions.reopen.submit'),
          busy: t('reports.actions.reopen.busy'),
        });
      case 'withdraw':
        return oneText(context, action, {
          name: 'reason',
          heading: t('reports.actions.withdraw.heading'),
          intro: t('reports.actions.withdraw.text'),
          label: t('reports.actions.withdraw.reason'),
          optional: true,
          submit: t('reports.actions.withdraw.submit'),
          busy: t('reports.actions.withdraw.busy'),
          danger: true,
          confirm: {
            title: t('reports.actions.withdraw.confirmTitle'),
            text: t('reports.actions.withdraw.confirmText'),
            confirm: t('reports.actions.withdraw.confirm'),
          },
          success: () => t('reports.actions.withdraw.done'),
        });
      default:
        return h('div');
    }
  });
}
