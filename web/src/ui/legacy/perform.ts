import { actionProblem, type ActionProblem } from '../../actions/action-problem.js';
import { catalogue, currentLanguage, t } from '../../i18n/i18n.js';
import type { Validation } from '../../forms/problems.js';
import { withTimeout } from '../action-runner.js';
import { isBusy, setBusy, showProblems, type Field, type Problems } from './form.js';

/** The message box of a form (ui/form.ts `formMessage`). */
export interface MessageBox {
  node: HTMLElement;
  show(message: string | null, kind?: 'error' | 'success'): void;
}

/**
 * A form that was not sent because of its own checks: problems on the fields, focus on the
 * first one, and one sentence for screen readers.
 */
export function refuse(
  fields: readonly Field[],
  problems: Problems,
  message: MessageBox | null,
  announce: (text: string) => void,
): void {
  message?.show(null);
  const messages = showProblems(fields, problems, { focus: true });
  if (messages.length) announce(t('form.notSent', { first: messages[0] ?? '' }));
}

/**
 * A form being sent: marks it sent (so its fields check themselves from now on) and checks
 * it. Returns the checked value, or null after showing the problems as `refuse` does.
 */
export function checkSent<T>(
  live: { submitted(): void },
  check: () => Validation<T>,
  fields: readonly Field[],
  message: MessageBox | null,
  announce: (text: string) => void,
): T | null {
  live.submitted();
  const checked = check();
  if (checked.ok) return checked.value;
  refuse(fields, checked.problems, message, announce);
  return null;
}

export type Outcome<T> = { ok: true; value: T } | { ok: false; problem: ActionProblem };

/**
 * Runs an action behind a button: the button shows it is busy (and a second press does
 * nothing), a refusal appears on the fields it names or in the message box, focus moves to
 * the first problem, and the live region says what happened. The caller says what success
 * means.
 */
export async function perform<T>(options: {
  button: HTMLButtonElement;
  labels: { idle: string; busy: string };
  form?: HTMLElement;
  message: MessageBox;
  fields?: readonly Field[];
  /** Maps a field path of the server's problems (`organisation.name`) to a form field. */
  serverField?: (path: string) => string;
  announce: (text: string) => void;
  /**
   * Gives up waiting after this long (Firestore writes wait for the server forever while
   * offline, though the write itself is kept and sent later).
   */
  timeoutMs?: number;
  run: () => Promise<T>;
}): Promise<Outcome<T> | null> {
  const { button, labels, form, message, fields = [], announce } = options;
  if (isBusy(button)) return null;
  message.show(null);
  setBusy(button, true, labels, form);
  try {
    const value = await withTimeout(options.run(), options.timeoutMs);
    return { ok: true, value };
  } catch (error) {
    console.error(error);
    const problem = actionProblem(error, catalogue().errors.action, currentLanguage());
    const fieldProblems: Record<string, string> = {};
    for (const [path, text] of Object.entries(problem.fields)) {
      fieldProblems[options.serverField ? options.serverField(path) : path] = text;
    }
    const known = fields.filter((field) => fieldProblems[field.name]);
    if (known.length) {
      // The server's sentence names fields by their paths; the fields say it better.
      const messages = showProblems(fields, fieldProblems, { focus: true });
      announce(t('form.notSent', { first: messages[0] ?? '' }));
    } else {
      message.show(problem.message);
      message.node.focus();
      announce(problem.message);
    }
    return { ok: false, problem };
  } finally {
    if (button.isConnected) setBusy(button, false, labels, form);
  }
}
