import type { Request } from 'firebase-functions/https';
import { error as logError, info } from 'firebase-functions/logger';
import type { Response } from 'express';
import { domainError, type DomainError } from '../domain/errors.js';
import { httpStatus, type ParamsArgument } from '../domain/errors/catalogue.js';
import type { UploadError } from '../domain/uploads/upload-errors.js';

/**
 * Refusals of the HTTP routes: a 4xx status and `{error: {code, message, messageEn, params}}`
 * from the error catalogue, never an error inside a 200. Anything unexpected is logged and
 * answered with a 500 in the same shape, without details.
 */
export class HttpRefusal extends Error {
  readonly status: number;

  constructor(
    readonly refusal: DomainError,
    readonly headers: Record<string, string> = {},
  ) {
    super(refusal.messageEn);
    this.name = 'HttpRefusal';
    this.status = httpStatus(refusal.code);
  }
}

export const refuse = (error: UploadError, headers?: Record<string, string>) =>
  new HttpRefusal(error, headers);

/** Who is asking, refused: not signed in, deactivated, or without a role. */
export function authRefusal<
  C extends 'AUTH.SIGN_IN_REQUIRED' | 'AUTH.NO_ROLE' | 'AUTH.DEACTIVATED',
>(code: C, ...params: ParamsArgument<C>) {
  return new HttpRefusal(domainError(code, ...params));
}

/** A refusal of a route as its JSON answer. */
export function answerRefusal(res: Response, error: DomainError): void {
  res.status(httpStatus(error.code)).json({ error: errorBody(error) });
}

const errorBody = (error: DomainError) => ({
  code: error.code,
  message: error.message,
  messageEn: error.messageEn,
  ...(error.params === undefined ? {} : { params: error.params }),
});

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
      res
        .status(error.status)
        .set(error.headers)
        .json({ error: errorBody(error.refusal) });
      return;
    }
    logError(`${route}: failed`, { error: error instanceof Error ? error.stack : String(error) });
    answerRefusal(res, domainError('HTTP.INTERNAL'));
  }
}
