import { useRef } from 'preact/hooks';
import type { InvitationView } from '../firebase/organisations.js';
import { formatDate } from '../format.js';
import { currentLanguage, LANGUAGE_NAMES, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { EMAIL_INPUT, SelectField, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { FormMessage } from '../ui/form-message.js';
import type { ActionState } from '../ui/form-model.js';
import { useActionState, useForm } from '../ui/use-form.js';
import { validateInvite } from './organisation-form.js';
import { useOrganisationData } from './use-organisation-data.js';

const orgAction = async () => (await import('../firebase/functions.js')).orgAction;

/**
 * The lead invites a colleague by email, in the language of the letter; the address field is
 * emptied once the invitation is sent, ready for the next.
 */
export function InviteColleague(props: { orgId: string }) {
  const labels = () => ({
    email: t('organisation.inviteEmail'),
    language: t('organisation.inviteLanguage'),
  });
  const form = useForm({
    id: 'invite',
    initial: { email: '', language: currentLanguage() as string },
    validate: (values) => validateInvite(props.orgId, values, currentLanguage(), labels()),
  });
  const send = () => {
    let sentTo = '';
    return submitForm(form, {
      run: async (invitation) => {
        sentTo = invitation.email;
        return (await orgAction())(invitation);
      },
    }).then((outcome) => {
      if (!outcome?.ok) return;
      form.reset({ ...form.values.peek(), email: '' });
      succeed(form, t('organisation.invited', { email: sentTo }));
    });
  };
  return (
    <section class="card" aria-labelledby="invite-heading">
      <h2 id="invite-heading">{t('organisation.inviteHeading')}</h2>
      <p>{t('organisation.inviteIntro')}</p>
      <Form form={form} labelledBy="invite-heading" onSubmit={() => void send()}>
        <TextField
          form={form}
          name="email"
          label={labels().email}
          autocomplete="off"
          {...EMAIL_INPUT}
        />
        <SelectField
          form={form}
          name="language"
          label={labels().language}
          // Each language named in itself.
          options={(['uk', 'en'] as const).map((code) => ({
            value: code,
            label: LANGUAGE_NAMES[code],
            lang: code,
          }))}
        />
        <BusyButton
          state={form}
          label={t('organisation.invite')}
          busyLabel={t('organisation.inviting')}
        />
      </Form>
    </section>
  );
}

/** Invitations waiting for an answer, newest first; the lead may revoke one. */
export function Invitations(props: { orgId: string }) {
  const { orgId } = props;
  const invitations = useOrganisationData(orgId, (store) => store.watchInvitations);
  const messages = useActionState('invitations');
  const heading = useRef<HTMLHeadingElement>(null);
  return (
    <section aria-labelledby="invitations-heading">
      <h2 id="invitations-heading" tabIndex={-1} ref={heading}>
        {t('organisation.invitationsHeading')}
      </h2>
      <FormMessage state={messages} />
      <Await state={invitations}>
        {(all) => {
          const pending = all
            .filter((invitation) => invitation.status === 'pending')
            .sort((a, b) => (b.createdAt ?? 0) - (a.createdAt ?? 0));
          return (
            <ul class="rows">
              {pending.length ? (
                pending.map((invitation) => (
                  <InvitationRow
                    key={invitation.invitationId}
                    orgId={orgId}
                    invitation={invitation}
                    messages={messages}
                    onRevoked={() => heading.current?.focus()}
                  />
                ))
              ) : (
                <li>{t('organisation.noInvitations')}</li>
              )}
            </ul>
          );
        }}
      </Await>
    </section>
  );
}

function InvitationRow(props: {
  orgId: string;
  invitation: InvitationView;
  messages: ActionState;
  onRevoked: () => void;
}) {
  const { orgId, messages } = props;
  const { email, invitationId, expiresAt } = props.invitation;
  const date = formatDate(expiresAt, currentLanguage());
  const expired = expiresAt !== null && expiresAt <= Date.now();
  return (
    <li class="row">
      <p class="row-title">{email}</p>
      <p class="row-meta">
        {expired ? t('organisation.expiredOn', { date }) : t('organisation.validUntil', { date })}
      </p>
      <div class="actions">
        <ActionButton
          messages={messages}
          variant="secondary"
          label={t('organisation.revoke')}
          busyLabel={t('organisation.saving')}
          confirm={{
            title: t('organisation.revokeTitle', { email }),
            text: t('organisation.revokeText'),
            confirm: t('organisation.revokeConfirm'),
            danger: true,
          }}
          run={async () => (await orgAction())({ action: 'revokeInvitation', orgId, invitationId })}
          onDone={() => {
            succeed(messages, t('organisation.revoked', { email }));
            props.onRevoked();
          }}
        />
      </div>
    </li>
  );
}
