import { currentLanguage, t } from '../../i18n/i18n.js';
import type { Validation } from '../../forms/problems.js';
import { withDateProblems } from '../../ui/date-field.js';
import { fromFlat, toFlat, type FlatValues } from '../form/flat-values.js';
import { EMPTY_REPORT, validateIntake, type IntakeInput } from '../report-form.js';
import { reportLabelsWithPeople } from '../report-labels.js';

/**
 * The staff's intake on behalf of an organisation, empty: which organisation, how the report
 * came, then the report's own fields named as the NGO's form names them
 * (form/flat-values.ts), so that the same field components show them and the schema's
 * problems land on them.
 */
export function emptyIntake(): FlatValues {
  return { orgId: '', channel: '', ...toFlat(EMPTY_REPORT) };
}

/** `reportAction intake` as the shared schema checks it, dates typed day first. */
export function checkIntake(flat: FlatValues): Validation<IntakeInput> {
  const values = fromFlat(flat);
  const text = (value: unknown) => (typeof value === 'string' ? value : '');
  return withDateProblems(
    validateIntake(
      { orgId: text(flat.orgId), channel: text(flat.channel) },
      values,
      currentLanguage(),
      reportLabelsWithPeople(values),
      {
        orgId: t('reports.intake.chooseOrganisation'),
        channel: t('reports.intake.chooseChannel'),
      },
    ),
    flat,
    ['incidentDate'],
  );
}

/** A field path of the server's refusal (`report.title`) as the form's field (`title`). */
export function intakeField(path: string): string {
  return path.replace(/^(report|personalData)\./, '');
}
