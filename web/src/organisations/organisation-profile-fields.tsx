import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { LEGAL_FORMS } from '@domain/catalogues/report-options.js';
import { EDRPOU_ERROR_CODES, edrpouProblem } from '@domain/edrpou.js';
import { errorText } from '@domain/errors/catalogue.js';
import type { FieldLabels } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { catalogueOptions } from '../ui/catalogue-options.js';
import { CheckboxField, ChoiceField } from '../ui/choice-field.js';
import { EMAIL_INPUT, SelectField, TextField } from '../ui/field.js';
import type { FormModel } from '../ui/form-model.js';
import type { OrganisationFormValues } from './organisation-form.js';

/**
 * The fields of an organisation's profile, for registering, editing and correcting it, in
 * two groups: about the organisation, and its contacts. The EDRPOU code (only when
 * registering: it never changes afterwards) has a live check that says, as the person types,
 * how many digits are in and whether the check digit is right.
 */
export function OrganisationProfileFields<V extends OrganisationFormValues>(props: {
  form: FormModel<V, unknown>;
  withEdrpou?: boolean;
}) {
  const { form } = props;
  const language = currentLanguage();
  return (
    <>
      <fieldset class="form-section">
        <legend>{t('orgForm.aboutHeading')}</legend>
        <TextField
          form={form}
          name="name"
          label={t('orgFields.name')}
          hint={t('orgForm.nameHint')}
          autocomplete="organization"
          maxlength={300}
        />
        <TextField
          form={form}
          name="shortName"
          label={t('orgFields.shortName')}
          hint={t('orgForm.shortNameHint')}
          maxlength={100}
        />
        {props.withEdrpou ? <EdrpouField form={form} /> : null}
        <SelectField
          form={form}
          name="legalForm"
          label={t('orgFields.legalForm')}
          options={catalogueOptions(LEGAL_FORMS, language)}
          placeholder={t('orgForm.legalFormPlaceholder')}
        />
        <SelectField
          form={form}
          name="regionCode"
          label={t('orgFields.regionCode')}
          hint={t('orgForm.regionHint')}
          options={catalogueOptions(REGIONS, language)}
          placeholder={t('orgForm.regionPlaceholder')}
        />
        <ChoiceField
          form={form}
          name="areas"
          type="checkbox"
          label={t('orgFields.areas')}
          hint={t('orgForm.areasHint')}
          options={catalogueOptions(AREAS, language)}
        />
      </fieldset>
      <fieldset class="form-section">
        <legend>{t('orgForm.contactsHeading')}</legend>
        <TextField
          form={form}
          name="website"
          label={t('orgFields.website')}
          hint={t('orgForm.websiteHint')}
          type="url"
          inputmode="url"
          autocomplete="url"
          spellcheck={false}
          autocapitalize="none"
          optional
        />
        <TextField
          form={form}
          name="publicEmail"
          label={t('orgFields.publicEmail')}
          hint={t('orgForm.publicEmailHint')}
          autocomplete="email"
          {...EMAIL_INPUT}
        />
        <TextField
          form={form}
          name="publicPhone"
          label={t('orgFields.publicPhone')}
          hint={t('orgForm.publicPhoneHint')}
          type="tel"
          inputmode="tel"
          autocomplete="tel"
          optional
        />
        <CheckboxField
          form={form}
          name="listedInDirectory"
          label={t('orgForm.listedLabel')}
          hint={t('orgForm.listedHint')}
        />
      </fieldset>
    </>
  );
}

function EdrpouField<V extends OrganisationFormValues>(props: { form: FormModel<V, unknown> }) {
  const { form } = props;
  const checkId = `${form.id}-edrpou-check`;
  // When the field shows its own error, the check says nothing more (no double reading).
  const check = form.visible.value.edrpou
    ? { text: '', valid: null }
    : edrpouCheck(form.values.value.edrpou);
  return (
    <TextField
      form={form}
      name="edrpou"
      label={t('orgFields.edrpou')}
      hint={t('orgForm.edrpouHint')}
      describedBy={checkId}
      inputmode="numeric"
      autocomplete="off"
      maxlength={10}
      spellcheck={false}
      after={
        <p
          id={checkId}
          class="field-check"
          aria-live="polite"
          data-valid={check.valid === null ? '' : String(check.valid)}
        >
          {check.text}
        </p>
      }
    />
  );
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

/** The labels the shared schema's messages name the fields by. */
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
