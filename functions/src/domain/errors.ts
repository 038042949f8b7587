import {
  errorText,
  type ErrorCode,
  type ErrorParams,
  type ParamsArgument,
} from './errors/catalogue.js';

export type { ErrorCode } from './errors/catalogue.js';

/**
 * A typed refusal of the domain. The code is stable (clients and tests rely on it) and keys
 * the error catalogue (`errors/catalogue.ts`), which gives the Ukrainian message, for the
 * person who tried the action, and its English twin, for the English interface and the logs;
 * `params` are what the sentence is made from, sent along so the web client can say it.
 */
export interface DomainError<C extends ErrorCode = ErrorCode> {
  readonly code: C;
  readonly params: ErrorParams<C> | undefined;
  readonly message: string;
  readonly messageEn: string;
}

export function domainError<C extends ErrorCode>(
  code: C,
  ...params: ParamsArgument<C>
): DomainError<C> {
  return {
    code,
    params: params[0] as ErrorParams<C> | undefined,
    message: errorText(code, 'uk', ...params),
    messageEn: errorText(code, 'en', ...params),
  };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error });
