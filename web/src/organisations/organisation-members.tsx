import type { ComponentChildren } from 'preact';
import { useRef } from 'preact/hooks';
import type { MemberView } from '../firebase/organisations.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { FormMessage } from '../ui/form-message.js';
import type { ActionState } from '../ui/form-model.js';
import { announce } from '../ui/live-region.js';
import { useActionState } from '../ui/use-form.js';
import { memberMeta } from './organisation-view.js';
import { useOrganisationData } from './use-organisation-data.js';

/** Follows an organisation's members (rules: its own people and the Secretariat read them). */
export function useMembers(orgId: string) {
  return useOrganisationData(orgId, (store) => store.watchMembers);
}

/** The members, the lead first, then by name; `you` marks the person reading. */
export function MemberList(props: {
  members: readonly MemberView[];
  you?: string;
  actions?: (member: MemberView) => ComponentChildren;
}) {
  const language = currentLanguage();
  const sorted = [...props.members].sort(
    (a, b) =>
      Number(b.role === 'ngo_admin') - Number(a.role === 'ngo_admin') ||
      a.displayName.localeCompare(b.displayName, language),
  );
  if (!sorted.length) {
    return (
      <ul class="rows">
        <li>{t('organisation.noMembers')}</li>
      </ul>
    );
  }
  return (
    <ul class="rows">
      {sorted.map((member) => (
        <li key={member.uid} class="row">
          <p class="row-title">
            {member.displayName}
            {member.uid === props.you ? ` ${t('organisation.you')}` : ''}
          </p>
          <p class="row-meta">{memberMeta(member)}</p>
          {props.actions?.(member)}
        </li>
      ))}
    </ul>
  );
}

/**
 * The members on the organisation's own page; its lead may remove a member or hand the lead
 * over, each after confirming. Successes are said above the list (the row may be gone).
 */
export function OrganisationMembers(props: { orgId: string; uid: string; isLead: boolean }) {
  const members = useMembers(props.orgId);
  const messages = useActionState('org-members');
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="org-members-heading">
      <h2 id="org-members-heading" tabIndex={-1} ref={heading}>
        {t('organisation.membersHeading')}
      </h2>
      <FormMessage state={messages} />
      <Await state={members}>
        {(list) => (
          <MemberList
            members={list}
            you={props.uid}
            actions={(member) =>
              props.isLead && member.uid !== props.uid ? (
                <MemberActions
                  orgId={props.orgId}
                  member={member}
                  messages={messages}
                  onRemoved={() => heading.current?.focus()}
                />
              ) : null
            }
          />
        )}
      </Await>
    </section>
  );
}

const orgAction = async () => (await import('../firebase/functions.js')).orgAction;

function MemberActions(props: {
  orgId: string;
  member: MemberView;
  messages: ActionState;
  onRemoved: () => void;
}) {
  const { orgId, member, messages } = props;
  const name = member.displayName;
  return (
    <div class="actions">
      <ActionButton
        messages={messages}
        variant="secondary"
        label={t('organisation.transfer')}
        busyLabel={t('organisation.saving')}
        confirm={{
          title: t('organisation.transferTitle', { name }),
          text: t('organisation.transferText', { name }),
          confirm: t('organisation.transferConfirm'),
        }}
        run={async () => (await orgAction())({ action: 'transferAdmin', orgId, uid: member.uid })}
        // The page shows itself again for the person's new role (a member) once the new
        // claims arrive; meanwhile it says what happened.
        onDone={() => announce(t('organisation.transferred', { name }))}
      />
      <ActionButton
        messages={messages}
        variant="danger"
        label={t('organisation.remove')}
        busyLabel={t('organisation.saving')}
        confirm={{
          title: t('organisation.removeTitle', { name }),
          text: t('organisation.removeText'),
          confirm: t('organisation.removeConfirm'),
          danger: true,
        }}
        run={async () => (await orgAction())({ action: 'removeMember', orgId, uid: member.uid })}
        onDone={() => {
          succeed(messages, t('organisation.removed', { name }));
          props.onRemoved();
        }}
      />
    </div>
  );
}
