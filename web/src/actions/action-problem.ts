import { errorTextOf } from '@domain/errors/catalogue.js';
import type { Language } from '../i18n/i18n.js';
import type { Messages } from '../i18n/uk.js';

/**
 * What went wrong with an action (a callable, a Firestore read or write), as a person can act
 * on it. Callables refuse with a Ukrainian `message`, a stable `details.code` and, for
 * invalid input, `details.problems` per field (docs/API.md); the SDK appends « [403]» to the
 * message, which is dropped. A failure to reach the server at all is said as such.
 */
export interface ActionProblem {
  message: string;
  /** `details.code` of a callable refusal (`MEMBERSHIP.INVITATION_EXPIRED`), or null. */
  code: string | null;
  /** Problems per field, from `details.problems` of an `invalid-argument` refusal. */
  fields: Record<string, string>;
  /** The server could not be reached (offline, timeout): trying again later may work. */
  network: boolean;
}

/** Callable statuses that mean the request did not get a real answer. */
const NETWORK_STATUSES = new Set(['unavailable', 'deadline-exceeded']);

function record(value: unknown): Record<string, unknown> | null {
  return typeof value === 'object' && value !== null ? (value as Record<string, unknown>) : null;
}

function fieldsOf(
  details: Record<string, unknown> | null,
  language: Language,
): Record<string, string> {
  const fields: Record<string, string> = {};
  const problems = details?.problems;
  if (!Array.isArray(problems)) return fields;
  for (const problem of problems) {
    const entry = record(problem);
    if (typeof entry?.field === 'string' && typeof entry.message === 'string') {
      const english = language === 'en' && typeof entry.messageEn === 'string';
      fields[entry.field] ??= english ? String(entry.messageEn) : entry.message;
    }
  }
  return fields;
}

/**
 * `text` is the catalogue's `errors.action` in the interface's `language` (which also picks
 * the English twin of a server message, when the server gave one).
 */
export function actionProblem(
  error: unknown,
  text: Messages['errors']['action'],
  language: Language,
  online: boolean = typeof navigator === 'undefined' ? true : navigator.onLine,
): ActionProblem {
  const network = (message: string): ActionProblem => ({
    message,
    code: null,
    fields: {},
    network: true,
  });
  if (!online) return network(text.offline);

  const entry = record(error);
  const code = typeof entry?.code === 'string' ? entry.code : '';
  const rawMessage = typeof entry?.message === 'string' ? entry.message : '';

  if (code.startsWith('functions/')) {
    const status = code.slice('functions/'.length);
    const message = rawMessage.replace(/\s*\[\d+\]$/, '').trim();
    // Status 0: the request never got an answer (network down, or the server crashed
    // before answering, which the browser cannot tell apart).
    if (
      NETWORK_STATUSES.has(status) ||
      (status === 'internal' && (!message || message === 'internal'))
    ) {
      return network(text.network);
    }
    const details = record(entry?.details);
    const detailCode = typeof details?.code === 'string' ? details.code : null;
    const messageEn = typeof details?.messageEn === 'string' ? details.messageEn : null;
    // The catalogue's sentence for the code, in the interface's language; the server's own
    // words where this client does not know the code (a newer server).
    const said = errorTextOf(detailCode, details?.params, language);
    // A server error whose words are not meant for people («INTERNAL», a stack…).
    if (status === 'internal' || status === 'unknown') {
      return { message: text.server, code: detailCode, fields: {}, network: false };
    }
    return {
      message: said ?? ((language === 'en' && messageEn) || message || text.unknown),
      code: detailCode,
      fields: fieldsOf(details, language),
      network: false,
    };
  }

  // Firestore reads and writes: `permission-denied`, `unavailable` (offline)…
  if (
    code === 'unavailable' ||
    code === 'deadline-exceeded' ||
    code === 'auth/network-request-failed'
  ) {
    return network(text.network);
  }
  if (code === 'permission-denied') {
    return { message: text.permission, code, fields: {}, network: false };
  }
  if (code === 'not-found') return { message: text.notFound, code, fields: {}, network: false };
  if (error instanceof TypeError) return network(text.network);
  return { message: text.unknown, code: code || null, fields: {}, network: false };
}
