import type { OrganisationView } from '../firebase/organisations.js';
import { t } from '../i18n/i18n.js';
import type { MessageKey } from '../i18n/keys.js';
import { PATHS, organisationPath } from '../router/routes.js';
import { planQueue, defaultFilters, type QueueActor } from '../reports/queue.js';
import type { ReportView } from '../reports/report-view.js';
import type { Claims, SessionUser } from '../session/session-state.js';
import { Await } from '../ui/await.js';
import { CoAuthorInvitations } from '../proposals/co-author-invitations.js';
import { ButtonLink } from '../ui/button.js';
import { useLive, useRead } from '../ui/use-data.js';
import { commissionerStart, ngoStart, secretariatStart, START_LIST_SIZE } from './start-items.js';
import { StartList } from './start-lists.js';

/** The most open reports a start page reads to find what needs the person. */
const START_READ = 200;

/** What needs this person now, by their role: the top of the start page. */
export function WhatNeedsMe(props: { user: SessionUser | null; claims: Claims | null }) {
  const { user, claims } = props;
  if (!user || !claims?.role) return null;
  switch (claims.role) {
    case 'ngo_admin':
    case 'ngo_member':
      return claims.orgId ? <NgoStart orgId={claims.orgId} /> : null;
    case 'staff':
    case 'coordinator':
    case 'commissioner':
      return (
        <>
          {claims.role === 'commissioner' ? (
            <p>
              <a href={`${PATHS.publishing}?state=pending_approval`}>
                {t('app.start.pendingPublications')}
              </a>
            </p>
          ) : null}
          <SecretariatStart actor={{ uid: user.uid, role: claims.role, regions: claims.regions }} />
        </>
      );
    case 'admin':
      return <AdminStart />;
    default:
      return null;
  }
}

function NgoStart(props: { orgId: string }) {
  const reports = useLive<ReportView[]>(
    async (next, fail) => {
      const store = await import('../firebase/reports.js');
      return store.watchOrganisationReports(props.orgId, (rows) => next(rows), fail);
    },
    [props.orgId],
  );
  return (
    <>
      <p>
        <ButtonLink href={PATHS.reportNew}>{t('app.start.newReport')}</ButtonLink>{' '}
        <ButtonLink href={PATHS.noteNew} variant="secondary">
          {t('app.start.sendNote')}
        </ButtonLink>
      </p>
      <CoAuthorInvitations orgId={props.orgId} />
      <Await state={reports}>
        {(rows) => {
          const start = ngoStart(rows);
          return (
            <div class="start-lists">
              <StartList
                id="info-requests"
                heading={t('app.start.infoRequests')}
                empty={t('app.start.noInfoRequests')}
                reports={start.infoRequests}
              />
              <StartList
                id="drafts"
                heading={t('app.start.drafts')}
                empty={t('app.start.noDrafts')}
                reports={start.drafts}
              />
              <StartList
                id="recent"
                heading={t('app.start.recent')}
                empty={t('app.start.noRecent')}
                reports={start.recent}
                all={{ href: PATHS.reports, label: t('app.start.allReports') }}
              />
            </div>
          );
        }}
      </Await>
    </>
  );
}

function SecretariatStart(props: { actor: QueueActor }) {
  const { actor } = props;
  const reports = useRead(async () => {
    const store = await import('../firebase/reads.js');
    const specs = planQueue(defaultFilters(actor), actor, Date.now(), START_READ);
    return (await store.runQueue(specs)).reports;
  }, [actor.uid, actor.role, actor.regions.join(',')]);
  const queue = (tab: string) => `${PATHS.queue}?tab=${tab}`;
  return (
    <Await state={reports}>
      {(rows) => {
        const now = new Date();
        const items = rows.map((row) => ({
          ...row,
          organisation: '',
          region: '',
          statusLabel: '',
        }));
        const lists: [string, MessageKey, ReportView[], string][] =
          actor.role === 'commissioner'
            ? (() => {
                const start = commissionerStart(items, now);
                return [
                  [
                    'awaiting-decision',
                    'app.start.awaitingDecision',
                    start.awaitingDecision,
                    `${PATHS.queue}?status=in_review`,
                  ],
                  ['urgent', 'app.start.urgentHeading', start.urgent, PATHS.queue],
                  ['overdue', 'app.start.overdue', start.overdue, queue('overdue')],
                ];
              })()
            : (() => {
                const start = secretariatStart(items, actor.uid, now);
                return [
                  ['mine', 'app.start.assignedToMe', start.assignedToMe, queue('mine')],
                  ['due-soon', 'app.start.dueSoon', start.dueSoon, PATHS.queue],
                  ['overdue', 'app.start.overdue', start.overdue, queue('overdue')],
                  [
                    'unassigned',
                    'app.start.newUnassigned',
                    start.newUnassigned,
                    queue('unassigned'),
                  ],
                ];
              })();
        return (
          <div class="start-lists">
            {lists.map(([id, heading, reports, href]) => (
              <StartList
                key={id}
                id={id}
                heading={t(heading)}
                empty={t('app.start.noneNow')}
                reports={reports}
                all={{ href, label: t('app.start.inQueue') }}
              />
            ))}
          </div>
        );
      }}
    </Await>
  );
}

function AdminStart() {
  const pending = useRead<OrganisationView[]>(async () => {
    const store = await import('../firebase/organisations.js');
    return store.listOrganisations({ status: 'pending' });
  }, []);
  return (
    <Await state={pending}>
      {(organisations) => (
        <section class="card start-list" aria-labelledby="start-pending">
          <h2 id="start-pending">
            {t('app.start.pendingOrganisations')}{' '}
            <span class="count">({organisations.length})</span>
          </h2>
          {organisations.length ? (
            <ul class="rows" aria-labelledby="start-pending">
              {organisations.slice(0, START_LIST_SIZE).map((organisation) => (
                <li class="row" key={organisation.orgId}>
                  <p class="row-title">
                    <a href={organisationPath(organisation.orgId)}>{organisation.shortName}</a>
                  </p>
                  <p class="row-meta">{organisation.name}</p>
                </li>
              ))}
            </ul>
          ) : (
            <p>{t('app.start.noPending')}</p>
          )}
          <p>
            <a href={`${PATHS.organisations}?status=pending`}>{t('app.start.allPending')}</a>
          </p>
        </section>
      )}
    </Await>
  );
}
