import type { UserView } from '../firebase/users.js';
import { t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { FormMessage } from '../ui/form-message.js';
import { useActionState } from '../ui/use-form.js';

/**
 * Whether the person may sign in, and (for someone else's account) the button that
 * deactivates or activates it again, after confirming. Focus stays on the button, whose
 * label turns to the opposite action.
 */
export function AccessSection(props: { person: UserView; self: boolean }) {
  const { person } = props;
  const messages = useActionState('access');
  const activate = person.disabled;
  const name = person.displayName ?? person.email ?? person.uid;
  return (
    <section class="card" aria-labelledby="access-heading">
      <h2 id="access-heading">{t('users.accessHeading')}</h2>
      <p>
        {`${t('users.access')}: `}
        <strong>{t(activate ? 'users.deactivated' : 'users.active')}</strong>
      </p>
      <FormMessage state={messages} />
      {props.self ? null : (
        <p>
          <ActionButton
            messages={messages}
            variant={activate ? 'primary' : 'danger'}
            label={t(activate ? 'users.activate' : 'users.deactivate')}
            busyLabel={t('organisation.saving')}
            confirm={{
              title: t(activate ? 'users.activateTitle' : 'users.deactivateTitle', { name }),
              text: t(activate ? 'users.activateText' : 'users.deactivateText'),
              confirm: t(activate ? 'users.activateConfirm' : 'users.deactivateConfirm'),
              danger: !activate,
            }}
            run={async () =>
              (await import('../firebase/functions.js')).adminSetRole({
                action: activate ? 'activate' : 'deactivate',
                uid: person.uid,
              })
            }
            onDone={() =>
              succeed(messages, t(activate ? 'users.activated' : 'users.deactivatedDone'))
            }
          />
        </p>
      )}
    </section>
  );
}
