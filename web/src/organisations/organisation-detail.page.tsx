import { mayReviewOrganisations } from '@domain/policies/organisation.policy.js';
import type { OrganisationView } from '../firebase/organisations.js';
import { formatDateTime, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { Await, LoadFailure } from '../ui/await.js';
import { Detail } from '../ui/details.js';
import { PageHeading } from '../ui/page-heading.js';
import { firstValue, latest } from '../ui/use-data.js';
import { OrganisationDecision } from './organisation-decision.js';
import { MemberList, useMembers } from './organisation-members.js';
import { OrganisationDetails, useStatusAnnouncement } from './organisation-view.js';
import { useOrganisationData } from './use-organisation-data.js';

/**
 * `/app/organisations/{orgId}`: one organisation as the Secretariat sees it: its details (the
 * EDRPOU code with a link to check it in the State Register), when it registered and was
 * checked, its members (staff, the Commissioner and admins may read them), and for staff and
 * admins the decision on a pending registration: verify, or reject with a reason.
 * Coordinators read only. Read before it is shown (the heading is its name), then followed.
 */
function OrganisationDetailPage(props: PageProps & { data: OrganisationView | null }) {
  const orgId = props.params.orgId ?? '';
  const role = props.claims?.role ?? null;
  const followed = useOrganisationData(orgId, (store) => store.watchOrganisation);
  const organisation = latest(props.data, followed);
  useStatusAnnouncement(organisation?.status);
  return (
    <div class="page">
      <p class="back">
        <a href={PATHS.organisations}>{t('organisationDetail.back')}</a>
      </p>
      <PageHeading>
        {organisation?.shortName ?? t('organisationDetail.notFound', { orgId })}
      </PageHeading>
      {followed.status === 'failed' ? <LoadFailure /> : null}
      {organisation ? (
        <>
          <section aria-labelledby="details-heading">
            <h2 id="details-heading">{t('organisation.profileHeading')}</h2>
            <OrganisationDetails organisation={organisation} checkInRegister />
          </section>
          <OrganisationDecision
            organisation={organisation}
            decides={mayReviewOrganisations({ role })}
          />
          <History organisation={organisation} />
          <Members
            orgId={orgId}
            seesMembers={role === 'staff' || role === 'admin' || role === 'commissioner'}
          />
        </>
      ) : null}
    </div>
  );
}

export const organisationDetailPage: DataPage<OrganisationView | null> = {
  async load({ params }) {
    const store = await import('../firebase/organisations.js');
    const orgId = params.orgId ?? '';
    return firstValue((next, fail) => store.watchOrganisation(orgId, next, fail));
  },
  component: OrganisationDetailPage,
};

function History(props: { organisation: OrganisationView }) {
  const { organisation } = props;
  return (
    <section aria-labelledby="history-heading">
      <h2 id="history-heading">{t('organisationDetail.historyHeading')}</h2>
      <dl class="details">
        <Detail term={t('organisationDetail.registeredOn')}>
          <Time value={organisation.createdAt} />
        </Detail>
        {organisation.verifiedAt ? (
          <Detail term={t('organisationDetail.verifiedOn')}>
            <Time value={organisation.verifiedAt} />
          </Detail>
        ) : null}
        <Detail term={t('organisationDetail.updatedOn')}>
          <Time value={organisation.updatedAt} />
        </Detail>
        {organisation.status === 'rejected' && organisation.statusReason ? (
          <Detail term={t('organisationDetail.reason')}>{organisation.statusReason}</Detail>
        ) : null}
      </dl>
    </section>
  );
}

function Time(props: { value: number | null }) {
  if (props.value === null) return <>{t('common.none')}</>;
  return (
    <time dateTime={isoOf(props.value)}>{formatDateTime(props.value, currentLanguage())}</time>
  );
}

function Members(props: { orgId: string; seesMembers: boolean }) {
  return (
    <section aria-labelledby="members-heading">
      <h2 id="members-heading">{t('organisationDetail.membersHeading')}</h2>
      {props.seesMembers ? (
        <FollowedMembers orgId={props.orgId} />
      ) : (
        <p>{t('organisationDetail.membersHidden')}</p>
      )}
    </section>
  );
}

function FollowedMembers(props: { orgId: string }) {
  const members = useMembers(props.orgId);
  return <Await state={members}>{(list) => <MemberList members={list} />}</Await>;
}
