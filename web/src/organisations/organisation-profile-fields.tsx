import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { LEGAL_FORMS } from '@domain/catalogues/report-options.js';
import { EDRPOU_MESSAGES, edrpouProblem } from '@domain/edrpou.js';
import type { FieldLabels } from '../forms/problems.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { CheckboxField, ChoiceField } from '../ui/choice-field.js';
import { EMAIL_INPUT, Field, SelectField, TextField } from '../ui/field.js';
import type { FormModel, FormValues } from '../ui/form-model.js';
import type { OrganisationFormValues } from './organisation-form.js';

type Values = OrganisationFormValues & FormValues;

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
  return { text: EDRPOU_MESSAGES[problem][currentLanguage()], valid: false };
}

/**
 * The fields of an organisation's profile in a form of the kit, for registering it (with the
 * EDRPOU code, which never changes afterwards) and for editing or correcting it (without).
 * Field names are `OrganisationFormValues`' (`organisation-form.ts` validates them with the
 * shared schema), so ids are `{form}-name`, `{form}-edrpou`…
 */
export function OrganisationProfileFields<V extends Values>(props: {
  form: FormModel<V, unknown>;
  withEdrpou: boolean;
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
          placeholder={t('orgForm.legalFormPlaceholder')}
          options={LEGAL_FORMS.map((entry) => ({ value: entry.code, label: entry[language] }))}
        />
        <SelectField
          form={form}
          name="regionCode"
          label={t('orgFields.regionCode')}
          hint={t('orgForm.regionHint')}
          placeholder={t('orgForm.regionPlaceholder')}
          options={REGIONS.map((entry) => ({ value: entry.code, label: entry[language] }))}
        />
        <ChoiceField
          form={form}
          name="areas"
          type="checkbox"
          label={t('orgFields.areas')}
          hint={t('orgForm.areasHint')}
          options={AREAS.map((entry) => ({ value: entry.code, label: entry[language] }))}
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
          {...EMAIL_INPUT}
          autocomplete="email"
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

/**
 * The EDRPOU code with a live check that says, as the person types, how many digits are in
 * and whether the check digit is right; while the field shows its own error, the check says
 * nothing more (no double reading).
 */
function EdrpouField<V extends Values>(props: { form: FormModel<V, unknown> }) {
  const { form } = props;
  const checkId = `${form.id}-edrpou-check`;
  const showsError = Boolean(form.visible.value.edrpou);
  return (
    <Field
      form={form}
      name="edrpou"
      label={t('orgFields.edrpou')}
      hint={t('orgForm.edrpouHint')}
      describedBy={checkId}
    >
      {(control, value) => {
        const check = showsError ? { text: '', valid: null } : edrpouCheck(String(value));
        return (
          <>
            <input
              {...control}
              type="text"
              inputmode="numeric"
              autocomplete="off"
              maxlength={10}
              spellcheck={false}
              value={String(value)}
              onInput={(event) => form.set('edrpou', event.currentTarget.value as V['edrpou'])}
            />
            <p
              id={checkId}
              class="field-check"
              aria-live="polite"
              data-valid={check.valid === null ? '' : String(check.valid)}
            >
              {check.text}
            </p>
          </>
        );
      }}
    </Field>
  );
}
