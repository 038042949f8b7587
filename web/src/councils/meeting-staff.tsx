import type { MeetingView } from '../firebase/meetings.js';
import { t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { FormMessage } from '../ui/form-message.js';
import { useRead } from '../ui/use-data.js';
import { useActionState } from '../ui/use-form.js';
import { PlanForm } from './plan-form.js';

const adapter = () => import('../firebase/meetings.js');

/**
 * What the Secretariat does with a meeting besides recording it: publish the minutes of a held
 * meeting, or cancel a planned one (asked to confirm; the members get METHOD:CANCEL).
 */
export function MeetingStaffActions(props: { meeting: MeetingView }) {
  const messages = useActionState('meeting-actions');
  const { meeting } = props;
  if (meeting.status !== 'planned' && meeting.status !== 'held') return null;
  return (
    <section aria-label={t('councilPage.actions')}>
      <FormMessage state={messages} />
      {meeting.status === 'held' ? (
        <ActionButton
          messages={messages}
          label={t('meetings.publish')}
          busyLabel={t('meetings.publishing')}
          run={async () =>
            (await adapter()).meetingAction({ action: 'publish', meetingId: meeting.id })
          }
          onDone={() => succeed(messages, t('meetings.published'))}
        />
      ) : (
        <ActionButton
          messages={messages}
          variant="secondary"
          label={t('meetings.cancel')}
          busyLabel={t('meetings.cancelling')}
          confirm={{
            title: t('meetings.cancelTitle'),
            text: t('meetings.cancelText'),
            confirm: t('meetings.cancelConfirm'),
            danger: true,
          }}
          run={async () =>
            (await adapter()).meetingAction({ action: 'cancel', meetingId: meeting.id })
          }
          onDone={() => succeed(messages, t('meetings.cancelled'))}
        />
      )}
    </section>
  );
}

/**
 * The plan of a planned meeting changed (opens on demand): the same form as scheduling, filled
 * in with the plan as it stands; the proposals already on the agenda stay offered.
 */
export function ChangePlan(props: { meeting: MeetingView }) {
  const endorsed = useRead(async () => (await adapter()).listEndorsedProposals(), []);
  return (
    <details class="disclosure" id="plan-change">
      <summary>
        <h2 id="plan-change-heading" class="disclosure-heading">
          {t('meetings.change')}
        </h2>
      </summary>
      <p>{t('meetings.changeIntro')}</p>
      <Await state={endorsed}>
        {(proposals) => (
          <PlanForm
            councilId={props.meeting.councilId}
            proposals={proposals}
            meeting={props.meeting}
            labelledBy="plan-change-heading"
          />
        )}
      </Await>
    </details>
  );
}
