import { describe, expect, it } from 'vitest';
import { en } from '../i18n/en.js';
import { uk } from '../i18n/uk.js';
import {
  inviteInput,
  listingInput,
  rejectInput,
  setRoleInput,
  settingsInput,
  validateInvite,
  validateListing,
  validateReject,
  validateRole,
  validateSettings,
  validateSignUp,
} from './people-forms.js';

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

describe('role assignment', () => {
  const messages = uk.users.validation;

  it('gives regions only to a coordinator, and the authority to decide only to staff', () => {
    expect(
      setRoleInput('u1', {
        role: 'coordinator',
        decisionAuthority: true,
        regions: ['UA-46', 'UA-07'],
      }),
    ).toEqual({ action: 'setRole', uid: 'u1', role: 'coordinator', regions: ['UA-46', 'UA-07'] });
    expect(
      setRoleInput('u1', { role: 'staff', decisionAuthority: true, regions: ['UA-46'] }),
    ).toEqual({ action: 'setRole', uid: 'u1', role: 'staff', decisionAuthority: true });
    expect(setRoleInput('u1', { role: 'staff', decisionAuthority: false, regions: [] })).toEqual({
      action: 'setRole',
      uid: 'u1',
      role: 'staff',
    });
    expect(
      setRoleInput('u1', { role: 'admin', decisionAuthority: true, regions: ['UA-30'] }),
    ).toEqual({ action: 'setRole', uid: 'u1', role: 'admin' });
  });

  it('asks for a role, and for a coordinator’s regions', () => {
    expect(
      validateRole('u1', { role: '', decisionAuthority: false, regions: [] }, 'uk', {}, messages),
    ).toEqual({
      ok: false,
      problems: { role: messages.roleRequired },
    });
    expect(
      validateRole(
        'u1',
        { role: 'ngo_admin', decisionAuthority: false, regions: [] },
        'uk',
        {},
        messages,
      ),
    ).toEqual({ ok: false, problems: { role: messages.roleRequired } });
    expect(
      validateRole(
        'u1',
        { role: 'coordinator', decisionAuthority: false, regions: [] },
        'uk',
        {},
        messages,
      ),
    ).toEqual({ ok: false, problems: { regions: messages.regionsRequired } });
    expect(
      validateRole(
        'u1',
        { role: 'coordinator', decisionAuthority: false, regions: ['UA-99'] },
        'uk',
        {},
        messages,
      ).ok,
    ).toBe(false);
    expect(
      validateRole(
        'u1',
        { role: 'commissioner', decisionAuthority: false, regions: [] },
        'uk',
        {},
        messages,
      ),
    ).toEqual({ ok: true, value: { action: 'setRole', uid: 'u1', role: 'commissioner' } });
  });

  it('maps a coordinator’s public contacts, empty ones removed', () => {
    expect(
      listingInput('u1', {
        position: ' Координатор ',
        workEmail: '',
        workPhone: '+380 67 000 00 00',
      }),
    ).toEqual({
      action: 'updateCoordinatorListing',
      uid: 'u1',
      position: 'Координатор',
      workEmail: undefined,
      workPhone: '+380 67 000 00 00',
    });
    expect(
      validateListing('u1', { position: '', workEmail: 'work@', workPhone: '123' }, 'en', {
        workEmail: 'Work email',
        workPhone: 'Work phone',
      }),
    ).toEqual({
      ok: false,
      problems: {
        workEmail: 'Enter an email address in the form name@example.org.',
        workPhone: 'Enter the phone number as +380 XX XXX XX XX.',
      },
    });
  });
});
