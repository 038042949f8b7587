import { mayLeadOrganisation } from '@domain/policies/organisation.policy.js';
import { useRef } from 'preact/hooks';
import type { OrganisationView } from '../firebase/organisations.js';
import { t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { Await } from '../ui/await.js';
import { PageHeading } from '../ui/page-heading.js';
import { useActionState } from '../ui/use-form.js';
import { Invitations, InviteColleague } from './organisation-invitations.js';
import { JoinRequests } from './join-requests.js';
import { OrganisationMembers } from './organisation-members.js';
import { Correction, OrganisationProfile } from './organisation-profile.js';
import { useStatusAnnouncement } from './organisation-view.js';
import { useOrganisationData } from './use-organisation-data.js';

/**
 * `/app/organisation`: an NGO person's organisation. Everyone sees its status (and what it
 * means for submitting) and its details; the lead also edits the details (or corrects them
 * after a rejection and sends them again), manages the members, invites people by email
 * (once the organisation is verified), revokes invitations and decides on requests to join. Everything follows the server live;
 * when the person's role changes (the lead handed over), the router shows the page again.
 */
export function OrganisationPage({ user, claims }: PageProps) {
  if (!user) throw new Error('The organisation page needs a signed-in user');
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <div class="page">
      <PageHeading headingRef={heading}>{t('organisation.title')}</PageHeading>
      {claims?.orgId ? (
        <OwnOrganisation
          orgId={claims.orgId}
          uid={user.uid}
          isLead={mayLeadOrganisation(claims, claims.orgId)}
          focusHeading={() => heading.current?.focus()}
        />
      ) : (
        <p>{t('organisation.noOrganisation')}</p>
      )}
    </div>
  );
}

function OwnOrganisation(props: {
  orgId: string;
  uid: string;
  isLead: boolean;
  /** After a correction was sent: the page starts again from its status. */
  focusHeading: () => void;
}) {
  const { orgId, isLead } = props;
  const organisation = useOrganisationData(orgId, (store) => store.watchOrganisation);
  // Successes of editing and of correcting are said in the details' message box.
  const profileMessages = useActionState('org-profile');
  const status = organisation.status === 'ready' ? organisation.value?.status : undefined;
  useStatusAnnouncement(status);
  const verified = status === 'verified';
  return (
    <>
      <Await state={organisation}>
        {(current) =>
          current ? (
            <>
              <StatusBanner organisation={current} isLead={isLead} />
              {isLead && current.status === 'rejected' ? (
                <Correction
                  organisation={current}
                  messages={profileMessages}
                  onDone={props.focusHeading}
                />
              ) : null}
              <OrganisationProfile
                organisation={current}
                isLead={isLead}
                messages={profileMessages}
              />
            </>
          ) : (
            <p>{t('organisation.notFound')}</p>
          )
        }
      </Await>
      <OrganisationMembers orgId={orgId} uid={props.uid} isLead={isLead} />
      {isLead ? (
        <>
          {/* Only a verified organisation invites (the server refuses the others). */}
          {verified ? <InviteColleague orgId={orgId} /> : null}
          <Invitations orgId={orgId} />
          <JoinRequests orgId={orgId} />
        </>
      ) : null}
    </>
  );
}

/** What the organisation's status means for its people, first on the page. */
function StatusBanner(props: { organisation: OrganisationView; isLead: boolean }) {
  const { organisation } = props;
  return (
    <section class={`status-banner status-${organisation.status}`} aria-labelledby="org-status">
      {organisation.status === 'pending' ? (
        <>
          <h2 id="org-status">{t('organisation.status.pendingHeading')}</h2>
          <p>{t('organisation.status.pendingText')}</p>
          <p>
            <strong>{t('organisation.status.pendingDrafts')}</strong>
          </p>
          {props.isLead ? <p>{t('organisation.status.pendingInvite')}</p> : null}
        </>
      ) : organisation.status === 'verified' ? (
        <>
          <h2 id="org-status">{t('organisation.status.verifiedHeading')}</h2>
          <p>{t('organisation.status.verifiedText')}</p>
        </>
      ) : (
        <>
          <h2 id="org-status">{t('organisation.status.rejectedHeading')}</h2>
          <p>
            {t('organisation.status.rejectedReason', { reason: organisation.statusReason ?? '' })}
          </p>
          <p>
            {t(
              props.isLead
                ? 'organisation.status.rejectedLead'
                : 'organisation.status.rejectedMember',
            )}
          </p>
        </>
      )}
    </section>
  );
}
