import type { z } from 'zod';

/**
 * What a callable answers, one schema per action, shared by the server (which answers
 * through it) and the web client (which reads the answer through it): the answer is typed
 * once, here, and an answer that does not fit fails loudly, naming the action and the field,
 * instead of travelling on as a hand-written type. Pure.
 */
export type ActionResults<Action extends string> = { readonly [A in Action]: z.ZodType };

/** What one action of a callable answers, by its result schema. */
export type ActionResult<R extends ActionResults<string>, A extends keyof R> = z.output<R[A]>;

/** An answer that does not fit its action's result schema. */
export class ActionResultError extends Error {
  constructor(
    readonly callable: string,
    readonly action: string,
    readonly field: string,
    readonly problem: string,
  ) {
    super(`${callable} ${action}: the answer does not fit its schema at «${field}»: ${problem}`);
    this.name = 'ActionResultError';
  }
}

/** The answer to `action`, checked by its schema, or an `ActionResultError` naming the field. */
export function actionResult<R extends ActionResults<string>, A extends keyof R & string>(
  callable: string,
  results: R,
  action: A,
  answer: unknown,
): ActionResult<R, A> {
  const schema: R[A] = results[action];
  const parsed = schema.safeParse(answer);
  if (parsed.success) return parsed.data as ActionResult<R, A>;
  const issue = parsed.error.issues[0]!;
  throw new ActionResultError(
    callable,
    action,
    issue.path.map(String).join('.') || '(answer)',
    issue.message,
  );
}
