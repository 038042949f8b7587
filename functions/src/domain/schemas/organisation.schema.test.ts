import '../validation.js';
import { describe, expect, it } from 'vitest';
import { errorText } from '../errors/catalogue.js';
import { fieldProblems } from '../validation.js';
import { organisationProfileSchema, organisationSchema } from './organisation.schema.js';

const PROFILE = {
  name: 'Громадська організація «Центр прав людини»',
  shortName: 'ЦПЛ',
  edrpou: '43005393',
  legalForm: 'public_organisation',
  regionCode: 'UA-30',
  areas: ['prevention', 'education'],
  website: 'https://cpl.org.ua',
  publicEmail: ' Info@CPL.org.ua ',
  publicPhone: '+380 (44) 253-75-89',
  listedInDirectory: true,
};

function problemsOf(input: unknown): Record<string, string> {
  const result = organisationProfileSchema.safeParse(input);
  if (result.success) return {};
  return Object.fromEntries(fieldProblems(result.error).map((p) => [p.field, p.message]));
}

describe('organisation profile', () => {
  it('accepts a profile and normalises its contacts', () => {
    const result = organisationProfileSchema.safeParse(PROFILE);
    expect(result.success).toBe(true);
    expect(result.data?.publicPhone).toBe('+380442537589');
    expect(result.data?.publicEmail).toBe('info@cpl.org.ua');
  });

  it.each([
    '+380 67 123 45 67',
    '+380-67-123-45-67',
    '+380 (67) 123 45 67',
    '+380671234567',
    ' +380671234567 ',
    '067 123 45 67',
    '(067) 123-45-67',
  ])('normalises the phone %j to +380671234567', (publicPhone) => {
    expect(organisationProfileSchema.parse({ ...PROFILE, publicPhone }).publicPhone).toBe(
      '+380671234567',
    );
  });

  it.each(['067 123 45', '+38067123456', '+3806712345678', '+48 601 234 567', 'телефон'])(
    'refuses the phone %j, showing the expected form',
    (publicPhone) => {
      expect(problemsOf({ ...PROFILE, publicPhone })).toEqual({
        publicPhone: errorText('FIELD.PHONE', 'uk'),
      });
    },
  );

  it('does not require a phone or a website', () => {
    const { publicPhone: _phone, website: _site, ...minimal } = PROFILE;
    expect(problemsOf(minimal)).toEqual({});
  });

  it('checks the EDRPOU check digit and says so', () => {
    const { edrpou } = problemsOf({ ...PROFILE, edrpou: '43005394' });
    expect(edrpou).toContain('контрольної цифри');
    expect(problemsOf({ ...PROFILE, edrpou: '4300539' })).toEqual({
      edrpou: 'Код ЄДРПОУ складається з 8 цифр',
    });
    expect(problemsOf({ ...PROFILE, edrpou: undefined })).toEqual({ edrpou: 'Вкажіть код ЄДРПОУ' });
  });

  it('accepts an EDRPOU code typed with spaces around it, trimmed', () => {
    expect(organisationProfileSchema.parse({ ...PROFILE, edrpou: ' 14360570 ' }).edrpou).toBe(
      '14360570',
    );
  });

  it('accepts http and https websites', () => {
    expect(problemsOf({ ...PROFILE, website: 'http://cpl.org.ua/about' })).toEqual({});
  });

  it.each([
    'ftp://cpl.org.ua',
    'cpl.org.ua',
    'javascript:alert(1)',
    'mailto:info@cpl.org.ua',
    'https://',
  ])('refuses the website %j', (website) => {
    expect(problemsOf({ ...PROFILE, website })).toEqual({
      website: 'Адреса сайту має починатися з https://',
    });
  });

  it('refuses a malformed public email', () => {
    expect(problemsOf({ ...PROFILE, publicEmail: 'info@cpl' })).toEqual({
      publicEmail: 'Адреса електронної пошти має вигляд name@example.org',
    });
  });

  it('needs at least one area of activity and a legal form from the list', () => {
    expect(problemsOf({ ...PROFILE, areas: [] })).toEqual({
      areas: 'Оберіть хоча б один напрям діяльності',
    });
    expect(problemsOf({ ...PROFILE, legalForm: 'llc' })).toEqual({
      legalForm: 'Оберіть організаційно-правову форму',
    });
  });
});

describe('stored organisation', () => {
  it('adds the verification status to the profile', () => {
    const stored = {
      ...PROFILE,
      status: 'pending',
      createdBy: 'uid-ngo-admin',
      createdAt: new Date(),
      updatedAt: new Date(),
    };
    expect(organisationSchema.safeParse(stored).success).toBe(true);
    expect(organisationSchema.safeParse({ ...stored, status: 'approved' }).success).toBe(false);
  });
});
