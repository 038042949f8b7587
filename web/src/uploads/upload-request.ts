import { fileTypeOfContentType } from '@domain/uploads/file-types.js';
import { encodeFileNameHeader } from '@domain/uploads/http-file-name.js';
import {
  TARGET_ID_PARAM,
  fileUrl as targetFileUrl,
  type TargetKind,
  type UploadTarget,
} from '@domain/uploads/upload-targets.js';
import { errorTextOf } from '@domain/errors/catalogue.js';
import type { Language } from '../i18n/i18n.js';

/**
 * `POST /api/uploads` as the web client speaks it (docs/API.md): the file is the body, the
 * name travels in `X-File-Name` (RFC 5987), the ID token in `Authorization`. And its answers
 * turned into what a person can act on: the server's own sentence for a refusal, plain words
 * for a platform refusal that is not JSON, a lost connection, or a cancelled upload.
 */
/** What files are attached to: a report, a proposal (its draft included) or a meeting. */
export interface FilePlace {
  target: UploadTarget;
  id: string;
}

export function uploadUrl(place: FilePlace, kind: TargetKind): string {
  const query = new URLSearchParams({ [TARGET_ID_PARAM[place.target]]: place.id, kind });
  return `/api/uploads?${query.toString()}`;
}

/**
 * The file's own type when it is an allowed one, else `application/octet-stream`; never a
 * type the platform would parse as JSON or a form before the function sees the bytes.
 */
export function uploadContentType(file: { type: string }): string {
  return fileTypeOfContentType(file.type) ? file.type : 'application/octet-stream';
}

export function uploadHeaders(file: { name: string; type: string }, idToken: string) {
  return {
    Authorization: `Bearer ${idToken}`,
    'Content-Type': uploadContentType(file),
    'X-File-Name': encodeFileNameHeader(file.name),
  };
}

/** An attachment as the server describes it after an upload (201). */
export interface UploadedAttachment {
  id: string;
  /** The id of what it is attached to, under its own name (`reportId`, `proposalId`, …). */
  reportId?: string;
  proposalId?: string;
  meetingId?: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  url: string;
}

/** Why an upload or a download did not happen, for the person. */
export interface TransferProblem {
  /** The server's code (`UPLOAD.TOO_LARGE`), or `NETWORK`, `OFFLINE`, `ABORTED`, `HTTP.<status>`. */
  code: string;
  message: string;
  /** Trying again may help (a lost connection, a busy server); a refused type will not. */
  retry: boolean;
}

/** Words for failures that do not come with the server's own sentence. */
export interface TransferTexts {
  offline: string;
  network: string;
  aborted: string;
  tooLarge: string;
  signIn: string;
  server: string;
  unknown: string;
}

const RETRYABLE = new Set(['UPLOAD.RATE_LIMITED', 'HTTP.INTERNAL']);

/** The `{error: {code, message, messageEn, params}}` body of a refusal, if the body is one. */
export function errorBody(
  body: string,
): { code: string; message: string; messageEn: string | null; params: unknown } | null {
  try {
    const parsed = JSON.parse(body) as { error?: Record<string, unknown> };
    const error = parsed.error;
    if (error && typeof error.code === 'string' && typeof error.message === 'string') {
      return {
        code: error.code,
        message: error.message,
        messageEn: typeof error.messageEn === 'string' ? error.messageEn : null,
        params: error.params,
      };
    }
  } catch {
    // Not JSON: a platform page (413 over 32 MB) or a proxy's error.
  }
  return null;
}

/** A refusal by status and body, in the interface's language. */
export function httpProblem(
  status: number,
  body: string,
  language: Language,
  text: TransferTexts,
): TransferProblem {
  const error = errorBody(body);
  if (error) {
    const message =
      errorTextOf(error.code, error.params, language) ??
      ((language === 'en' && error.messageEn) || error.message);
    return { code: error.code, message, retry: status >= 500 || RETRYABLE.has(error.code) };
  }
  if (status === 413) return { code: 'UPLOAD.TOO_LARGE', message: text.tooLarge, retry: false };
  if (status === 401) return { code: 'AUTH.SIGN_IN_REQUIRED', message: text.signIn, retry: true };
  if (status >= 500) return { code: `HTTP.${status}`, message: text.server, retry: true };
  return { code: `HTTP.${status}`, message: text.unknown, retry: true };
}

/** A request that never got an answer: offline, the network, or cancelled by the person. */
export function transportProblem(
  kind: 'aborted' | 'network',
  online: boolean,
  text: TransferTexts,
): TransferProblem {
  if (kind === 'aborted') return { code: 'ABORTED', message: text.aborted, retry: true };
  return online
    ? { code: 'NETWORK', message: text.network, retry: true }
    : { code: 'OFFLINE', message: text.offline, retry: true };
}

export type UploadOutcome =
  { ok: true; attachment: UploadedAttachment } | { ok: false; problem: TransferProblem };

/** What an answer of `/api/uploads` means: 201 with the attachment, or a refusal. */
export function uploadOutcome(
  status: number,
  body: string,
  language: Language,
  text: TransferTexts,
): UploadOutcome {
  if (status === 201) {
    try {
      const attachment = (JSON.parse(body) as { attachment?: UploadedAttachment }).attachment;
      if (attachment && typeof attachment.id === 'string') return { ok: true, attachment };
    } catch {
      // Fall through: a 201 without the record is not something to trust.
    }
    return { ok: false, problem: { code: 'HTTP.201', message: text.unknown, retry: true } };
  }
  return { ok: false, problem: httpProblem(status, body, language, text) };
}

/** `/api/files/{reportId}/{attachmentId}`, `/api/files/proposals/{proposalId}/{attachmentId}`, … */
export function fileUrl(place: FilePlace, attachmentId: string): string {
  return targetFileUrl(
    place.target,
    encodeURIComponent(place.id),
    encodeURIComponent(attachmentId),
  );
}

/** «1,2 МБ», «340 КБ»: sizes, short; `units` are the catalogue's (bytes to gigabytes). */
export function formatSize(bytes: number, language: Language, units: readonly string[]): string {
  let value = bytes;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  const rounded = unit === 0 ? String(value) : value.toFixed(value < 10 ? 1 : 0);
  return `${language === 'uk' ? rounded.replace('.', ',') : rounded} ${units[unit]}`;
}
