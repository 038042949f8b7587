import { describe, expect, it } from 'vitest';
import {
  firstStepWithProblems,
  nextStep,
  previousStep,
  STEP_IDS,
  stepOfField,
  stepPosition,
  stepProblems,
} from './steps.js';
import { REPORT_FIELD_ORDER } from '../report-form.js';

describe('the steps of the report form', () => {
  it('ask every field of the report exactly once', () => {
    for (const field of REPORT_FIELD_ORDER) expect(stepOfField(field)).not.toBeNull();
    expect(stepOfField('violator.name')).toBe('violator');
    expect(stepOfField('victims.2.birthYear')).toBe('people');
    expect(stepOfField('witnesses.0.fullName')).toBe('people');
    expect(stepOfField('consentToPublish')).toBe('review');
    expect(stepOfField('nonsense')).toBeNull();
  });

  it('give each step only its own problems, and find the first step with one', () => {
    const problems = {
      'victims.0.fullName': 'Вкажіть ім’я.',
      title: 'Коротка назва закоротка.',
      regionCode: 'Оберіть область.',
    };
    expect(stepProblems(problems, 'what')).toEqual({ title: 'Коротка назва закоротка.' });
    expect(stepProblems(problems, 'people')).toEqual({ 'victims.0.fullName': 'Вкажіть ім’я.' });
    expect(stepProblems(problems, 'files')).toEqual({});
    expect(firstStepWithProblems(problems)).toBe('what');
    expect(firstStepWithProblems({ 'witnesses.1.contact': 'x' })).toBe('people');
    expect(firstStepWithProblems({})).toBeNull();
  });

  it('go in order, with the review last, and count from one', () => {
    expect(STEP_IDS[0]).toBe('what');
    expect(STEP_IDS.at(-1)).toBe('review');
    expect(nextStep('what')).toBe('where');
    expect(nextStep('review')).toBe('review');
    expect(previousStep('what')).toBeNull();
    expect(previousStep('where')).toBe('what');
    expect(stepPosition('violator')).toEqual({ number: 3, of: 7 });
  });
});
