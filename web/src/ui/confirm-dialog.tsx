import { render } from 'preact';
import { useLayoutEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.js';

export interface ConfirmOptions {
  title: string;
  text: string;
  /** The label of the button that confirms («Вилучити»). */
  confirm: string;
  danger?: boolean;
}

let sequence = 0;

/**
 * Asks the person to confirm an action that cannot simply be undone (removing a member,
 * handing over the lead, deactivating a user). A modal `<dialog>`: focus goes into it, Tab
 * stays inside, Escape cancels, and focus returns to where it was. Cancel has the focus
 * first, so Enter alone never confirms by accident.
 */
export function ConfirmDialog(props: ConfirmOptions & { onAnswer: (confirmed: boolean) => void }) {
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const confirmed = useRef(false);
  const [id] = useState(() => `confirm-${++sequence}`);
  useLayoutEffect(() => {
    const returnFocus =
      document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.current?.showModal();
    cancel.current?.focus();
    return () => {
      if (returnFocus?.isConnected) returnFocus.focus();
    };
  }, []);
  return (
    <dialog
      ref={dialog}
      class="dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={`${id}-text`}
      onClose={() => props.onAnswer(confirmed.current)}
    >
      <h2 id={`${id}-title`}>{props.title}</h2>
      <p id={`${id}-text`}>{props.text}</p>
      <div class="actions">
        <button
          ref={cancel}
          type="button"
          class="button button-secondary"
          onClick={() => dialog.current?.close()}
        >
          {t('dialog.cancel')}
        </button>
        <button
          type="button"
          class={props.danger ? 'button button-danger' : 'button'}
          onClick={() => {
            confirmed.current = true;
            dialog.current?.close();
          }}
        >
          {props.confirm}
        </button>
      </div>
    </dialog>
  );
}

/** Shows the dialog and resolves with the answer once it is closed. */
export function askToConfirm(options: ConfirmOptions): Promise<boolean> {
  const host = document.createElement('div');
  document.body.append(host);
  return new Promise((resolve) => {
    render(
      <ConfirmDialog
        {...options}
        onAnswer={(answer) => {
          // Unmounting gives focus back to where it was, before the caller goes on.
          render(null, host);
          host.remove();
          resolve(answer);
        }}
      />,
      host,
    );
  });
}
