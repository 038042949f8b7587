import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT, type ReportFormValues } from '../report-values.js';
import {
  fromFlat,
  peopleCount,
  toFlat,
  withPersonAdded,
  withPersonRemoved,
} from './flat-values.js';

const person = fc.record({
  fullName: fc.string(),
  birthYear: fc.string(),
  contact: fc.string(),
  notes: fc.string(),
});
const report: fc.Arbitrary<ReportFormValues> = fc.record({
  title: fc.string(),
  description: fc.string(),
  incidentDate: fc.string(),
  regionCode: fc.string(),
  locality: fc.string(),
  violatorKind: fc.string(),
  violatorName: fc.string(),
  rights: fc.array(fc.string()),
  area: fc.string(),
  victimsCount: fc.string(),
  children: fc.boolean(),
  disabilities: fc.boolean(),
  deprivedOfLiberty: fc.boolean(),
  urgent: fc.boolean(),
  urgencyReason: fc.string(),
  consentToPublish: fc.boolean(),
  victims: fc.array(person, { maxLength: 4 }),
  witnesses: fc.array(person, { maxLength: 4 }),
});

describe('the report form’s values as the form model holds them', () => {
  it('come back whole', () => {
    fc.assert(
      fc.property(report, (values) => {
        expect(fromFlat(toFlat(values))).toEqual(values);
      }),
    );
  });

  it('name fields by the schema’s paths, so problems land on them', () => {
    const flat = toFlat({
      ...EMPTY_REPORT,
      violatorName: 'Поліція',
      children: true,
      victims: [{ fullName: 'Савчук', birthYear: '', contact: '', notes: '' }],
    });
    expect(flat['violator.name']).toBe('Поліція');
    expect(flat.vulnerableGroups).toEqual(['children']);
    expect(flat['victims.0.fullName']).toBe('Савчук');
    expect(Object.keys(flat).at(-1)).toBe('consentToPublish');
  });

  it('add a person at the end and remove one from the middle, the rest moving up', () => {
    let flat = toFlat(EMPTY_REPORT);
    flat = withPersonAdded(flat, 'victims');
    flat = { ...flat, 'victims.0.fullName': 'Перша' };
    flat = withPersonAdded(flat, 'victims');
    flat = { ...flat, 'victims.1.fullName': 'Друга' };
    flat = withPersonAdded(flat, 'witnesses');
    expect(peopleCount(flat, 'victims')).toBe(2);
    expect(peopleCount(flat, 'witnesses')).toBe(1);
    flat = withPersonRemoved(flat, 'victims', 0);
    expect(peopleCount(flat, 'victims')).toBe(1);
    expect(flat['victims.0.fullName']).toBe('Друга');
    expect('victims.1.fullName' in flat).toBe(false);
  });
});
