import { RESPONSE_FORMS } from '@domain/catalogues/response-forms.js';
import { OUTCOMES } from '@domain/catalogues/report-options.js';
import type { ReportAction } from '@domain/workflows/report.workflow.js';
import type { ComponentChildren } from 'preact';
import { currentLanguage } from '../../i18n/i18n.js';
import { catalogueOptions } from '../../ui/catalogue-options.js';
import { ChoiceField } from '../../ui/choice-field.js';
import { SelectField, TextArea } from '../../ui/field.js';
import {
  actionHeading,
  confirmOf,
  say,
  type ActionSpec,
  type SpecContext,
} from './action-types.js';
import { AssignField } from './assign-field.js';
import { AnswerFiles, LatestRequest, measureSpec } from './measure-fields.js';
import { templatesFor } from './template-picker.js';

/** An action whose form is one text (a request, an answer, a reason, a note). */
function oneText(
  action: ReportAction,
  context: SpecContext,
  options: {
    name: string;
    label: string;
    optional?: boolean;
    intro?: boolean;
    hint?: boolean;
    danger?: boolean;
    success?: boolean;
    before?: ComponentChildren;
    extras?: ComponentChildren;
  },
): ActionSpec {
  const { name, label } = options;
  return {
    heading: actionHeading(action),
    intro: options.intro ? say(action, 'text') : null,
    initial: { [name]: '' },
    labels: { [name]: label },
    fields: (form) => (
      <>
        {options.before}
        <TextArea
          form={form}
          name={name}
          label={label}
          hint={options.hint === false ? undefined : say(action, 'hint')}
          optional={options.optional ?? false}
          maxlength={10_000}
        />
        {templatesFor(action, context, form, label)}
        {options.extras}
      </>
    ),
    submit: say(action, 'submit'),
    busy: say(action, 'busy'),
    ...(options.danger ? { danger: true, confirm: confirmOf(action) } : {}),
    ...(options.success ? { success: say(action, 'done') } : {}),
  };
}

export function actionSpec(action: ReportAction, context: SpecContext): ActionSpec {
  const language = currentLanguage();
  const base = {
    heading: actionHeading(action),
    submit: say(action, 'submit'),
    busy: say(action, 'busy'),
  };
  switch (action) {
    case 'assign':
      return {
        ...base,
        intro: say(action, 'hint'),
        initial: { assignees: context.report.assignees },
        labels: { assignees: say(action, 'label') },
        fields: (form) => <AssignField form={form} report={context.report} />,
        success: say(action, 'done'),
      };
    case 'requestInfo':
      return oneText(action, context, { name: 'request', label: say(action, 'label') });
    case 'provideInfo':
      return oneText(action, context, {
        name: 'answer',
        label: say(action, 'answer'),
        success: true,
        before: <LatestRequest reportId={context.report.id} />,
        extras: <AnswerFiles context={context} />,
      });
    case 'resumeReview':
      return oneText(action, context, {
        name: 'note',
        label: say(action, 'label'),
        optional: true,
      });
    case 'decline':
      return oneText(action, context, {
        name: 'reason',
        label: say(action, 'reason'),
        danger: true,
      });
    case 'reopen':
      return oneText(action, context, { name: 'reason', label: say(action, 'reason') });
    case 'withdraw':
      return oneText(action, context, {
        name: 'reason',
        label: say(action, 'reason'),
        optional: true,
        intro: true,
        hint: false,
        danger: true,
        success: true,
      });
    case 'decide':
      return {
        ...base,
        initial: { forms: [], rationale: '' },
        labels: { forms: say(action, 'forms'), rationale: say(action, 'rationale') },
        fields: (form) => (
          <>
            <ChoiceField
              form={form}
              name="forms"
              type="checkbox"
              label={say(action, 'forms')}
              hint={say(action, 'formsHint')}
              options={catalogueOptions(RESPONSE_FORMS, language)}
            />
            <TextArea
              form={form}
              name="rationale"
              label={say(action, 'rationale')}
              hint={say(action, 'rationaleHint')}
              rows={6}
            />
            {templatesFor(action, context, form, say(action, 'rationale'))}
          </>
        ),
      };
    case 'recordMeasure':
      return measureSpec(context, base);
    case 'close':
      return {
        ...base,
        initial: { outcome: '', note: '' },
        labels: { outcome: say(action, 'outcome'), note: say(action, 'note') },
        fields: (form) => (
          <>
            <SelectField
              form={form}
              name="outcome"
              label={say(action, 'outcome')}
              options={catalogueOptions(OUTCOMES, language)}
              placeholder={say(action, 'outcomePlaceholder')}
            />
            <TextArea
              form={form}
              name="note"
              label={say(action, 'note')}
              optional
              maxlength={5000}
            />
            {templatesFor(action, context, form, say(action, 'note'))}
          </>
        ),
        confirm: confirmOf(action),
      };
    default:
      // startReview, and any step without fields: the intro says what it does.
      return { ...base, intro: say(action, 'text'), initial: {}, labels: {}, fields: () => null };
  }
}
