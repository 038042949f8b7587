import { useEffect, useRef } from 'preact/hooks';
import { t } from '../i18n/i18n.js';
import { PATHS } from '../router/routes.js';
import type { SessionUser } from '../session/session-state.js';
import { ButtonLink } from '../ui/button.js';
import { announce } from '../ui/live-region.js';
import { PageHeading } from '../ui/page-heading.js';

/** After signing up: the two ways on (register an organisation, or an invitation by email). */
export function SignUpDone(props: { user: SessionUser }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    announce(`${t('signUp.created')} ${t('signUp.done.text')}`);
  }, []);
  return (
    <div class="page page-narrow">
      <PageHeading headingRef={heading} title={t('signUp.done.title')}>
        {t('signUp.done.heading')}
      </PageHeading>
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
    </div>
  );
}
