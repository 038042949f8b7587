import { actionProblem, type ActionProblem } from '../actions/action-problem.js';
import type { Problems } from '../forms/problems.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import {
  afterRender,
  fieldIds,
  focusField,
  messageId,
  type ActionState,
  type FormModel,
  type FormValues,
} from './form-model.js';
import { announce } from './live-region.js';

/**
 * The one way an action runs, behind a form or a button: check the form with its schema
 * (problems on the fields, the summary at the top, focus on the first, one sentence for
 * screen readers); then run the write or callable while the button shows it is busy (a second
 * press does nothing), giving up after `timeoutMs` on a slow line; then show the server's
 * refusal on the fields it names or in the message box, or let the caller say what success
 * means.
 */
export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ActionProblem };

export interface ActionOptions<T> {
  run: () => Promise<T>;
  /**
   * Gives up waiting after this long (Firestore writes wait for the server forever while
   * offline, though the write itself is kept and sent later).
   */
  timeoutMs?: number;
  /**
   * Turns a failure into what the person is told; by default a callable's or Firestore's
   * refusal (actions/action-problem.ts). Sign-in and sign-up read Firebase Auth's codes.
   */
  describeError?: (error: unknown) => ActionProblem;
}

/** Runs an action that has no fields: a refusal goes to the message box. */
export function runAction<T>(state: ActionState, options: ActionOptions<T>) {
  return run(state, options, () => Promise.resolve(false));
}

export interface SubmitOptions<Out, T> extends Omit<ActionOptions<T>, 'run'> {
  run: (value: Out) => Promise<T>;
  /** Maps a field path of the server's problems (`organisation.name`) to a form field. */
  serverField?: (path: string) => string;
  /** Runs before a refusal is shown (to empty a password field, say). */
  onRefused?: (problem: ActionProblem) => void;
}

/** Sends a form: checks it first, then runs the action with what was checked. */
export async function submitForm<V extends FormValues, Out, T>(
  form: FormModel<V, Out>,
  options: SubmitOptions<Out, T>,
): Promise<Outcome<T> | null> {
  if (form.busy.peek()) return null;
  form.message.value = null;
  const checked = form.check();
  if (!checked.ok) {
    await focusFirstProblem(form);
    return null;
  }
  return run(form, { ...options, run: () => options.run(checked.value) }, (problem) => {
    options.onRefused?.(problem);
    return showServerProblems(form, problem.fields, options.serverField);
  });
}

/** A success worth saying: in the message box and through the live region. */
export function succeed(state: ActionState, text: string): void {
  state.message.value = { text, kind: 'success' };
  announce(text);
}

/** A refusal that belongs to no one field: in the message box, which takes focus. */
export async function refuse(state: ActionState, text: string): Promise<void> {
  state.message.value = { text, kind: 'error' };
  await afterRender();
  document.getElementById(messageId(state))?.focus();
  announce(text);
}

async function run<T>(
  state: ActionState,
  options: ActionOptions<T>,
  onFields: (problem: ActionProblem) => Promise<boolean>,
): Promise<Outcome<T> | null> {
  if (state.busy.peek()) return null;
  state.message.value = null;
  state.busy.value = true;
  try {
    const value = await withTimeout(options.run(), options.timeoutMs);
    return { ok: true, value };
  } catch (error) {
    console.error(error);
    const problem =
      options.describeError?.(error) ??
      actionProblem(error, catalogue().errors.action, currentLanguage());
    if (!(await onFields(problem))) await refuse(state, problem.message);
    return { ok: false, problem };
  } finally {
    state.busy.value = false;
  }
}

/** What the runner needs of a form's fields, whatever their values. */
type FieldsOf = Pick<FormModel, 'id' | 'visible' | 'serverProblems'> & { names: readonly string[] };

/** Shows a refusal's field problems on the form's fields; false when none is a field of it. */
async function showServerProblems(
  form: FieldsOf,
  fields: Readonly<Record<string, string>>,
  serverField: (path: string) => string = (path) => path,
): Promise<boolean> {
  const problems: Problems = {};
  for (const [path, text] of Object.entries(fields)) {
    const name = serverField(path);
    if (form.names.includes(name)) problems[name] ??= text;
  }
  if (!Object.keys(problems).length) return false;
  // The server's sentence names fields by their paths; the fields say it better.
  form.serverProblems.value = problems;
  await focusFirstProblem(form);
  return true;
}

/** Focus on the first field with a problem, and one sentence for the live region. */
async function focusFirstProblem(form: FieldsOf): Promise<void> {
  await afterRender();
  const [first] = Object.entries(form.visible.peek());
  if (!first) return;
  focusField(fieldIds(form.id, first[0]).control);
  announce(t('form.notSent', { first: first[1] }));
}

export function withTimeout<T>(promise: Promise<T>, ms: number | undefined): Promise<T> {
  if (!ms) return promise;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(
      () => reject(Object.assign(new Error('Timed out'), { code: 'deadline-exceeded' })),
      ms,
    );
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}
