import type { Request } from 'firebase-functions/https';
import { error as logError, info } from 'firebase-functions/logger';
import type { Response } from 'express';
import type { UploadError, UploadErrorCode } from '../domain/uploads/upload-errors.js';

/**
 * Refusals of the file routes as HTTP: a 4xx status and `{error: {code, message, messageEn}}`,
 * never an error inside a 200. Anything unexpected is logged and answered with a 500 in the
 * same shape, without details.
 */
export type AuthErrorCode = 'AUTH.SIGN_IN_REQUIRED' | 'AUTH.NO_ROLE' | 'AUTH.DEACTIVATED';

const STATUS_OF: Record<UploadErrorCode | AuthErrorCode, number> = {
  'AUTH.SIGN_IN_REQUIRED': 401,
  'AUTH.NO_ROLE': 403,
  'AUTH.DEACTIVATED': 403,
  'UPLOAD.BAD_REQUEST': 400,
  'UPLOAD.EMPTY_FILE': 400,
  'UPLOAD.NOT_ALLOWED': 403,
  'UPLOAD.REPORT_NOT_FOUND': 404,
  'UPLOAD.FILE_NOT_FOUND': 404,
  'UPLOAD.TOO_MANY_FILES': 409,
  'UPLOAD.NOT_ALLOWED_IN_STATE': 409,
  'UPLOAD.TOO_LARGE': 413,
  'UPLOAD.TYPE_NOT_ALLOWED': 415,
  'UPLOAD.TYPE_MISMATCH': 422,
  'UPLOAD.RATE_LIMITED': 429,
};

export class HttpRefusal extends Error {
  readonly status: number;

  constructor(
    readonly refusal: { code: UploadErrorCode | AuthErrorCode; message: string; messageEn: string },
    readonly headers: Record<string, string> = {},
  ) {
    super(refusal.messageEn);
    this.name = 'HttpRefusal';
    this.status = STATUS_OF[refusal.code];
  }
}

export const refuse = (error: UploadError, headers?: Record<string, string>) =>
  new HttpRefusal(error, headers);

export function authRefusal(code: AuthErrorCode, message: string, messageEn: string) {
  return new HttpRefusal({ code, message, messageEn });
}

/** Runs a file route, answering refusals and failures as JSON. */
export async function answerFileRoute(
  route: string,
  req: Request,
  res: Response,
  handle: () => Promise<void>,
): Promise<void> {
  try {
    await handle();
  } catch (error) {
    if (res.headersSent) {
      // A download that failed halfway: all that can be done is to cut the connection.
      logError(`${route}: failed while answering`, { error: String(error) });
      res.destroy();
      return;
    }
    if (error instanceof HttpRefusal) {
      info(`${route}: refused`, { code: error.refusal.code, status: error.status, path: req.path });
      res.status(error.status).set(error.headers).json({ error: error.refusal });
      return;
    }
    logError(`${route}: failed`, { error: error instanceof Error ? error.stack : String(error) });
    res.status(500).json({
      error: {
        code: 'HTTP.INTERNAL',
        message: 'Сталася помилка на сервері. Спробуйте ще раз трохи згодом.',
        messageEn: 'Something went wrong on the server. Please try again a little later.',
      },
    });
  }
}
