import { h } from '../dom.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { reloadSession, type SessionUser } from '../session/session.js';
import { formMessage } from './form.js';
import { perform } from './perform.js';

/**
 * Confirming one's address, where a page needs it (after signing up, before registering an
 * organisation or joining one): the server mails a link (`accountAction
 * sendEmailVerification`); the person opens it, then comes back here and says so, and the
 * page asks Auth again. `sent` says a link has just gone out (sign-up sends one at once);
 * `next` is the page the link should bring them back to.
 */
export function verifyEmailPanel(options: {
  user: SessionUser;
  sent: boolean;
  next?: string | undefined;
  announce: (message: string) => void;
  onConfirmed: (user: SessionUser) => void;
}): HTMLElement {
  const { user, announce } = options;
  const email = user.email ?? '';
  const intro = h(
    'p',
    { id: 'verify-email-intro' },
    t(options.sent ? 'verifyEmail.sent' : 'verifyEmail.needed', { email }),
  );
  const message = formMessage('verify-email-message');
  const sendLabels = () => ({
    idle: t(options.sent ? 'verifyEmail.sendAgain' : 'verifyEmail.send'),
    busy: t('verifyEmail.sending'),
  });
  const checkLabels = { idle: t('verifyEmail.check'), busy: t('verifyEmail.checking') };
  const send = h(
    'button',
    { type: 'button', class: `button${options.sent ? ' button-secondary' : ''}` },
    sendLabels().idle,
  );
  const check = h(
    'button',
    { type: 'button', class: `button${options.sent ? '' : ' button-secondary'}` },
    checkLabels.idle,
  );

  send.addEventListener('click', () => {
    void perform({
      button: send,
      labels: sendLabels(),
      message,
      announce,
      run: async () => {
        const functions = await import('../firebase/functions.js');
        return functions.accountAction({
          action: 'sendEmailVerification',
          language: currentLanguage(),
          ...(options.next ? { next: options.next } : {}),
        });
      },
    }).then((outcome) => {
      if (!outcome?.ok) return;
      if (outcome.value.verified) {
        void confirmNow();
        return;
      }
      const text = t('verifyEmail.resent', { email: outcome.value.email });
      message.show(text, 'success');
      announce(text);
    });
  });

  async function confirmNow(): Promise<void> {
    const outcome = await perform({
      button: check,
      labels: checkLabels,
      message,
      announce,
      run: reloadSession,
    });
    if (!outcome?.ok) return;
    const now = outcome.value;
    if (now?.emailVerified) {
      announce(t('verifyEmail.confirmed'));
      options.onConfirmed(now);
      return;
    }
    message.show(t('verifyEmail.notYet'));
    message.node.focus();
    announce(t('verifyEmail.notYet'));
  }
  check.addEventListener('click', () => void confirmNow());

  return h(
    'section',
    { class: 'card', 'aria-labelledby': 'verify-email-heading' },
    h('h2', { id: 'verify-email-heading' }, t('verifyEmail.heading')),
    intro,
    message.node,
    h('p', { class: 'actions' }, ...(options.sent ? [check, ' ', send] : [send, ' ', check])),
  );
}
