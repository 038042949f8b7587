import type { DeliveryState, MailLogEntry } from '../firebase/functions.js';
import { formatDateTime, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { Detail } from '../ui/details.js';
import type { ActionState } from '../ui/form-model.js';
import { StatusTag } from '../ui/status-tag.js';

export function stateName(state: DeliveryState): string {
  return t(`mailLog.states.${state}` as const);
}

/** The id of a mail's state tag, which takes focus once the mail was sent again. */
export const stateTagId = (mail: Pick<MailLogEntry, 'id'>) => `mail-${mail.id}-state`;

/**
 * One mail of the delivery log: its state, to whom, how many attempts, when, and the error;
 * a mail that ended in ERROR can be sent again (`mailAction retry`).
 */
export function MailEntry(props: {
  mail: MailLogEntry;
  messages: ActionState;
  onRetried: (mail: MailLogEntry) => void;
}) {
  const { mail } = props;
  const language = currentLanguage();
  return (
    <li class="row" id={`mail-${mail.id}`} tabIndex={-1}>
      <p class="row-title">
        <StatusTag id={stateTagId(mail)} tone={`mail-${mail.state.toLowerCase()}`} focusable>
          {stateName(mail.state)}
        </StatusTag>
        {mail.urgent ? <StatusTag tone="rejected">{t('mailLog.urgent')}</StatusTag> : null}
        {mail.subject}
      </p>
      <dl class="details details-compact">
        <Detail term={t('mailLog.to')}>{mail.to.join(', ')}</Detail>
        <Detail term={t('mailLog.attempts')}>{String(mail.attempts)}</Detail>
        {mail.endTime ? (
          <Detail term={t('mailLog.time')}>
            <time dateTime={isoOf(mail.endTime)}>{formatDateTime(mail.endTime, language)}</time>
          </Detail>
        ) : null}
        {mail.nextAttemptTime ? (
          <Detail term={t('mailLog.nextAttempt')}>
            <time dateTime={isoOf(mail.nextAttemptTime)}>
              {formatDateTime(mail.nextAttemptTime, language)}
            </time>
          </Detail>
        ) : null}
        {mail.error ? (
          <Detail term={t('mailLog.error')}>
            <span class="mail-error">{mail.error}</span>
          </Detail>
        ) : null}
      </dl>
      {mail.state === 'ERROR' ? (
        <div class="actions">
          <ActionButton
            messages={props.messages}
            variant="secondary"
            label={t('mailLog.retry')}
            busyLabel={t('mailLog.retrying')}
            run={async () =>
              (await import('../firebase/functions.js')).mailAction({
                action: 'retry',
                mailId: mail.id,
              })
            }
            onDone={(result) => props.onRetried(result.mail)}
          />
        </div>
      ) : null}
    </li>
  );
}
