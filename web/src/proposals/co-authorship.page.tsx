import { signal } from '@preact/signals';
import { useState } from 'preact/hooks';
import { mayAnswerInvitation } from '@domain/policies/co-author.policy.js';
import type { Actor } from '@domain/roles.js';
import { coAuthorWorkflow } from '@domain/workflows/co-author.workflow.js';
import type { Invitation } from '../firebase/co-authorship.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { useNavigation } from '../router/navigation.js';
import { proposalPath } from '../router/routes.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { ButtonLink } from '../ui/button.js';
import { FormMessage } from '../ui/form-message.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { useActionState } from '../ui/use-form.js';
import { millis } from '../data/fields.js';

interface InvitationData {
  invitation: Invitation | null;
  councilName: string;
  actor: Actor;
  orgVerified: boolean;
}

/**
 * `/app/proposals/invitations/{proposalId}__{orgId}` (the emailed link): the invited
 * organisation sees who invites it to co-author which proposal, and its lead accepts or
 * declines. Until it accepts, this summary is all of the proposal it may read; accepting names
 * it among the authors and opens the proposal.
 */
function CoAuthorshipPage(props: PageProps & { data: InvitationData }) {
  const { navigate } = useNavigation();
  const { actor, orgVerified, councilName } = props.data;
  const messages = useActionState('co-authorship');
  const [invitation] = useState(() => signal(props.data.invitation));
  const current = invitation.value;
  const language = currentLanguage();
  if (!current) {
    return (
      <div class="page">
        <PageHeading>{t('proposals.coAuthorship.title')}</PageHeading>
        <Notice kind="error">{t('proposals.coAuthorship.notFound')}</Notice>
      </div>
    );
  }
  const answer = (action: 'acceptCoAuthorship' | 'declineCoAuthorship') => async () =>
    (await import('../firebase/proposals.js')).proposalAction({
      action,
      invitationId: current.id,
    });
  const mayAccept = mayAnswerInvitation(actor, current, 'accept', orgVerified);
  const mayDecline = mayAnswerInvitation(actor, current, 'decline', orgVerified);
  return (
    <div class="page co-authorship-page">
      <PageHeading title={t('proposals.coAuthorship.title')}>{current.proposalTitle}</PageHeading>
      <dl class="summary" id="co-authorship-summary">
        <div>
          <dt>{t('proposals.coAuthorship.invitingOrg')}</dt>
          <dd>{current.invitingOrgName}</dd>
        </div>
        <div>
          <dt>{t('proposals.page.council')}</dt>
          <dd>{councilName}</dd>
        </div>
        <div>
          <dt>{t('proposals.coAuthorship.invitedOn')}</dt>
          <dd>{formatDate(millis(current.invitedAt), language)}</dd>
        </div>
        <div>
          <dt>{t('proposals.coAuthorship.answer')}</dt>
          <dd>
            <StatusTag tone={`co-author-${current.state}`} id="co-authorship-state">
              {coAuthorWorkflow.statusLabels[current.state][language]}
            </StatusTag>
          </dd>
        </div>
      </dl>
      <FormMessage state={messages} />
      {current.state === 'invited' ? (
        <>
          <p>{t('proposals.coAuthorship.explain')}</p>
          {mayAccept || mayDecline ? (
            <p class="actions">
              {mayAccept ? (
                <ActionButton
                  messages={messages}
                  label={t('proposals.coAuthorship.accept')}
                  busyLabel={t('proposals.action.sending')}
                  run={answer('acceptCoAuthorship')}
                  onDone={() =>
                    navigate(proposalPath(current.proposalId), {
                      notice: t('proposals.coAuthorship.accepted'),
                    })
                  }
                />
              ) : null}{' '}
              {mayDecline ? (
                <ActionButton
                  messages={messages}
                  variant="secondary"
                  label={t('proposals.coAuthorship.decline')}
                  busyLabel={t('proposals.action.sending')}
                  confirm={{
                    title: t('proposals.coAuthorship.declineTitle'),
                    text: t('proposals.coAuthorship.declineText'),
                    confirm: t('proposals.coAuthorship.decline'),
                    danger: true,
                  }}
                  run={answer('declineCoAuthorship')}
                  onDone={() => {
                    invitation.value = { ...current, state: 'declined' };
                    succeed(messages, t('proposals.coAuthorship.declined'));
                  }}
                />
              ) : null}
            </p>
          ) : (
            <Notice>
              {actor.role === 'ngo_admin' && !orgVerified
                ? t('proposals.coAuthorship.notVerified')
                : t('proposals.coAuthorship.leadAnswers')}
            </Notice>
          )}
        </>
      ) : current.state === 'accepted' ? (
        <p>
          <ButtonLink href={proposalPath(current.proposalId)}>
            {t('proposals.coAuthorship.open')}
          </ButtonLink>
        </p>
      ) : null}
    </div>
  );
}

export const coAuthorshipPage: DataPage<InvitationData> = {
  load: async (props) => {
    const id = props.params.invitationId ?? '';
    const [invitations, proposals] = await Promise.all([
      import('../firebase/co-authorship.js'),
      import('../firebase/proposals.js'),
    ]);
    const orgId = props.claims?.orgId ?? null;
    const [invitation, names, orgVerified] = await Promise.all([
      invitations.readInvitation(id),
      proposals.councilNames(),
      proposals.organisationVerified(orgId),
    ]);
    const name = invitation ? names.get(invitation.councilId) : undefined;
    return {
      invitation,
      councilName: name ? (currentLanguage() === 'en' && name.en) || name.uk : '',
      orgVerified,
      actor: {
        uid: props.user?.uid ?? '',
        role: props.claims?.role ?? 'ngo_member',
        orgId: orgId ?? undefined,
      },
    };
  },
  component: CoAuthorshipPage,
};
