import type { Validation } from '../../forms/problems.js';
import { currentLanguage } from '../../i18n/i18n.js';
import { withDateProblems } from '../../ui/date-field.js';
import type { FormModel } from '../../ui/form-model.js';
import { validateReport, type PersonalDataInput, type ReportContentInput } from '../report-form.js';
import { reportLabelsWithPeople } from '../report-labels.js';
import { fromFlat, type FlatValues } from './flat-values.js';

/** What the report form becomes once the schemas accept it. */
export interface ReportChecked {
  report: ReportContentInput;
  personalData: PersonalDataInput;
}

/** The report form's model (ui/form-model.ts), one for all the steps. */
export type ReportForm = FormModel<FlatValues, ReportChecked>;

/**
 * What the report's field components need of a form: its fields named by the report's flat
 * values, whatever the form makes of them (the NGO's form, or the staff's intake on behalf).
 */
export type ReportFieldsForm = FormModel<FlatValues, unknown>;

/** The shared schemas' verdict on the whole form, dates typed day first. */
export function checkReport(flat: FlatValues): Validation<ReportChecked> {
  const values = fromFlat(flat);
  return withDateProblems(
    validateReport(values, currentLanguage(), reportLabelsWithPeople(values)),
    flat,
    ['incidentDate'],
  );
}
