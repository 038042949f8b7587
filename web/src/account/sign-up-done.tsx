import { t } from '../i18n/i18n.js';
import { PATHS } from '../router/routes.js';
import type { SessionUser } from '../session/session-state.js';
import { ButtonLink } from '../ui/button.js';
import { OutcomePage } from '../ui/outcome-page.js';

/** After signing up: the two ways on (register an organisation, or an invitation by email). */
export function SignUpDone(props: { user: SessionUser }) {
  return (
    <OutcomePage
      heading={t('signUp.done.heading')}
      title={t('signUp.done.title')}
      said={`${t('signUp.created')} ${t('signUp.done.text')}`}
    >
      <p class="lead">{t('signUp.done.text')}</p>
      <section class="card">
        <h2>{t('signUp.done.registerHeading')}</h2>
        <p>{t('signUp.done.registerText')}</p>
        <p>
          <ButtonLink href={PATHS.registerOrganisation}>{t('signUp.done.registerLink')}</ButtonLink>
        </p>
      </section>
      <section class="card">
        <h2>{t('signUp.done.inviteHeading')}</h2>
        <p>{t('signUp.done.inviteText')}</p>
        <p class="hint">{t('signUp.done.inviteNoMail', { email: props.user.email ?? '' })}</p>
      </section>
    </OutcomePage>
  );
}
