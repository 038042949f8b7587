import { useState } from 'preact/hooks';
import { t } from '../../i18n/i18n.js';
import { BusyButton, Button } from '../../ui/button.js';
import { CheckboxField } from '../../ui/choice-field.js';
import { afterRender } from '../../ui/form-model.js';
import { FormMessage } from '../../ui/form-message.js';
import { announce } from '../../ui/live-region.js';
import { CheckAnswers } from './check-answers.js';
import { submitDraft, type DraftContext } from './draft-actions.js';
import { ViolatorStep, WhatStep, WhereStep } from './fact-steps.js';
import { FilesStep } from './files-step.js';
import { fromFlat } from './flat-values.js';
import { PeopleStep } from './people-step.js';
import { checkReport, type ReportForm } from './report-model.js';
import { RightsStep } from './rights-step.js';
import { nextStep, previousStep, STEPS, stepProblems, type StepId } from './steps.js';
import { StepErrorSummary } from './wizard-parts.js';

/**
 * One step of the report form: its heading, its error summary once «continue» found problems,
 * its fields, and the way on. «Continue» checks only this step's fields; the review checks the
 * whole form and submits.
 */
export function StepContent(props: {
  step: StepId;
  form: ReportForm;
  context: DraftContext;
  submittable: boolean;
  refusal: string | null;
  returnToReview: boolean;
  onGo: (step: StepId, options?: { fromReview?: boolean }) => void;
  onFollow: (field: string) => void;
}) {
  const { step, form } = props;
  const [tried, setTried] = useState(false);
  const review = step === 'review';
  // The whole form's problems now (a field shows its own once left; the summary lists them).
  const checked = checkReport(form.values.value);
  const current = checked.ok ? {} : checked.problems;
  const problems = review ? current : stepProblems(current, step);
  const shown = tried ? problems : {};
  const fields = STEPS.find((entry) => entry.id === step)?.fields ?? [];

  const sayProblems = async (found: Record<string, string>) => {
    setTried(true);
    await afterRender();
    document.getElementById(`${form.id}-summary`)?.focus();
    const [first] = Object.values(found);
    if (first) announce(t('reports.wizard.stepNotDone', { first }));
  };

  const onSubmit = async () => {
    if (!review) {
      if (Object.keys(problems).length) {
        form.show(Object.keys(problems).concat(fields));
        await sayProblems(problems);
        return;
      }
      props.onGo(props.returnToReview ? 'review' : nextStep(step));
      return;
    }
    const whole = form.check();
    if (!whole.ok) {
      await sayProblems(whole.problems);
      return;
    }
    await submitDraft(props.context, whole.value, props.submittable ? null : props.refusal);
  };

  const back = previousStep(step);
  return (
    <form
      class="form report-form report-step"
      novalidate
      aria-labelledby="report-step-heading"
      aria-busy={form.busy.value ? 'true' : 'false'}
      onSubmit={(event) => {
        event.preventDefault();
        void onSubmit();
      }}
    >
      <h2 id="report-step-heading" tabIndex={-1}>
        {t(`reports.wizard.steps.${step}`)}
      </h2>
      <FormMessage state={form} />
      <StepErrorSummary
        formId={form.id}
        problems={shown}
        intro={review ? t('reports.wizard.fixFirst') : undefined}
        onFollow={props.onFollow}
      />
      {step === 'what' ? <WhatStep form={form} /> : null}
      {step === 'where' ? <WhereStep form={form} /> : null}
      {step === 'violator' ? <ViolatorStep form={form} /> : null}
      {step === 'rights' ? <RightsStep form={form} /> : null}
      {step === 'people' ? <PeopleStep form={form} /> : null}
      {step === 'files' ? (
        <FilesStep reportId={props.context.reportId} sync={props.context.sync} />
      ) : null}
      {review ? (
        <>
          <p>{t('reports.wizard.reviewIntro')}</p>
          <CheckAnswers
            values={fromFlat(form.values.value)}
            files={props.context.sync.attachments.value.length}
            onChange={(target) => props.onGo(target, { fromReview: true })}
          />
          <h3>{t('reports.wizard.consentHeading')}</h3>
          <CheckboxField
            form={form}
            name="consentToPublish"
            label={t('reports.form.consentLabel')}
            hint={t('reports.form.consentHint')}
          />
          <p class="field-hint">{t('reports.wizard.submitIntro')}</p>
        </>
      ) : null}
      <div class="step-actions">
        {review ? (
          <BusyButton
            state={form}
            label={t('reports.form.submit')}
            busyLabel={t('reports.form.submitting')}
            hidden={!props.submittable}
          />
        ) : (
          <button type="submit" class="button">
            {t(props.returnToReview ? 'reports.wizard.backToReview' : 'reports.wizard.continue')}
          </button>
        )}
        {back && !props.returnToReview ? (
          <Button variant="secondary" onClick={() => props.onGo(back)}>
            {t('reports.wizard.back')}
          </Button>
        ) : null}
      </div>
    </form>
  );
}
