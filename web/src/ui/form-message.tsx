import { messageId, type ActionState } from './form-model.js';

/**
 * The message box at the top of a form or beside a button: a refusal that belongs to no one
 * field (it takes focus, action-runner.ts) or what succeeded.
 */
export function FormMessage(props: { state: ActionState }) {
  const message = props.state.message.value;
  return (
    <p
      id={messageId(props.state)}
      class={message?.kind === 'success' ? 'form-success' : 'form-error'}
      tabIndex={-1}
      hidden={!message}
    >
      {message?.text ?? ''}
    </p>
  );
}
