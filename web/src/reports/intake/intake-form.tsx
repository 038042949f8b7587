import { AREAS } from '@domain/catalogues/areas.js';
import { INTAKE_CHANNELS } from '@domain/catalogues/report-options.js';
import type { ComponentChildren } from 'preact';
import type * as Functions from '../../firebase/functions.js';
import type { OrganisationView } from '../../firebase/organisations.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { reportPath } from '../../router/routes.js';
import { useNavigation } from '../../router/navigation.js';
import { submitForm } from '../../ui/action-runner.js';
import { BusyButton } from '../../ui/button.js';
import { catalogueOptions } from '../../ui/catalogue-options.js';
import { CheckboxField, ChoiceField } from '../../ui/choice-field.js';
import { SelectField } from '../../ui/field.js';
import { Form } from '../../ui/form.js';
import { useForm } from '../../ui/use-form.js';
import { ViolatorStep, WhatStep, WhereStep } from '../form/fact-steps.js';
import { PeopleStep } from '../form/people-step.js';
import { RightsField } from '../form/rights-step.js';
import { checkIntake, emptyIntake, intakeField } from './intake-model.js';

function Section(props: { legend: string; children: ComponentChildren }) {
  return (
    <fieldset class="form-section">
      <legend>{props.legend}</legend>
      {props.children}
    </fieldset>
  );
}

/**
 * The intake form: whose report and how it came, then the report's fields (the NGO form's own
 * components, in sections rather than steps: staff copy a letter in one go), the restricted
 * section for victims and witnesses, and consent to publication. One error summary at the top;
 * `reportAction intake` registers it, and the new report opens.
 */
export function IntakeForm(props: {
  functions: typeof Functions;
  organisations: readonly OrganisationView[];
  /** A coordinator's regions, the only ones offered; all of them for the Secretariat. */
  regions: readonly string[] | undefined;
}) {
  const { navigate } = useNavigation();
  const form = useForm({ id: 'intake', initial: emptyIntake(), validate: checkIntake });
  const language = currentLanguage();
  const send = async () => {
    const outcome = await submitForm(form, {
      run: (value) => props.functions.reportAction(value),
      serverField: intakeField,
    });
    if (outcome?.ok) {
      navigate(reportPath(outcome.value.reportId), { notice: t('reports.intake.done') });
    }
  };
  return (
    <Form form={form} class="report-form" labelledBy="intake-heading" onSubmit={() => void send()}>
      <Section legend={t('reports.intake.aboutHeading')}>
        {props.regions ? <p class="field-hint">{t('reports.intake.regionsNote')}</p> : null}
        {props.organisations.length ? null : (
          <p class="notice">{t('reports.intake.noOrganisations')}</p>
        )}
        <SelectField
          form={form}
          name="orgId"
          label={t('reports.intake.organisation')}
          hint={t('reports.intake.organisationHint')}
          options={props.organisations.map((org) => ({
            value: org.orgId,
            label: `${org.shortName} (${org.edrpou})`,
          }))}
          placeholder={t('reports.intake.organisationPlaceholder')}
        />
        <ChoiceField
          form={form}
          name="channel"
          type="radio"
          label={t('reports.intake.channel')}
          options={INTAKE_CHANNELS.filter((entry) => entry.code !== 'web').map((entry) => ({
            value: entry.code,
            label: entry[language],
          }))}
        />
      </Section>
      <Section legend={t('reports.form.whatHeading')}>
        <WhatStep form={form} />
      </Section>
      <Section legend={t('reports.form.whenWhereHeading')}>
        <WhereStep form={form} regions={props.regions} />
      </Section>
      <Section legend={t('reports.form.violatorHeading')}>
        <ViolatorStep form={form} />
      </Section>
      <Section legend={t('reports.form.rightsHeading')}>
        <RightsField form={form} />
        <SelectField
          form={form}
          name="area"
          label={t('reports.fields.area')}
          hint={t('reports.form.areaHint')}
          options={catalogueOptions(AREAS, language)}
          placeholder={t('reports.form.areaPlaceholder')}
        />
      </Section>
      <Section legend={t('reports.form.victimsHeading')}>
        <PeopleStep form={form} personalIntro={t('reports.intake.personalIntro')} />
      </Section>
      <Section legend={t('reports.form.publishHeading')}>
        <CheckboxField
          form={form}
          name="consentToPublish"
          label={t('reports.form.consentLabel')}
          hint={t('reports.form.consentHint')}
        />
      </Section>
      <p>
        <BusyButton
          state={form}
          label={t('reports.intake.submit')}
          busyLabel={t('reports.intake.busy')}
        />
      </p>
    </Form>
  );
}
