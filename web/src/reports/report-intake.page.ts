import { INTAKE_CHANNELS } from '@domain/catalogues/report-options.js';
import { h } from '../ui/legacy/dom.js';
import { withDateProblems } from '../ui/date-field.js';
import { EMPTY_REPORT, validateIntake } from './report-form.js';
import { currentLanguage, loadSection, t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { reportPath } from '../router/routes.js';
import { choiceGroup, formMessage, selectField, type Field } from '../ui/legacy/form.js';
import { liveForm } from '../ui/legacy/live-validation.js';
import { checkSent, perform } from '../ui/legacy/perform.js';
import { reportFields } from './report-fields.js';
import { pageHeading } from '../ui/legacy/heading.js';

/**
 * `/app/reports/intake`: staff and coordinators register a report that came by post, phone or
 * email on behalf of a verified organisation (coordinators, from their own regions), with the
 * same form the NGO fills in, and the personal data if the organisation gave it. `reportAction
 * intake` records it as such; the page then opens the new report.
 */
export async function reportIntakePage({
  claims,
  announce,
  navigate,
}: PageContext): Promise<PageView> {
  await loadSection('reports');
  const [functions, organisations] = await Promise.all([
    import('../firebase/functions.js'),
    import('../firebase/organisations.js'),
  ]);
  const coordinator = claims?.role === 'coordinator';
  const language = currentLanguage();
  const title = t('reports.intake.title');
  const heading = pageHeading(title);
  heading.id = 'intake-heading';

  const verified = await organisations
    .listOrganisations({ status: 'verified' })
    .catch((error: unknown) => {
      console.error(error);
      return [];
    });
  verified.sort((a, b) => a.shortName.localeCompare(b.shortName, language));

  const form = 'intake';
  const organisation = selectField({
    form,
    name: 'orgId',
    label: t('reports.intake.organisation'),
    hint: t('reports.intake.organisationHint'),
    options: verified.map((org) => ({
      value: org.orgId,
      label: `${org.shortName} (${org.edrpou})`,
    })),
    placeholder: t('reports.intake.organisationPlaceholder'),
  });
  const channel = choiceGroup({
    form,
    name: 'channel',
    type: 'radio',
    label: t('reports.intake.channel'),
    options: INTAKE_CHANNELS.filter((entry) => entry.code !== 'web').map((entry) => ({
      value: entry.code,
      label: entry[language],
    })),
  });
  const fields = reportFields({
    form,
    values: EMPTY_REPORT,
    regions: coordinator ? claims?.regions : undefined,
    personalIntro: t('reports.intake.personalIntro'),
    onPeopleChange: () => undefined,
    announce,
  });
  const allFields = (): Field[] => [organisation, channel, ...fields.fields()];
  const check = () =>
    withDateProblems(
      validateIntake(
        { orgId: organisation.value(), channel: channel.values()[0] ?? '' },
        fields.values(),
        currentLanguage(),
        fields.labels(),
        {
          orgId: t('reports.intake.chooseOrganisation'),
          channel: t('reports.intake.chooseChannel'),
        },
      ),
      fields.values(),
      ['incidentDate'],
    );
  const message = formMessage('intake-message');
  const submit = h('button', { type: 'submit', class: 'button' }, t('reports.intake.submit'));
  const formNode = h(
    'form',
    { class: 'form report-form', novalidate: true, 'aria-labelledby': heading.id },
    message.node,
    h(
      'fieldset',
      { class: 'form-section' },
      h('legend', null, t('reports.intake.aboutHeading')),
      coordinator ? h('p', { class: 'field-hint' }, t('reports.intake.regionsNote')) : null,
      verified.length ? null : h('p', { class: 'notice' }, t('reports.intake.noOrganisations')),
      organisation.node,
      channel.node,
    ),
    ...fields.sections,
    h('p', null, submit),
  );
  const live = liveForm(formNode, allFields, () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });

  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, allFields(), message, announce);
    if (!value) return;
    void perform({
      button: submit,
      labels: { idle: t('reports.intake.submit'), busy: t('reports.intake.busy') },
      form: formNode,
      message,
      fields: allFields(),
      serverField: (path) => path.replace(/^(report|personalData)\./, ''),
      announce,
      run: () => functions.reportAction(value),
    }).then((outcome) => {
      if (!outcome?.ok) return;
      navigate(reportPath(outcome.value.reportId), { notice: t('reports.intake.done') });
    });
  });

  const node = h(
    'div',
    { class: 'page page-narrow report-form-page' },
    heading,
    h('p', null, t('reports.intake.intro')),
    formNode,
  );
  return { title, node };
}
