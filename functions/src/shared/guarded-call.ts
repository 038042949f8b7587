import { onCall, type CallableOptions, type CallableRequest } from 'firebase-functions/https';
import { requestShapeProblem, type RequestShapeProblem } from '../domain/request-shape.js';

type CallableHandler = (request: CallableRequest<unknown>) => unknown;

/**
 * `onCall` with the request body's shape checked first (domain/request-shape.ts). The
 * callable protocol decodes the body recursively before our handler runs, and a failure
 * there is a `500 INTERNAL`; so an over-deep, over-large or `@type`-carrying body is set
 * aside before it, and the handler refuses it with `invalid-argument` (HTTP 400), through
 * the protocol as usual (CORS, error shape). Every callable is registered through here.
 */
export function guardedOnCall(handler: CallableHandler, options: CallableOptions = {}) {
  const refused = new WeakMap<object, RequestShapeProblem>();
  const callable = onCall(options, (request: CallableRequest<unknown>) => {
    const problem = refused.get(request.rawRequest);
    if (problem) {
      // The catalogue is loaded only for a refusal: this module is loaded at cold start.
      return import('./callable-errors.js').then(({ refusal }) => {
        throw problem.code === 'REQUEST.TOO_DEEP'
          ? refusal(problem.code, problem.params)
          : refusal(problem.code);
      });
    }
    return handler(request);
  });
  const guarded = (req: Parameters<typeof callable>[0], res: Parameters<typeof callable>[1]) => {
    if (req.method === 'POST') {
      const rawBody = (req as { rawBody?: unknown }).rawBody;
      const problem = requestShapeProblem(
        req.body,
        Buffer.isBuffer(rawBody) ? rawBody.length : undefined,
      );
      if (problem) {
        refused.set(req, problem);
        req.body = { data: null };
      }
    }
    return callable(req, res);
  };
  // The deploy tooling and the emulator read the endpoint description off the function.
  return Object.defineProperties(
    guarded,
    Object.getOwnPropertyDescriptors(callable),
  ) as unknown as typeof callable;
}
