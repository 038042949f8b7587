import { REGIONS } from '@domain/catalogues/regions.js';
import { VIOLATOR_KINDS } from '@domain/catalogues/report-options.js';
import { currentLanguage, t } from '../../i18n/i18n.js';
import { catalogueOptions } from '../../ui/catalogue-options.js';
import { CheckboxField } from '../../ui/choice-field.js';
import { DateField } from '../../ui/date-field.js';
import { SelectField, TextArea, TextField } from '../../ui/field.js';
import type { ReportFieldsForm } from './report-model.js';

/** What happened: a short title, the account of it, and whether it is urgent (and why). */
export function WhatStep(props: { form: ReportFieldsForm }) {
  const { form } = props;
  return (
    <>
      <TextField
        form={form}
        name="title"
        label={t('reports.fields.title')}
        hint={t('reports.form.titleHint')}
        maxlength={200}
        autocomplete="off"
      />
      <TextArea
        form={form}
        name="description"
        label={t('reports.fields.description')}
        hint={t('reports.form.descriptionHint')}
        rows={8}
        maxlength={20_000}
      />
      <CheckboxField
        form={form}
        name="urgent"
        label={t('reports.fields.urgent')}
        hint={t('reports.form.urgentHint')}
      />
      {/* The reason belongs to an urgent report: it appears right after the box that asks. */}
      {form.values.value.urgent === true ? (
        <TextArea
          form={form}
          name="urgencyReason"
          label={t('reports.fields.urgencyReason')}
          hint={t('reports.form.urgencyReasonHint')}
          rows={3}
          maxlength={2000}
        />
      ) : null}
    </>
  );
}

/**
 * Where and when: the date (typed day first), the region and the place. `regions` narrows the
 * regions offered (a coordinator's intake on behalf: their own regions); all 27 otherwise.
 */
export function WhereStep(props: {
  form: ReportFieldsForm;
  regions?: readonly string[] | undefined;
}) {
  const { form, regions } = props;
  return (
    <>
      <DateField
        form={form}
        name="incidentDate"
        label={t('reports.fields.incidentDate')}
        hint={t('reports.form.incidentDateHint')}
      />
      <SelectField
        form={form}
        name="regionCode"
        label={t('reports.fields.regionCode')}
        options={catalogueOptions(
          regions ? REGIONS.filter((region) => regions.includes(region.code)) : REGIONS,
          currentLanguage(),
        )}
        placeholder={t('reports.form.regionPlaceholder')}
      />
      <TextField
        form={form}
        name="locality"
        label={t('reports.fields.locality')}
        hint={t('reports.form.localityHint')}
        maxlength={200}
        autocomplete="off"
      />
    </>
  );
}

/** Who violated the rights, asked once: what kind of body or person, and its name. */
export function ViolatorStep(props: { form: ReportFieldsForm }) {
  const { form } = props;
  return (
    <>
      <SelectField
        form={form}
        name="violator.kind"
        label={t('reports.fields.violatorKind')}
        options={catalogueOptions(VIOLATOR_KINDS, currentLanguage())}
        placeholder={t('reports.form.violatorKindPlaceholder')}
      />
      <TextField
        form={form}
        name="violator.name"
        label={t('reports.fields.violatorName')}
        hint={t('reports.form.violatorNameHint')}
        maxlength={300}
        autocomplete="off"
      />
    </>
  );
}
