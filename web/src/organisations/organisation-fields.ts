import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { LEGAL_FORMS } from '@domain/catalogues/report-options.js';
import { EDRPOU_ERROR_CODES, edrpouProblem } from '@domain/edrpou.js';
import { errorText } from '@domain/errors/catalogue.js';
import { h } from '../ui/legacy/dom.js';
import type { OrganisationFormValues } from './organisation-form.js';
import type { FieldLabels } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import {
  checkboxField,
  choiceGroup,
  selectField,
  textField,
  type Field,
  type TextField,
} from '../ui/legacy/form.js';

/**
 * The fields of an organisation's profile, for registering, editing and correcting it. The
 * EDRPOU code (only when registering: it never changes afterwards) has a live check that
 * says, as the person types, how many digits are in and whether the check digit is right.
 */
export interface OrganisationFields {
  sections: HTMLElement[];
  /** In the order of the form, for focusing the first problem. */
  fields: Field[];
  values(): OrganisationFormValues;
}

export function organisationLabels(): FieldLabels {
  return {
    name: t('orgFields.name'),
    shortName: t('orgFields.shortName'),
    edrpou: t('orgFields.edrpou'),
    legalForm: t('orgFields.legalForm'),
    regionCode: t('orgFields.regionCode'),
    areas: t('orgFields.areas'),
    website: t('orgFields.website'),
    publicEmail: t('orgFields.publicEmail'),
    publicPhone: t('orgFields.publicPhone'),
    listedInDirectory: t('orgFields.listedInDirectory'),
  };
}

/** What the live check says about a code being typed; `valid` decides its look. */
export function edrpouCheck(raw: string): { text: string; valid: boolean | null } {
  const code = raw.replace(/\s+/g, '');
  if (!code) return { text: '', valid: null };
  if (/^\d{1,7}$/.test(code)) {
    return { text: t('orgForm.edrpouTyped', { count: code.length }), valid: null };
  }
  const problem = edrpouProblem(code);
  if (!problem) return { text: t('orgForm.edrpouValid'), valid: true };
  return { text: errorText(EDRPOU_ERROR_CODES[problem], currentLanguage()), valid: false };
}

export function organisationFields(options: {
  form: string;
  values: OrganisationFormValues;
  withEdrpou: boolean;
}): OrganisationFields {
  const { form, values } = options;
  const language = currentLanguage();
  const name = textField({
    form,
    name: 'name',
    label: t('orgFields.name'),
    hint: t('orgForm.nameHint'),
    value: values.name,
    autocomplete: 'organization',
    maxlength: 300,
  });
  const shortName = textField({
    form,
    name: 'shortName',
    label: t('orgFields.shortName'),
    hint: t('orgForm.shortNameHint'),
    value: values.shortName,
    maxlength: 100,
  });
  let edrpou: TextField | null = null;
  if (options.withEdrpou) {
    const field = textField({
      form,
      name: 'edrpou',
      label: t('orgFields.edrpou'),
      hint: t('orgForm.edrpouHint'),
      value: values.edrpou,
      inputmode: 'numeric',
      autocomplete: 'off',
      maxlength: 10,
      spellcheck: false,
    });
    const status = h('p', {
      id: `${form}-edrpou-check`,
      class: 'field-check',
      'aria-live': 'polite',
    });
    field.node.append(status);
    field.describedAlsoBy(status.id);
    const update = () => {
      // When the field shows its own error, the check says nothing more (no double reading).
      const check = field.hasError() ? { text: '', valid: null } : edrpouCheck(field.value());
      status.textContent = check.text;
      status.dataset.valid = check.valid === null ? '' : String(check.valid);
    };
    field.input.addEventListener('input', update);
    const setError = field.setError.bind(field);
    field.setError = (message) => {
      setError(message);
      update();
    };
    update();
    edrpou = field;
  }
  const legalForm = selectField({
    form,
    name: 'legalForm',
    label: t('orgFields.legalForm'),
    options: LEGAL_FORMS.map((entry) => ({ value: entry.code, label: entry[language] })),
    placeholder: t('orgForm.legalFormPlaceholder'),
    value: values.legalForm,
  });
  const regionCode = selectField({
    form,
    name: 'regionCode',
    label: t('orgFields.regionCode'),
    hint: t('orgForm.regionHint'),
    options: REGIONS.map((entry) => ({ value: entry.code, label: entry[language] })),
    placeholder: t('orgForm.regionPlaceholder'),
    value: values.regionCode,
  });
  const areas = choiceGroup({
    form,
    name: 'areas',
    type: 'checkbox',
    label: t('orgFields.areas'),
    hint: t('orgForm.areasHint'),
    options: AREAS.map((entry) => ({ value: entry.code, label: entry[language] })),
    values: values.areas,
  });
  const website = textField({
    form,
    name: 'website',
    label: t('orgFields.website'),
    hint: t('orgForm.websiteHint'),
    type: 'url',
    inputmode: 'url',
    autocomplete: 'url',
    value: values.website,
    optional: true,
    spellcheck: false,
    autocapitalize: 'none',
  });
  const publicEmail = textField({
    form,
    name: 'publicEmail',
    label: t('orgFields.publicEmail'),
    hint: t('orgForm.publicEmailHint'),
    type: 'email',
    inputmode: 'email',
    autocomplete: 'email',
    value: values.publicEmail,
    spellcheck: false,
    autocapitalize: 'none',
  });
  const publicPhone = textField({
    form,
    name: 'publicPhone',
    label: t('orgFields.publicPhone'),
    hint: t('orgForm.publicPhoneHint'),
    type: 'tel',
    inputmode: 'tel',
    autocomplete: 'tel',
    value: values.publicPhone,
    optional: true,
  });
  const listedInDirectory = checkboxField({
    form,
    name: 'listedInDirectory',
    label: t('orgForm.listedLabel'),
    hint: t('orgForm.listedHint'),
    checked: values.listedInDirectory,
  });

  const about = [name, shortName, ...(edrpou ? [edrpou] : []), legalForm, regionCode, areas];
  const contacts = [website, publicEmail, publicPhone, listedInDirectory];
  return {
    sections: [
      h(
        'fieldset',
        { class: 'form-section' },
        h('legend', null, t('orgForm.aboutHeading')),
        about.map((field) => field.node),
      ),
      h(
        'fieldset',
        { class: 'form-section' },
        h('legend', null, t('orgForm.contactsHeading')),
        contacts.map((field) => field.node),
      ),
    ],
    fields: [...about, ...contacts],
    values: () => ({
      name: name.value(),
      shortName: shortName.value(),
      edrpou: edrpou ? edrpou.value() : values.edrpou,
      legalForm: legalForm.value(),
      regionCode: regionCode.value(),
      areas: areas.values(),
      website: website.value(),
      publicEmail: publicEmail.value(),
      publicPhone: publicPhone.value(),
      listedInDirectory: listedInDirectory.checked(),
    }),
  };
}
