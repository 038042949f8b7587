import { runAction } from './action-runner.js';
import { BusyButton, type ButtonVariant } from './button.js';
import { askToConfirm, type ConfirmOptions } from './confirm-dialog.js';
import type { ActionState } from './form-model.js';
import { useButtonState } from './use-form.js';

/**
 * A button that runs one action of its own — approve, revoke, retry, deactivate — through the
 * one runner (`runAction`): it asks to confirm first when the action cannot simply be undone,
 * shows that it is busy (its own label, while the other buttons of a list stay as they are),
 * and a refusal appears in the message box of `messages` (the list's or the section's, which
 * takes focus). What success means is the caller's: the row the button was in may be gone,
 * so it is usually said in that same message box (`succeed`).
 */
export function ActionButton<T>(props: {
  /** Where refusals (and the caller's successes) are said: a section's action state. */
  messages: ActionState;
  label: string;
  busyLabel: string;
  variant?: ButtonVariant;
  /** Asked first; cancelling does nothing. */
  confirm?: ConfirmOptions;
  run: () => Promise<T>;
  onDone: (value: T) => void;
}) {
  const state = useButtonState(props.messages);

  async function press(): Promise<void> {
    if (state.busy.peek()) return;
    if (props.confirm && !(await askToConfirm(props.confirm))) return;
    const outcome = await runAction(state, { run: props.run });
    if (outcome?.ok) props.onDone(outcome.value);
  }

  return (
    <BusyButton
      state={state}
      label={props.label}
      busyLabel={props.busyLabel}
      variant={props.variant ?? 'primary'}
      onClick={() => void press()}
    />
  );
}
