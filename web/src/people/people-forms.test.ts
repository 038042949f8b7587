import { describe, expect, it } from 'vitest';
import { pagesEn as en } from '../i18n/sections/pages.en.js';
import { pagesUk as uk } from '../i18n/sections/pages.uk.js';
import { settingsInput, validateSettings, validateSignUp } from './people-forms.js';

const SIGN_UP = {
  displayName: 'Олена Коваль',
  email: ' Olena@Example.org ',
  password: 'correct horse',
  passwordAgain: 'correct horse',
};

describe('sign-up', () => {
  it('accepts a name, an address and the same password twice', () => {
    expect(validateSignUp(SIGN_UP, 'uk', {}, uk.signUp.validation)).toEqual({
      ok: true,
      value: { displayName: 'Олена Коваль', email: 'olena@example.org', password: 'correct horse' },
    });
  });

  it('asks for a long enough password, typed the same twice', () => {
    const short = validateSignUp(
      { ...SIGN_UP, password: 'short', passwordAgain: 'short' },
      'uk',
      {},
      uk.signUp.validation,
    );
    expect(short).toEqual({
      ok: false,
      problems: { password: uk.signUp.validation.passwordShort },
    });
    const mismatch = validateSignUp(
      { ...SIGN_UP, passwordAgain: 'correct horse!' },
      'en',
      {},
      en.signUp.validation,
    );
    expect(mismatch).toEqual({
      ok: false,
      problems: { passwordAgain: en.signUp.validation.passwordMismatch },
    });
  });

  it('reports every problem of an empty form at once', () => {
    const checked = validateSignUp(
      { displayName: '', email: '', password: '', passwordAgain: '' },
      'uk',
      { displayName: 'Ім’я та прізвище', email: 'Електронна пошта' },
      uk.signUp.validation,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems)).toEqual([
      'displayName',
      'email',
      'password',
      'passwordAgain',
    ]);
    expect(checked.problems.displayName).toBe('Заповніть поле «Ім’я та прізвище».');
  });
});

describe('own settings', () => {
  it('maps the form to the fields rules let a person write', () => {
    expect(
      settingsInput({
        displayName: ' Марія ',
        position: ' ',
        language: 'en',
        notificationPreference: 'daily_digest',
      }),
    ).toEqual({
      displayName: 'Марія',
      position: undefined,
      language: 'en',
      notificationPreference: 'daily_digest',
    });
  });

  it('refuses a choice outside the lists', () => {
    const checked = validateSettings(
      { displayName: 'Марія', position: '', language: 'de', notificationPreference: 'never' },
      'en',
      { language: 'Interface language', notificationPreference: 'Notification emails' },
    );
    expect(checked).toEqual({
      ok: false,
      problems: {
        language: 'Choose “Interface language” from the list.',
        notificationPreference: 'Choose “Notification emails” from the list.',
      },
    });
  });
});
