import { t } from '../i18n/i18n.js';
import type { SessionUser } from '../session/session-state.js';
import { OutcomePage } from '../ui/outcome-page.js';
import { VerifyEmailPanel } from './verify-email-panel.js';

/**
 * Right after signing up: the account exists, and the address is confirmed next, through the
 * link the server has just mailed (`sent`; false if sending failed, then the person sends it
 * from here). Registering an organisation or joining one waits for it.
 */
export function SignUpConfirm(props: {
  user: SessionUser;
  sent: boolean;
  next: string | null;
  onConfirmed: (user: SessionUser) => void;
}) {
  const email = props.user.email ?? '';
  return (
    <OutcomePage
      heading={t('signUp.done.heading')}
      title={t('signUp.done.title')}
      said={`${t('signUp.created')} ${t(props.sent ? 'verifyEmail.sent' : 'verifyEmail.needed', { email })}`}
    >
      <VerifyEmailPanel
        user={props.user}
        sent={props.sent}
        next={props.next ?? undefined}
        onConfirmed={props.onConfirmed}
      />
    </OutcomePage>
  );
}
