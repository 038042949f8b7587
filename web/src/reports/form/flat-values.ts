import { EMPTY_PERSON, type PersonValues, type ReportFormValues } from '../report-values.js';

/**
 * The report form's values as the kit's form model holds them (ui/form-model.ts): one key per
 * field, named by the schema's path (`violator.name`, `victims.0.fullName`), so that a problem
 * of the schema or the server lands on its field, and the field's element ids are the ones the
 * form always had (`report-victims-0-fullName`). People added or removed add or remove keys.
 */
export type FlatValues = Record<string, string | boolean | readonly string[]>;

export const PERSON_FIELDS = ['fullName', 'birthYear', 'contact', 'notes'] as const;
export type PeopleList = 'victims' | 'witnesses';
const GROUPS = ['children', 'disabilities', 'deprivedOfLiberty'] as const;

export function toFlat(values: ReportFormValues): FlatValues {
  const flat: FlatValues = {
    title: values.title,
    description: values.description,
    urgent: values.urgent,
    urgencyReason: values.urgencyReason,
    incidentDate: values.incidentDate,
    regionCode: values.regionCode,
    locality: values.locality,
    'violator.kind': values.violatorKind,
    'violator.name': values.violatorName,
    rights: values.rights,
    area: values.area,
    victimsCount: values.victimsCount,
    vulnerableGroups: GROUPS.filter((group) => values[group]),
  };
  for (const list of ['victims', 'witnesses'] as const) {
    values[list].forEach((person, index) => {
      for (const field of PERSON_FIELDS) flat[`${list}.${index}.${field}`] = person[field];
    });
  }
  flat.consentToPublish = values.consentToPublish;
  return flat;
}

const text = (value: unknown) => (typeof value === 'string' ? value : '');
const strings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === 'string') : [];

/** How many people of a list the values hold (their keys are numbered from 0). */
export function peopleCount(flat: FlatValues, list: PeopleList): number {
  let count = 0;
  while (`${list}.${count}.fullName` in flat) count++;
  return count;
}

function people(flat: FlatValues, list: PeopleList): PersonValues[] {
  return Array.from({ length: peopleCount(flat, list) }, (_, index) => ({
    fullName: text(flat[`${list}.${index}.fullName`]),
    birthYear: text(flat[`${list}.${index}.birthYear`]),
    contact: text(flat[`${list}.${index}.contact`]),
    notes: text(flat[`${list}.${index}.notes`]),
  }));
}

export function fromFlat(flat: FlatValues): ReportFormValues {
  const groups = strings(flat.vulnerableGroups);
  return {
    title: text(flat.title),
    description: text(flat.description),
    incidentDate: text(flat.incidentDate),
    regionCode: text(flat.regionCode),
    locality: text(flat.locality),
    violatorKind: text(flat['violator.kind']),
    violatorName: text(flat['violator.name']),
    rights: strings(flat.rights),
    area: text(flat.area),
    victimsCount: text(flat.victimsCount),
    children: groups.includes('children'),
    disabilities: groups.includes('disabilities'),
    deprivedOfLiberty: groups.includes('deprivedOfLiberty'),
    urgent: flat.urgent === true,
    urgencyReason: text(flat.urgencyReason),
    consentToPublish: flat.consentToPublish === true,
    victims: people(flat, 'victims'),
    witnesses: people(flat, 'witnesses'),
  };
}

/** The values with one more (empty) person at the end of a list. */
export function withPersonAdded(flat: FlatValues, list: PeopleList): FlatValues {
  const values = fromFlat(flat);
  return toFlat({ ...values, [list]: [...values[list], { ...EMPTY_PERSON }] });
}

/** The values without the person at `index` (the ones after move up a place). */
export function withPersonRemoved(flat: FlatValues, list: PeopleList, index: number): FlatValues {
  const values = fromFlat(flat);
  return toFlat({ ...values, [list]: values[list].filter((_, at) => at !== index) });
}
