import { describe, expect, it } from 'vitest';
import { registerInput } from '../organisations/organisation-form.js';
import { withoutUndefined } from './callable-input.js';

describe('withoutUndefined', () => {
  it('leaves absent optional fields out, at any depth, keeping nulls, falses and arrays', () => {
    expect(
      withoutUndefined({
        action: 'register',
        organisation: { website: undefined, listedInDirectory: false, areas: ['education'] },
        applicant: { displayName: 'Марія', position: undefined },
        note: null,
      }),
    ).toEqual({
      action: 'register',
      organisation: { listedInDirectory: false, areas: ['education'] },
      applicant: { displayName: 'Марія' },
      note: null,
    });
  });

  it('gives a registration with empty optional fields that has no such keys at all', () => {
    const input = withoutUndefined(
      registerInput(
        {
          name: 'ГО «Світанок»',
          shortName: 'Світанок',
          edrpou: '43900115',
          legalForm: 'charity',
          regionCode: 'UA-30',
          areas: ['education'],
          website: '',
          publicEmail: 'office@example.org',
          publicPhone: '',
          listedInDirectory: false,
        },
        { displayName: 'Марія', position: '' },
      ),
    ) as { organisation: object; applicant: object };
    expect(Object.keys(input.organisation)).not.toContain('website');
    expect(Object.keys(input.organisation)).not.toContain('publicPhone');
    expect(Object.keys(input.applicant)).toEqual(['displayName']);
    // What JSON would make of it (the SDK's own encoding turns undefined into null).
    expect(JSON.stringify(input)).not.toContain('null');
  });
});
