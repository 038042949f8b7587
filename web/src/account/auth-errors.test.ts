import { describe, expect, it } from 'vitest';
import { pagesEn as en } from '../i18n/sections/pages.en.js';
import { pagesUk as uk } from '../i18n/sections/pages.uk.js';
import { sessionEndedByServer, signInProblem, validateSignIn } from './auth-errors.js';

function lookup(catalogue: object, key: string): unknown {
  return key
    .split('.')
    .reduce<unknown>((node, part) => (node as Record<string, unknown>)?.[part], catalogue);
}

/** Errors as the Firebase web SDK throws them: a FirebaseError with an `auth/…` code. */
function firebaseError(code: string) {
  return Object.assign(new Error(`Firebase: Error (${code}).`), { name: 'FirebaseError', code });
}

describe('signInProblem', () => {
  it.each([
    ['auth/wrong-password', 'errors.auth.wrongPassword', 'password'],
    ['auth/user-not-found', 'errors.auth.userNotFound', 'email'],
    ['auth/invalid-credential', 'errors.auth.invalidCredential', null],
    ['auth/invalid-login-credentials', 'errors.auth.invalidCredential', null],
    ['auth/too-many-requests', 'errors.auth.tooManyRequests', null],
    ['auth/network-request-failed', 'errors.auth.networkError', null],
    ['auth/user-disabled', 'errors.auth.userDisabled', null],
    ['auth/invalid-email', 'signIn.validation.emailInvalid', 'email'],
    ['auth/missing-password', 'signIn.validation.passwordRequired', 'password'],
  ])('maps %s to a message a person can act on', (code, message, field) => {
    expect(signInProblem(firebaseError(code))).toEqual({ message, field });
  });

  it('falls back to a general message for codes it does not know and for non-errors', () => {
    const unknown = { message: 'errors.auth.unknown', field: null };
    expect(signInProblem(firebaseError('auth/internal-error'))).toEqual(unknown);
    expect(signInProblem(new TypeError('Failed to fetch'))).toEqual(unknown);
    expect(signInProblem(undefined)).toEqual(unknown);
    expect(signInProblem({ code: 42 })).toEqual(unknown);
  });

  it('gives the distinct Ukrainian messages the sign-in page shows', () => {
    const text = (code: string) => lookup(uk, signInProblem(firebaseError(code)).message);
    expect(text('auth/wrong-password')).toMatch(/^Неправильний пароль/);
    expect(text('auth/user-not-found')).toMatch(/не знайдено/);
    expect(text('auth/too-many-requests')).toMatch(/^Забагато невдалих спроб/);
    expect(text('auth/network-request-failed')).toMatch(/інтернету/);
    expect(
      new Set(
        [
          'auth/wrong-password',
          'auth/user-not-found',
          'auth/too-many-requests',
          'auth/network-request-failed',
        ].map(text),
      ).size,
    ).toBe(4);
  });

  it('only names messages that exist in both catalogues', () => {
    const codes = [
      'auth/wrong-password',
      'auth/user-not-found',
      'auth/invalid-credential',
      'auth/too-many-requests',
      'auth/network-request-failed',
      'auth/user-disabled',
      'auth/invalid-email',
      'auth/missing-password',
      'something/else',
    ];
    for (const code of codes) {
      const { message } = signInProblem(firebaseError(code));
      expect(typeof lookup(uk, message), `${code} → ${message} in uk`).toBe('string');
      expect(typeof lookup(en, message), `${code} → ${message} in en`).toBe('string');
    }
  });
});

describe('validateSignIn', () => {
  it('accepts a plausible email and any non-empty password', () => {
    expect(validateSignIn({ email: ' ngo-member@spilno.test ', password: 'x' })).toEqual({});
  });

  it('asks for what is missing', () => {
    expect(validateSignIn({ email: '  ', password: '' })).toEqual({
      email: 'signIn.validation.emailRequired',
      password: 'signIn.validation.passwordRequired',
    });
  });

  it.each(['ngo-member', 'ngo@', '@spilno.test', 'a b@spilno.test', 'ngo@spilno'])(
    'rejects the malformed address %s',
    (email) => {
      expect(validateSignIn({ email, password: 'secret' })).toEqual({
        email: 'signIn.validation.emailInvalid',
      });
    },
  );

  it('does not trim the password: spaces can be part of it', () => {
    expect(validateSignIn({ email: 'a@b.ua', password: ' ' })).toEqual({});
  });
});

describe('sessionEndedByServer', () => {
  it('tells a session the server ended from an ordinary failure', () => {
    for (const code of [
      'auth/user-token-expired',
      'auth/user-disabled',
      'auth/invalid-user-token',
    ]) {
      expect(sessionEndedByServer({ code }), code).toBe(true);
    }
    for (const error of [
      { code: 'auth/network-request-failed' },
      new Error('x'),
      null,
      'auth/user-disabled',
    ]) {
      expect(sessionEndedByServer(error)).toBe(false);
    }
  });
});
