import type { FieldLabels } from '../forms/problems.js';
import { t } from '../i18n/i18n.js';
import { personLabels } from './report-form.js';
import type { ReportFormValues } from './report-values.js';

/** The names problems call the report's fields by (the schema's paths). */
export function reportLabels(): FieldLabels {
  return {
    title: t('reports.fields.title'),
    description: t('reports.fields.description'),
    incidentDate: t('reports.fields.incidentDate'),
    regionCode: t('reports.fields.regionCode'),
    locality: t('reports.fields.locality'),
    'violator.kind': t('reports.fields.violatorKind'),
    'violator.name': t('reports.fields.violatorName'),
    rights: t('reports.fields.rights'),
    area: t('reports.fields.area'),
    victimsCount: t('reports.fields.victimsCount'),
    vulnerableGroups: t('reports.fields.vulnerableGroups'),
    urgent: t('reports.fields.urgent'),
    urgencyReason: t('reports.fields.urgencyReason'),
    consentToPublish: t('reports.fields.consentToPublish'),
  };
}

/** The labels with those of each person the form holds now. */
export function reportLabelsWithPeople(values: ReportFormValues): FieldLabels {
  const person = {
    fullName: t('reports.fields.fullName'),
    birthYear: t('reports.fields.birthYear'),
    contact: t('reports.fields.contact'),
    notes: t('reports.fields.notes'),
  };
  return {
    ...reportLabels(),
    ...Object.assign(
      {},
      ...values.victims.map((_, index) => personLabels('victims', index, person)),
      ...values.witnesses.map((_, index) => personLabels('witnesses', index, person)),
    ),
  };
}
