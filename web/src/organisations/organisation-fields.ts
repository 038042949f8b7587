import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { LEGAL_FORMS } from '@domain/catalogues/report-options.js';
import { h } from '../ui/legacy/dom.js';
import type { OrganisationFormValues } from './organisation-form.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { edrpouCheck, organisationLabels } from './organisation-profile-fields.js';
import {
  checkboxField,
  choiceGroup,
  selectField,
  textField,
  type Field,
  type TextField,
} from '../ui/legacy/form.js';

/**
 * The organisation fields as DOM, for the one page not yet on Preact that still builds them:
 * register-organisation.page.ts. The component is organisation-profile-fields.tsx; once that
 * page is converted, this file goes.
 */
export { organisationLabels };

export interface OrganisationFields {
  sections: HTMLElement[];
  /** In the order of the form, for focusing the first problem. */
  fields: Field[];
  values(): OrganisationFormValues;
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
