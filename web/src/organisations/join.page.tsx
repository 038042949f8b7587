import { useState } from 'preact/hooks';
import { ConfirmedAddress } from '../account/confirmed-address.js';
import { t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { joinPath, PATHS, signInPathFor, signUpPathFor } from '../router/routes.js';
import { ButtonLink } from '../ui/button.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { applicantFromProfile } from './applicant-fields.js';
import { JoinForm, JoinedOrganisation } from './join-form.js';
import type { ApplicantFormValues } from './organisation-form.js';

/** The form starts with the person's name and position (none for who cannot join). */
async function load({ user, claims }: PageProps): Promise<ApplicantFormValues | null> {
  if (!user || claims?.role) return null;
  return applicantFromProfile(user);
}

function SignedOut(props: { here: string }) {
  return (
    <>
      <p>{t('join.signedOut')}</p>
      <p class="actions">
        <ButtonLink href={signInPathFor(props.here)}>{t('join.signIn')}</ButtonLink>{' '}
        <ButtonLink href={signUpPathFor(props.here)} variant="secondary">
          {t('join.signUp')}
        </ButtonLink>
      </p>
    </>
  );
}

function HasRole(props: { ngo: boolean }) {
  return (
    <>
      <Notice>
        <p>{t('join.hasRole')}</p>
      </Notice>
      <p>
        <a href={props.ngo ? PATHS.organisation : PATHS.app}>
          {t(props.ngo ? 'join.done.link' : 'noAccess.back')}
        </a>
      </p>
    </>
  );
}

/**
 * `/app/join/{token}`: the link in an invitation email. A visitor who is not signed in is
 * offered to sign in or sign up (with the invited address) and comes back here; a signed-in
 * person without a role confirms their address if they have not yet, says who they are and
 * joins through `orgAction acceptInvitation`. Joining gives a role: the page keeps saying
 * the person joined (`keepOnClaimsChange`).
 */
function JoinPage({
  params,
  user,
  claims,
  data,
}: PageProps & { data: ApplicantFormValues | null }) {
  const token = params.token ?? '';
  const here = joinPath(token);
  const [joined, setJoined] = useState(false);
  if (joined) return <JoinedOrganisation />;
  let content;
  if (!user) content = <SignedOut here={here} />;
  else if (claims?.role || !data) {
    content = <HasRole ngo={claims?.role === 'ngo_admin' || claims?.role === 'ngo_member'} />;
  } else {
    content = (
      <ConfirmedAddress user={user} next={here}>
        <p>{t('join.intro', { email: user.email ?? '' })}</p>
        <JoinForm token={token} applicant={data} onJoined={() => setJoined(true)} />
      </ConfirmedAddress>
    );
  }
  return (
    <div class="page page-narrow">
      <PageHeading id="join-heading" title={t('join.title')}>
        {t('join.heading')}
      </PageHeading>
      {content}
    </div>
  );
}

export const joinPage: DataPage<ApplicantFormValues | null> = { load, component: JoinPage };
