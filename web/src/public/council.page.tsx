import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { proposalWorkflow } from '@domain/workflows/proposal.workflow.js';
import { PATHS, publicAddress } from '../router/routes.js';
import { Detail } from '../ui/details.js';
import { PageHeading } from '../ui/page-heading.js';
import { LoadFailure } from './load-failure.js';
import { instrumentName, localText, themeName, type PublicCouncil } from './public-councils.js';

export function councilTitle(council: PublicCouncil | null): string {
  return council ? localText(council.name, currentLanguage()) : t('councils.notFound');
}

/**
 * `/councils/{id}`: one council for the public: its theme, description and instruments, the
 * member organisations and the chair's name (no contacts of anyone), and the meetings held
 * whose minutes are published. Rendered on the server.
 */
export function CouncilPage(props: { council: PublicCouncil | null; failed: boolean }) {
  const language = currentLanguage();
  const { council } = props;
  const back = (
    <p>
      <a href={publicAddress(PATHS.councils, language)}>{t('councils.all')}</a>
    </p>
  );
  if (props.failed) {
    return (
      <div class="page">
        <PageHeading title={t('councils.title')}>{t('councils.title')}</PageHeading>
        <LoadFailure text={t('councils.loadError')} />
      </div>
    );
  }
  if (!council) {
    return (
      <div class="page">
        <PageHeading title={councilTitle(null)}>{councilTitle(null)}</PageHeading>
        <p>{t('councils.notFoundText')}</p>
        {back}
      </div>
    );
  }
  return (
    <div class="page">
      <PageHeading title={councilTitle(council)}>{councilTitle(council)}</PageHeading>
      <p class="lead">{localText(council.description, language)}</p>
      <dl class="details">
        <Detail term={t('councils.theme')}>
          {council.theme ? themeName(council.theme, language) : t('councils.advisoryKind')}
        </Detail>
        <Detail term={t('councils.chair')}>
          {council.chair
            ? [council.chair.displayName, council.chair.orgName].filter(Boolean).join(', ')
            : t('councils.noChair')}
        </Detail>
      </dl>
      {council.instruments.length ? (
        <section aria-labelledby="council-instruments">
          <h2 id="council-instruments">{t('councils.instruments')}</h2>
          <ul>
            {council.instruments.map((code) => (
              <li key={code}>{instrumentName(code, language)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <section aria-labelledby="council-members">
        <h2 id="council-members">{t('councils.members')}</h2>
        {council.memberOrgs.length ? (
          <ul>
            {council.memberOrgs.map((org) => (
              <li key={org.orgId}>{org.name}</li>
            ))}
          </ul>
        ) : (
          <p>{t('councils.noMembers')}</p>
        )}
      </section>
      {council.meetings.length ? (
        <section aria-labelledby="council-meetings">
          <h2 id="council-meetings">{t('councils.meetings')}</h2>
          {council.meetings.map((meeting) => (
            <article key={`${meeting.heldOn}-${meeting.title}`}>
              <h3>
                {meeting.title}, {formatDate(meeting.heldOn, language)}
              </h3>
              <p class="prewrap">{meeting.minutes}</p>
            </article>
          ))}
        </section>
      ) : null}
      <section aria-labelledby="council-proposals">
        <h2 id="council-proposals">{t('councils.proposals')}</h2>
        {council.proposals.length ? (
          <ul id="council-proposal-list">
            {council.proposals.map((p) => (
              <li key={p.id}>
                {p.number} «{p.title}» — {proposalWorkflow.statusLabels[p.status][language]}
                {p.authors.length ? (
                  <>
                    <br />
                    {t('councils.proposalAuthors', { names: p.authors.join(', ') })}
                  </>
                ) : null}
              </li>
            ))}
          </ul>
        ) : (
          <p>{t('councils.noProposals')}</p>
        )}
      </section>
      {council.kind === 'expert' ? (
        <p>
          <a href={`/app/councils/${council.id}`} id="council-join">
            {t('councils.join')}
          </a>
        </p>
      ) : null}
      {back}
    </div>
  );
}
