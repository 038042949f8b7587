import { useState } from 'preact/hooks';
import { ConfirmedAddress } from '../account/confirmed-address.js';
import { list, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { ButtonLink } from '../ui/button.js';
import { OutcomePage } from '../ui/outcome-page.js';
import { PageHeading } from '../ui/page-heading.js';
import { applicantFromProfile } from './applicant-fields.js';
import type { ApplicantFormValues } from './organisation-form.js';
import { RegisterOrganisationForm, type Registration } from './register-organisation-form.js';

/** The form starts with the person's name and position. */
async function load({ user }: PageProps): Promise<ApplicantFormValues> {
  if (!user) throw new Error('The registration page needs a signed-in user');
  return applicantFromProfile(user);
}

/** What happens after registering; the region's coordinator is named only when one was told. */
export function NextSteps(props: { shortName: string; coordinatorNotified: boolean }) {
  const lead = t('register.next.lead', { name: props.shortName });
  // A region may have no coordinator yet: then nobody but the Secretariat was told.
  const [checked, ...rest] = list('register.next.steps');
  const steps = [
    props.coordinatorNotified ? `${checked} ${t('register.next.coordinatorNotified')}` : checked,
    ...rest,
  ];
  return (
    <OutcomePage heading={t('register.next.heading')} said={lead}>
      <p class="lead">{lead}</p>
      <section class="card">
        <h2>{t('register.next.stepsHeading')}</h2>
        <ol class="steps">
          {steps.map((step) => (
            <li key={step}>{step}</li>
          ))}
        </ol>
      </section>
      <p>
        <ButtonLink href={PATHS.organisation}>{t('register.next.organisationLink')}</ButtonLink>
      </p>
    </OutcomePage>
  );
}

function JoinRequested(props: { orgId: string }) {
  return (
    <OutcomePage
      heading={t('register.joinRequested.heading')}
      said={`${t('register.joinRequested.heading')}. ${t('register.joinRequested.text')}`}
    >
      <p class="lead">{t('register.joinRequested.lead', { orgId: props.orgId })}</p>
      <p>{t('register.joinRequested.text')}</p>
      <p>
        <a href={PATHS.app}>{t('register.joinRequested.appLink')}</a>
      </p>
    </OutcomePage>
  );
}

/**
 * `/app/register-organisation`: a signed-in person without a role registers their
 * organisation, once their address is confirmed. Then the page says what happens next; or,
 * when the code is already registered (`join_requested`), that the organisation's lead was
 * asked to accept them. Registering makes the person the lead: the page keeps saying what
 * happens next instead of turning into the page for that role (`keepOnClaimsChange`).
 */
function RegisterOrganisationPage({ user, data }: PageProps & { data: ApplicantFormValues }) {
  const [registration, setRegistration] = useState<Registration | null>(null);
  if (registration?.outcome === 'registered') {
    return (
      <NextSteps
        shortName={registration.shortName}
        coordinatorNotified={registration.coordinatorNotified}
      />
    );
  }
  if (registration) return <JoinRequested orgId={registration.orgId} />;
  return (
    <div class="page page-narrow">
      <PageHeading id="register-heading" title={t('register.title')}>
        {t('register.heading')}
      </PageHeading>
      {user ? (
        <ConfirmedAddress user={user} next={PATHS.registerOrganisation}>
          <p>{t('register.intro')}</p>
          <RegisterOrganisationForm applicant={data} onRegistered={setRegistration} />
        </ConfirmedAddress>
      ) : null}
    </div>
  );
}

export const registerOrganisationPage: DataPage<ApplicantFormValues> = {
  load,
  component: RegisterOrganisationPage,
};
