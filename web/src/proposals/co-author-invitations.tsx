import type { Invitation } from '../firebase/co-authorship.js';
import { t } from '../i18n/i18n.js';
import { coAuthorshipPath } from '../router/routes.js';
import { useLive } from '../ui/use-data.js';

/**
 * On an NGO's start page: the invitations to co-author a proposal waiting for the
 * organisation's answer, each a link to its page. Nothing at all when there are none.
 */
export function CoAuthorInvitations(props: { orgId: string }) {
  const invitations = useLive<Invitation[]>(
    async (next, fail) =>
      (await import('../firebase/co-authorship.js')).watchOpenInvitations(props.orgId, next, fail),
    [props.orgId],
  );
  const items = invitations.status === 'ready' ? invitations.value : [];
  if (!items.length) return null;
  return (
    <section
      class="card start-list"
      aria-labelledby="start-co-authorship"
      id="co-author-invitations"
    >
      <h2 id="start-co-authorship">
        {t('app.start.coAuthorInvitations')} <span class="count">({items.length})</span>
      </h2>
      <ul class="rows" aria-labelledby="start-co-authorship">
        {items.map((invitation) => (
          <li class="row" key={invitation.id}>
            <p class="row-title">
              <a href={coAuthorshipPath(invitation.id)}>{invitation.proposalTitle}</a>
            </p>
            <p class="row-meta">{t('app.start.invitedBy', { org: invitation.invitingOrgName })}</p>
          </li>
        ))}
      </ul>
    </section>
  );
}
