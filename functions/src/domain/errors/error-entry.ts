import type { Language } from '../catalogues/catalogue.js';

/**
 * The shape of one entry of the error catalogue: the status a refusal has at the edge (a
 * callable's `HttpsError` code; HTTP routes take `http`, or the callable protocol's own
 * mapping of it), and the sentence in Ukrainian and in English, made from the same typed
 * parameters. Parameters travel with the refusal (`details.params`), so the web client says it
 * in the interface's language from the code alone.
 */
export type ErrorStatus =
  | 'invalid-argument'
  | 'failed-precondition'
  | 'permission-denied'
  | 'unauthenticated'
  | 'not-found'
  | 'already-exists'
  | 'resource-exhausted'
  | 'internal';

/** A text given in both languages (a status or role label, say) as a parameter. */
export interface Bilingual {
  uk: string;
  en: string;
}

export interface ErrorEntry<Params> {
  status: ErrorStatus;
  /** The HTTP status on a route, where it is not the callable protocol's for `status`. */
  http?: number;
  uk: (params: Params) => string;
  en: (params: Params) => string;
}

type Text<Params> = string | ((params: Params) => string);

const call = <Params>(text: Text<Params>) => (typeof text === 'string' ? () => text : text);

/** One entry; `Params` is what the sentence needs (nothing, by default). */
export function entry<Params = void>(
  status: ErrorStatus,
  uk: Text<Params>,
  en: Text<Params>,
  http?: number,
): ErrorEntry<Params> {
  return { status, uk: call(uk), en: call(en), ...(http ? { http } : {}) };
}

/** The callable protocol's HTTP status of each code (firebase-functions `https`). */
export const HTTP_STATUS_OF: Record<ErrorStatus, number> = {
  'invalid-argument': 400,
  'failed-precondition': 400,
  'permission-denied': 403,
  unauthenticated: 401,
  'not-found': 404,
  'already-exists': 409,
  'resource-exhausted': 429,
  internal: 500,
};

export const inLanguage = (text: Bilingual, language: Language) => text[language];
