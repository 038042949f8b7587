import { mayManageCouncils } from '@domain/policies/council.policy.js';
import { AREAS } from '@domain/catalogues/areas.js';
import { INSTRUMENTS } from '@domain/catalogues/instruments/instruments.js';
import { kyivDate } from '@domain/kyiv-time.js';
import { QUORUM_RULE_LABELS } from '@domain/meetings/quorum.js';
import type { CouncilView, MembershipView } from '../firebase/councils.js';
import { currentLanguage, loadSection, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { PATHS, publicAddress } from '../router/routes.js';
import { LoadFailure } from '../ui/await.js';
import { Detail } from '../ui/details.js';
import { PageHeading } from '../ui/page-heading.js';
import { firstValue, latest, useLive } from '../ui/use-data.js';
import { applicationAccess } from './application-access.js';
import { CouncilApplications } from './council-applications.js';
import { CouncilApply } from './council-apply.js';
import { CouncilEditor } from './council-editor.js';
import { AddMember, CouncilMembers } from './council-members.js';
import { CouncilMeetings } from './council-meetings.js';

const adapter = () => import('../firebase/councils.js');

/**
 * `/app/councils/{councilId}`: one council for the people who work with it. Its details, its
 * members with their roles and periods (history kept), its meetings and a link to its
 * proposals; administrators add members, end memberships and edit the council; staff schedule
 * its meetings. Read before it is shown (the heading is its name), then followed.
 */
function CouncilPage(props: PageProps & { data: CouncilView | null }) {
  const councilId = props.params.councilId ?? '';
  const role = props.claims?.role ?? null;
  const followed = useLive<CouncilView | null>(
    async (next, fail) => (await adapter()).watchCouncil(councilId, next, fail),
    [councilId],
  );
  const council = latest(props.data, followed);
  const manages = role !== null && mayManageCouncils({ uid: props.user?.uid ?? '', role });
  const memberships = useLive<MembershipView[]>(
    async (next, fail) => (await adapter()).watchMemberships(councilId, next, fail),
    [councilId],
  );
  const language = currentLanguage();
  const hidden =
    memberships.status === 'failed' &&
    (memberships.error as { code?: string } | null)?.code === 'permission-denied';
  const uid = props.user?.uid ?? null;
  const access = council
    ? applicationAccess({
        uid,
        role,
        councilId,
        councilKind: council.kind,
        memberships: memberships.status === 'ready' ? memberships.value : null,
        today: kyivDate(new Date()),
      })
    : { review: false, apply: false };
  return (
    <div class="page">
      {manages ? (
        <p class="back">
          <a href={PATHS.councilAdmin}>{t('councilPage.back')}</a>
        </p>
      ) : null}
      <PageHeading>
        {council ? (council.name[language] ?? council.name.uk) : t('councilPage.notFound')}
      </PageHeading>
      {followed.status === 'failed' ? <LoadFailure /> : null}
      {council ? (
        <>
          <CouncilDetails council={council} />
          <p>
            <a
              href={`/app/proposals?council=${encodeURIComponent(council.id)}`}
              id="council-proposals"
            >
              {t('councilPage.proposals')}
            </a>
            {' · '}
            <a href={publicAddress(`/councils/${council.id}`, language)}>
              {t('councilAdmin.publicPage')}
            </a>
          </p>
          {access.apply && uid ? <CouncilApply councilId={councilId} uid={uid} /> : null}
          {hidden ? (
            <p id="council-members-hidden">{t('councilPage.membersHidden')}</p>
          ) : (
            <CouncilMembers councilId={councilId} memberships={memberships} manages={manages} />
          )}
          {access.review ? <CouncilApplications councilId={councilId} /> : null}
          {manages ? <AddMember councilId={councilId} /> : null}
          <CouncilMeetings council={council} memberships={memberships} role={role} />
          {manages ? <CouncilEditor council={council} /> : null}
        </>
      ) : null}
    </div>
  );
}

function CouncilDetails(props: { council: CouncilView }) {
  const { council } = props;
  const language = currentLanguage();
  const theme = AREAS.find((area) => area.code === council.theme);
  const instruments = INSTRUMENTS.filter((i) => council.instruments.includes(i.code));
  return (
    <section aria-labelledby="council-details">
      <h2 id="council-details">{t('councilPage.about')}</h2>
      <p>{council.description[language] ?? council.description.uk}</p>
      <dl class="details">
        <Detail term={t('councilAdmin.kind')}>
          {t(council.kind === 'advisory' ? 'councilAdmin.kindAdvisory' : 'councilAdmin.kindExpert')}
        </Detail>
        {theme ? <Detail term={t('councilAdmin.theme')}>{theme[language]}</Detail> : null}
        {instruments.length ? (
          <Detail term={t('councilAdmin.instruments')}>
            {instruments.map((i) => i.short[language]).join(', ')}
          </Detail>
        ) : null}
        <Detail term={t('councilPage.quorum')}>
          {council.quorum.rule === 'at_least'
            ? t('councilPage.quorumAtLeast', { count: council.quorum.count })
            : QUORUM_RULE_LABELS[council.quorum.rule][language]}
        </Detail>
      </dl>
    </section>
  );
}

export const councilPage: DataPage<CouncilView | null> = {
  async load({ params }) {
    const [store] = await Promise.all([adapter(), loadSection('councils')]);
    return firstValue((next, fail) => store.watchCouncil(params.councilId ?? '', next, fail));
  },
  component: CouncilPage,
};
