import { useRef } from 'preact/hooks';
import type { JoinRequestView } from '../firebase/organisations.js';
import { formatDateTime } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { FormMessage } from '../ui/form-message.js';
import type { ActionState } from '../ui/form-model.js';
import { useActionState } from '../ui/use-form.js';
import { useOrganisationData } from './use-organisation-data.js';

const orgAction = async () => (await import('../firebase/functions.js')).orgAction;

/**
 * Requests to join (people who registered the organisation's code a second time), for the
 * lead to approve or decline. Shown while there is something to decide, or a decision was
 * just said.
 */
export function JoinRequests(props: { orgId: string }) {
  const { orgId } = props;
  const requests = useOrganisationData(orgId, (store) => store.watchJoinRequests);
  const messages = useActionState('join-requests');
  const heading = useRef<HTMLHeadingElement>(null);
  const nothingToSay =
    requests.status === 'loading' ||
    (requests.status === 'ready' && !requests.value.length && !messages.message.value);
  if (nothingToSay) return null;
  return (
    <section aria-labelledby="join-requests-heading">
      <h2 id="join-requests-heading" tabIndex={-1} ref={heading}>
        {t('organisation.joinRequestsHeading')}
      </h2>
      <p>{t('organisation.joinRequestsIntro')}</p>
      <FormMessage state={messages} />
      <Await state={requests}>
        {(list) => (
          <ul class="rows">
            {list.map((request) => (
              <JoinRequestRow
                key={request.uid}
                orgId={orgId}
                request={request}
                messages={messages}
                onDecided={() => heading.current?.focus()}
              />
            ))}
          </ul>
        )}
      </Await>
    </section>
  );
}

function JoinRequestRow(props: {
  orgId: string;
  request: JoinRequestView;
  messages: ActionState;
  onDecided: () => void;
}) {
  const { orgId, request, messages } = props;
  const decide = (approve: boolean) => ({
    messages,
    busyLabel: t('organisation.saving'),
    run: async () =>
      (await orgAction())({
        action: approve ? 'approveJoinRequest' : 'declineJoinRequest',
        orgId,
        uid: request.uid,
      }),
    onDone: () => {
      const done = approve ? 'organisation.approved' : 'organisation.declined';
      succeed(messages, t(done, { name: request.displayName }));
      props.onDecided();
    },
  });
  return (
    <li class="row">
      <p class="row-title">{request.displayName}</p>
      <p class="row-meta">
        {[request.position, request.email, formatDateTime(request.createdAt, currentLanguage())]
          .filter(Boolean)
          .join(' · ')}
      </p>
      <div class="actions">
        <ActionButton label={t('organisation.approve')} {...decide(true)} />
        <ActionButton label={t('organisation.decline')} variant="secondary" {...decide(false)} />
      </div>
    </li>
  );
}
