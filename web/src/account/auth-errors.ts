import type { MessageKey } from '../i18n/keys.js';

export type SignInField = 'email' | 'password';

export interface SignInProblem {
  message: MessageKey;
  /** The field the problem is about, to mark it invalid and tie the message to it. */
  field: SignInField | null;
}

/**
 * Firebase Auth error codes, as thrown by the web SDK (`FirebaseError.code`), mapped to
 * what a person can do about them. With email enumeration protection (the default for new
 * projects) a wrong password and an unknown email both arrive as `auth/invalid-credential`.
 */
const BY_CODE: Readonly<Record<string, SignInProblem>> = {
  'auth/wrong-password': { message: 'errors.auth.wrongPassword', field: 'password' },
  'auth/user-not-found': { message: 'errors.auth.userNotFound', field: 'email' },
  'auth/invalid-credential': { message: 'errors.auth.invalidCredential', field: null },
  'auth/invalid-login-credentials': { message: 'errors.auth.invalidCredential', field: null },
  'auth/invalid-email': { message: 'signIn.validation.emailInvalid', field: 'email' },
  'auth/missing-password': { message: 'signIn.validation.passwordRequired', field: 'password' },
  'auth/too-many-requests': { message: 'errors.auth.tooManyRequests', field: null },
  'auth/network-request-failed': { message: 'errors.auth.networkError', field: null },
  'auth/user-disabled': { message: 'errors.auth.userDisabled', field: null },
};

export function signInProblem(error: unknown): SignInProblem {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return (
    (typeof code === 'string' ? BY_CODE[code] : undefined) ?? {
      message: 'errors.auth.unknown',
      field: null,
    }
  );
}

export type SignUpField = 'displayName' | 'email' | 'password' | 'passwordAgain';

/** Firebase Auth codes of account creation, as what the person can do about them. */
const SIGN_UP_CODES: Readonly<Record<string, { message: MessageKey; field: SignUpField }>> = {
  'auth/email-already-in-use': { field: 'email', message: 'signUp.errors.emailInUse' },
  'auth/weak-password': { field: 'password', message: 'signUp.errors.weakPassword' },
  'auth/invalid-email': { field: 'email', message: 'signIn.validation.emailInvalid' },
};

/** A refusal of account creation that belongs to a field, or null for any other failure. */
export function signUpProblem(error: unknown): { message: MessageKey; field: SignUpField } | null {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return (typeof code === 'string' ? SIGN_UP_CODES[code] : undefined) ?? null;
}

export interface SignInInput {
  email: string;
  password: string;
}

export type SignInErrors = Partial<Record<SignInField, MessageKey>>;

/** What can be checked before asking the server; the server has the last word. */
export function validateSignIn({ email, password }: SignInInput): SignInErrors {
  const errors: SignInErrors = {};
  const trimmed = email.trim();
  if (!trimmed) errors.email = 'signIn.validation.emailRequired';
  else if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(trimmed)) {
    errors.email = 'signIn.validation.emailInvalid';
  }
  if (!password) errors.password = 'signIn.validation.passwordRequired';
  return errors;
}

/**
 * Whether refreshing the token failed because the server ended this session: the person's
 * role changed (their refresh tokens were revoked) or the account was disabled. The SDK has
 * signed them out already; the interface says why.
 */
export function sessionEndedByServer(error: unknown): boolean {
  const code =
    typeof error === 'object' && error !== null && 'code' in error ? error.code : undefined;
  return (
    code === 'auth/user-token-expired' ||
    code === 'auth/user-disabled' ||
    code === 'auth/invalid-user-token'
  );
}
