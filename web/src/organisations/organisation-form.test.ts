import { describe, expect, it } from 'vitest';
import { edrpouCheckDigit } from '@domain/edrpou.js';
import {
  EMPTY_ORGANISATION,
  inviteInput,
  normaliseWebsite,
  organisationFormValues,
  organisationInput,
  profileUpdateInput,
  registerInput,
  rejectInput,
  validateApplicant,
  validateInvite,
  validateOrganisation,
  validateRegistration,
  validateReject,
  type OrganisationFormValues,
} from './organisation-form.js';

const LABELS_UK = {
  name: 'Повна назва',
  shortName: 'Скорочена назва',
  edrpou: 'Код ЄДРПОУ',
  legalForm: 'Організаційно-правова форма',
  regionCode: 'Область',
  areas: 'Напрями діяльності',
  website: 'Вебсайт',
  publicEmail: 'Електронна пошта для зв’язку',
  publicPhone: 'Телефон для зв’язку',
};
const LABELS_EN = {
  ...LABELS_UK,
  name: 'Full name',
  publicEmail: 'Contact email',
  edrpou: 'EDRPOU code',
};

function validCode(firstSeven: string): string {
  return `${firstSeven}${edrpouCheckDigit(firstSeven, Number(`${firstSeven}0`))}`;
}

const FILLED: OrganisationFormValues = {
  name: '  Громадська організація «Світанок»  ',
  shortName: 'Світанок',
  edrpou: ' 4390 0115 ',
  legalForm: 'public_organisation',
  regionCode: 'UA-30',
  areas: ['restoration', 'education'],
  website: 'svitanok.org.ua',
  publicEmail: ' Office@Svitanok.org.ua ',
  publicPhone: '+380 44 123 45 67',
  listedInDirectory: true,
};

describe('organisation form → orgAction input', () => {
  it('trims, removes spaces from the code, and leaves empty optional fields out', () => {
    expect(organisationInput({ ...FILLED, website: ' ', publicPhone: '' })).toEqual({
      name: 'Громадська організація «Світанок»',
      shortName: 'Світанок',
      edrpou: '43900115',
      legalForm: 'public_organisation',
      regionCode: 'UA-30',
      areas: ['restoration', 'education'],
      website: undefined,
      publicEmail: 'Office@Svitanok.org.ua',
      publicPhone: undefined,
      listedInDirectory: true,
    });
  });

  it('reads a site typed without its scheme as https', () => {
    expect(normaliseWebsite('svitanok.org.ua')).toBe('https://svitanok.org.ua');
    expect(normaliseWebsite(' http://old.example ')).toBe('http://old.example');
    expect(normaliseWebsite('')).toBeUndefined();
  });

  it('gives the profile without its code for edits and corrections', () => {
    expect(profileUpdateInput(FILLED)).not.toHaveProperty('edrpou');
    expect(profileUpdateInput(FILLED).shortName).toBe('Світанок');
  });

  it('builds the whole registration', () => {
    expect(registerInput(FILLED, { displayName: ' Марія ', position: ' ' })).toEqual({
      action: 'register',
      organisation: organisationInput(FILLED),
      applicant: { displayName: 'Марія', position: undefined },
    });
  });

  it('fills the form from an organisation, optional fields as empty text', () => {
    const values = organisationFormValues({
      ...organisationInput(FILLED),
      website: null,
      publicPhone: null,
    } as Parameters<typeof organisationFormValues>[0]);
    expect(values.website).toBe('');
    expect(values.publicPhone).toBe('');
    expect(values.areas).toEqual(['restoration', 'education']);
  });
});

describe('validation with the shared schema', () => {
  it('accepts a complete organisation and gives what the server would store', () => {
    const checked = validateOrganisation(FILLED, 'uk', LABELS_UK);
    expect(checked.ok).toBe(true);
    if (checked.ok) {
      expect(checked.value.publicEmail).toBe('office@svitanok.org.ua');
      expect(checked.value.publicPhone).toBe('+380441234567');
      expect(checked.value.website).toBe('https://svitanok.org.ua');
    }
  });

  it('asks for every required field of an empty form, in Ukrainian', () => {
    const checked = validateOrganisation(EMPTY_ORGANISATION, 'uk', LABELS_UK);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual({
      name: 'Заповніть поле «Повна назва».',
      shortName: 'Заповніть поле «Скорочена назва».',
      edrpou: 'Код ЄДРПОУ складається з 8 цифр.',
      legalForm: 'Оберіть організаційно-правову форму.',
      regionCode: 'Оберіть область зі списку.',
      areas: 'Оберіть хоча б один напрям діяльності.',
      publicEmail: 'Заповніть поле «Електронна пошта для зв’язку».',
    });
  });

  it('says what is wrong with a field that is filled in wrongly', () => {
    const checked = validateOrganisation(
      {
        ...FILLED,
        name: 'ГО',
        edrpou: `${validCode('4390011').slice(0, 7)}${(Number(validCode('4390011')[7]) + 1) % 10}`,
        publicEmail: 'office@',
        publicPhone: '044 123',
        website: 'ftp://files.example',
      },
      'uk',
      LABELS_UK,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual({
      name: '«Повна назва»: щонайменше 3 символів.',
      edrpou:
        'Код ЄДРПОУ не проходить перевірку контрольної цифри — перевірте, чи не переплутано цифри.',
      website: 'Адреса сайту має починатися з https://',
      publicEmail: 'Адреса електронної пошти має вигляд name@example.org.',
      publicPhone:
        'Вкажіть український номер телефону, наприклад 050 123 45 67 або +380 50 123 45 67.',
    });
  });

  it('says the same in English in the English interface', () => {
    const checked = validateOrganisation(
      {
        ...FILLED,
        name: '',
        edrpou: '12345670',
        publicEmail: 'office@',
        publicPhone: '+48 601 234 567',
        areas: [],
      },
      'en',
      LABELS_EN,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual({
      name: 'Fill in “Full name”.',
      edrpou: 'The EDRPOU check digit does not match: check the digits for a typo.',
      areas: 'Choose at least one area of activity.',
      publicEmail: 'Enter an email address in the form name@example.org.',
      publicPhone:
        'Enter a Ukrainian phone number, for example 050 123 45 67 or +380 50 123 45 67.',
    });
  });

  it('keys the problems of a whole registration by organisation and applicant', () => {
    const checked = validateRegistration(
      { ...FILLED, shortName: '' },
      { displayName: 'М', position: '' },
      'uk',
      { 'organisation.shortName': 'Скорочена назва', 'applicant.displayName': 'Ваше ім’я' },
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(checked.problems).toEqual({
      'organisation.shortName': 'Заповніть поле «Скорочена назва».',
      'applicant.displayName': '«Ім’я та прізвище»: щонайменше 2 символів.',
    });
  });

  it('checks the applicant', () => {
    expect(validateApplicant({ displayName: 'Марія Левченко', position: '' }, 'uk', {})).toEqual({
      ok: true,
      value: { displayName: 'Марія Левченко' },
    });
  });
});

describe('orgAction forms', () => {
  it('invites an address in the language chosen for the email', () => {
    expect(inviteInput('43900115', { email: ' Colleague@Example.org ', language: 'en' })).toEqual({
      action: 'invite',
      orgId: '43900115',
      email: 'Colleague@Example.org',
      language: 'en',
    });
    const checked = validateInvite('43900115', { email: 'colleague@', language: 'uk' }, 'uk', {});
    expect(checked).toEqual({
      ok: false,
      problems: { email: 'Адреса електронної пошти має вигляд name@example.org.' },
    });
  });

  it('rejects only with a reason of at least ten characters', () => {
    expect(rejectInput('43900115', '  Неправильний код  ')).toEqual({
      action: 'reject',
      orgId: '43900115',
      reason: 'Неправильний код',
    });
    expect(validateReject('43900115', 'Коротко', 'uk', { reason: 'Причина відмови' })).toEqual({
      ok: false,
      problems: { reason: '«Причина»: щонайменше 10 символів.' },
    });
    expect(validateReject('43900115', 'Код ЄДРПОУ належить іншій організації', 'uk', {}).ok).toBe(
      true,
    );
  });
});
