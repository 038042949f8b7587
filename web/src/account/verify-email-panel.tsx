import { currentLanguage, t } from '../i18n/i18n.js';
import { reloadSession, type SessionUser } from '../session/session.js';
import { refuse, runAction, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { FormMessage } from '../ui/form-message.js';
import { announce } from '../ui/live-region.js';
import { useActionState } from '../ui/use-form.js';

/**
 * Confirming one's address, where a page needs it (after signing up, before registering an
 * organisation or joining one): the server mails a link (`accountAction
 * sendEmailVerification`, through the outbox); the person opens it, comes back and says so,
 * and the panel asks Auth again. `sent` says a link has just gone out (sign-up sends one at
 * once); `next` is the page the link brings them back to.
 */
export function VerifyEmailPanel(props: {
  user: SessionUser;
  sent: boolean;
  next?: string | undefined;
  onConfirmed: (user: SessionUser) => void;
}) {
  // One message box for both buttons; each button shows its own work.
  const sending = useActionState('verify-email-send');
  const checking = useActionState('verify-email');
  const email = props.user.email ?? '';

  const check = async () => {
    sending.message.value = null;
    const outcome = await runAction(checking, { run: reloadSession });
    if (!outcome?.ok) return;
    const now = outcome.value;
    if (now?.emailVerified) {
      announce(t('verifyEmail.confirmed'));
      props.onConfirmed(now);
      return;
    }
    await refuse(checking, t('verifyEmail.notYet'));
  };

  const send = async () => {
    checking.message.value = null;
    const outcome = await runAction(sending, {
      run: () =>
        import('../firebase/functions.js').then((functions) =>
          functions.accountAction({
            action: 'sendEmailVerification',
            language: currentLanguage(),
            ...(props.next ? { next: props.next } : {}),
          }),
        ),
      timeoutMs: 20_000,
    });
    if (!outcome?.ok) return;
    if (outcome.value.verified) return check();
    succeed(sending, t('verifyEmail.resent', { email: outcome.value.email }));
  };

  const sendButton = (
    <BusyButton
      state={sending}
      variant={props.sent ? 'secondary' : 'primary'}
      label={t(props.sent ? 'verifyEmail.sendAgain' : 'verifyEmail.send')}
      busyLabel={t('verifyEmail.sending')}
      onClick={() => void send()}
    />
  );
  const checkButton = (
    <BusyButton
      state={checking}
      variant={props.sent ? 'primary' : 'secondary'}
      label={t('verifyEmail.check')}
      busyLabel={t('verifyEmail.checking')}
      onClick={() => void check()}
    />
  );
  return (
    <section class="card" aria-labelledby="verify-email-heading">
      <h2 id="verify-email-heading">{t('verifyEmail.heading')}</h2>
      <p id="verify-email-intro">
        {t(props.sent ? 'verifyEmail.sent' : 'verifyEmail.needed', { email })}
      </p>
      <FormMessage state={checking} />
      <FormMessage state={sending} />
      <p class="actions">
        {props.sent ? checkButton : sendButton} {props.sent ? sendButton : checkButton}
      </p>
    </section>
  );
}
