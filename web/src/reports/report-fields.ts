import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { VIOLATOR_KINDS } from '@domain/catalogues/report-options.js';
import { h } from '../ui/legacy/dom.js';
import type { ReportFormValues } from './report-values.js';
import type { FieldLabels } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import {
  checkboxField,
  choiceGroup,
  selectField,
  textAreaField,
  textField,
  type Field,
} from '../ui/legacy/form.js';
import { peopleEditor } from '../people/people-fields.js';
import { rightsField } from './rights-field.js';
import { reportLabelsWithPeople } from './report-labels.js';
import { EMPTY_REPORT } from './report-values.js';
import './reports.css';

export { reportLabels } from './report-labels.js';

/**
 * The report form's fields, shared by the NGO's form and the Secretariat's intake on behalf:
 * every field of `reportContentSchema` in plain sections, then the clearly marked restricted
 * section for victims and witnesses, then consent to publication. Names are the schema's
 * paths, so its problems (and the server's) land on the right fields.
 */
export interface ReportFields {
  sections: HTMLElement[];
  /** In the order of the form (for focusing the first problem); people come and go. */
  fields(): Field[];
  values(): ReportFormValues;
  labels(): FieldLabels;
}

function section(title: string, ...content: (Node | null)[]): HTMLElement {
  return h('fieldset', { class: 'form-section' }, h('legend', null, title), ...content);
}

export function reportFields(options: {
  form: string;
  values: ReportFormValues;
  /** Regions the person may choose (a coordinator's intake); all 27 otherwise. */
  regions?: readonly string[] | undefined;
  /** Shown at the top of the restricted section. */
  personalIntro: string;
  /** After people were added or removed (text changes arrive as input events). */
  onPeopleChange: () => void;
  announce: (message: string) => void;
}): ReportFields {
  const { form, values } = options;
  const language = currentLanguage();
  const title = textField({
    form,
    name: 'title',
    label: t('reports.fields.title'),
    hint: t('reports.form.titleHint'),
    value: values.title,
    maxlength: 200,
    autocomplete: 'off',
  });
  const description = textAreaField({
    form,
    name: 'description',
    label: t('reports.fields.description'),
    hint: t('reports.form.descriptionHint'),
    value: values.description,
    rows: 8,
    maxlength: 20_000,
  });
  const incidentDate = textField({
    form,
    name: 'incidentDate',
    label: t('reports.fields.incidentDate'),
    // Typed day first whatever the browser's language (its own date field is mm/dd/yyyy in
    // an English browser).
    hint: `${t('reports.form.incidentDateHint')} ${t('form.dateHint')}`,
    value: values.incidentDate,
    autocomplete: 'off',
  });
  incidentDate.input.inputMode = 'numeric';
  incidentDate.input.maxLength = 10;
  const regionChoices = REGIONS.filter(
    (region) => !options.regions || options.regions.includes(region.code),
  );
  const regionCode = selectField({
    form,
    name: 'regionCode',
    label: t('reports.fields.regionCode'),
    options: regionChoices.map((region) => ({ value: region.code, label: region[language] })),
    placeholder: t('reports.form.regionPlaceholder'),
    value: values.regionCode,
  });
  const locality = textField({
    form,
    name: 'locality',
    label: t('reports.fields.locality'),
    hint: t('reports.form.localityHint'),
    value: values.locality,
    maxlength: 200,
    autocomplete: 'off',
  });
  const violatorKind = selectField({
    form,
    name: 'violator.kind',
    label: t('reports.fields.violatorKind'),
    options: VIOLATOR_KINDS.map((kind) => ({ value: kind.code, label: kind[language] })),
    placeholder: t('reports.form.violatorKindPlaceholder'),
    value: values.violatorKind,
  });
  const violatorName = textField({
    form,
    name: 'violator.name',
    label: t('reports.fields.violatorName'),
    hint: t('reports.form.violatorNameHint'),
    value: values.violatorName,
    maxlength: 300,
    autocomplete: 'off',
  });
  const rights = rightsField({ form, values: values.rights });
  const area = selectField({
    form,
    name: 'area',
    label: t('reports.fields.area'),
    hint: t('reports.form.areaHint'),
    options: AREAS.map((entry) => ({ value: entry.code, label: entry[language] })),
    placeholder: t('reports.form.areaPlaceholder'),
    value: values.area,
  });
  const victimsCount = textField({
    form,
    name: 'victimsCount',
    label: t('reports.fields.victimsCount'),
    hint: t('reports.form.victimsCountHint'),
    value: values.victimsCount,
    inputmode: 'numeric',
    autocomplete: 'off',
    maxlength: 7,
  });
  const vulnerableGroups = choiceGroup({
    form,
    name: 'vulnerableGroups',
    type: 'checkbox',
    label: t('reports.fields.vulnerableGroups'),
    hint: t('reports.form.vulnerableHint'),
    options: (['children', 'disabilities', 'deprivedOfLiberty'] as const).map((group) => ({
      value: group,
      label: t(`reports.fields.${group}`),
    })),
    values: (['children', 'disabilities', 'deprivedOfLiberty'] as const).filter(
      (group) => values[group],
    ),
    optional: true,
  });
  const urgent = checkboxField({
    form,
    name: 'urgent',
    label: t('reports.fields.urgent'),
    hint: t('reports.form.urgentHint'),
    checked: values.urgent,
  });
  const urgencyReason = textAreaField({
    form,
    name: 'urgencyReason',
    label: t('reports.fields.urgencyReason'),
    hint: t('reports.form.urgencyReasonHint'),
    value: values.urgencyReason,
    rows: 3,
    maxlength: 2000,
  });
  // The reason belongs to an urgent report: it appears right after the box that asks for it.
  const showReason = () => {
    urgencyReason.node.hidden = !urgent.checked();
    urgent.input.setAttribute('aria-expanded', String(urgent.checked()));
  };
  urgent.input.setAttribute('aria-controls', urgencyReason.input.id);
  urgent.input.addEventListener('change', showReason);
  showReason();

  const victims = peopleEditor({
    form,
    list: 'victims',
    people: values.victims,
    onChange: options.onPeopleChange,
    announce: options.announce,
  });
  const witnesses = peopleEditor({
    form,
    list: 'witnesses',
    people: values.witnesses,
    onChange: options.onPeopleChange,
    announce: options.announce,
  });
  const restrictedId = `${form}-restricted-heading`;
  const restricted = h(
    'section',
    { class: 'restricted', 'aria-labelledby': restrictedId },
    h(
      'h2',
      { id: restrictedId },
      h('span', { class: 'tag tag-restricted' }, t('reports.form.restrictedTag')),
      ' ',
      t('reports.form.personalHeading'),
    ),
    h('p', null, options.personalIntro),
    h('p', { class: 'field-hint' }, t('reports.form.personalOptional')),
    victims.node,
    witnesses.node,
  );

  const consentToPublish = checkboxField({
    form,
    name: 'consentToPublish',
    label: t('reports.form.consentLabel'),
    hint: t('reports.form.consentHint'),
    checked: values.consentToPublish,
  });

  const before = [
    title,
    description,
    incidentDate,
    regionCode,
    locality,
    violatorKind,
    violatorName,
    rights,
    area,
    victimsCount,
    vulnerableGroups,
    urgent,
    urgencyReason,
  ];
  return {
    sections: [
      section(t('reports.form.whatHeading'), title.node, description.node),
      section(
        t('reports.form.whenWhereHeading'),
        incidentDate.node,
        regionCode.node,
        locality.node,
      ),
      section(t('reports.form.violatorHeading'), violatorKind.node, violatorName.node),
      section(t('reports.form.rightsHeading'), rights.node, area.node),
      section(t('reports.form.victimsHeading'), victimsCount.node, vulnerableGroups.node),
      section(t('reports.form.urgencyHeading'), urgent.node, urgencyReason.node),
      restricted,
      section(t('reports.form.publishHeading'), consentToPublish.node),
    ],
    fields: () => [...before, ...victims.fields(), ...witnesses.fields(), consentToPublish],
    values: () => {
      const groups = vulnerableGroups.values();
      return {
        title: title.value(),
        description: description.value(),
        incidentDate: incidentDate.value(),
        regionCode: regionCode.value(),
        locality: locality.value(),
        violatorKind: violatorKind.value(),
        violatorName: violatorName.value(),
        rights: rights.values(),
        area: area.value(),
        victimsCount: victimsCount.value(),
        children: groups.includes('children'),
        disabilities: groups.includes('disabilities'),
        deprivedOfLiberty: groups.includes('deprivedOfLiberty'),
        urgent: urgent.checked(),
        urgencyReason: urgencyReason.value(),
        consentToPublish: consentToPublish.checked(),
        victims: victims.values(),
        witnesses: witnesses.values(),
      };
    },
    labels: () =>
      reportLabelsWithPeople({
        ...EMPTY_REPORT,
        victims: victims.values(),
        witnesses: witnesses.values(),
      }),
  };
}
