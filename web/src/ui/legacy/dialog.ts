import { h } from './dom.js';
import { t } from '../../i18n/i18n.js';

let sequence = 0;

/**
 * Asks the person to confirm an action that cannot simply be undone (removing a member,
 * handing over the lead, deactivating a user). A modal `<dialog>`: focus goes into it, Tab
 * stays inside, Escape cancels, and focus returns to where it was. Cancel has the focus
 * first, so Enter alone never confirms by accident.
 */
export function confirmDialog(options: {
  title: string;
  text: string;
  confirm: string;
  danger?: boolean;
}): Promise<boolean> {
  const id = `confirm-${++sequence}`;
  const returnFocus = document.activeElement instanceof HTMLElement ? document.activeElement : null;
  const cancel = h(
    'button',
    { type: 'button', class: 'button button-secondary' },
    t('dialog.cancel'),
  );
  const confirm = h(
    'button',
    { type: 'button', class: options.danger ? 'button button-danger' : 'button' },
    options.confirm,
  );
  const dialog = h(
    'dialog',
    { class: 'dialog', 'aria-labelledby': `${id}-title`, 'aria-describedby': `${id}-text` },
    h('h2', { id: `${id}-title` }, options.title),
    h('p', { id: `${id}-text` }, options.text),
    h('div', { class: 'actions' }, cancel, confirm),
  );
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer = false;
    cancel.addEventListener('click', () => dialog.close());
    confirm.addEventListener('click', () => {
      answer = true;
      dialog.close();
    });
    dialog.addEventListener('close', () => {
      dialog.remove();
      if (returnFocus?.isConnected) returnFocus.focus();
      resolve(answer);
    });
    dialog.showModal();
    cancel.focus();
  });
}
