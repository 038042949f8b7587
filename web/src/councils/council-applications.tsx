import { councilApplicationWorkflow } from '@domain/workflows/council-application.workflow.js';
import type { ApplicationView } from '../firebase/council-applications.js';
import { formatDate, isoOf } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { FormMessage } from '../ui/form-message.js';
import { useLive } from '../ui/use-data.js';
import { useActionState } from '../ui/use-form.js';

const councils = () => import('../firebase/councils.js');

/**
 * The chair's and the Secretariat's view of the applications to join: those pending, each
 * with the motivation, to accept (a membership starts today) or decline (asked to confirm);
 * the applicant is emailed either way. Decided ones stay listed below.
 */
export function CouncilApplications(props: { councilId: string }) {
  const messages = useActionState('applications');
  const applications = useLive<ApplicationView[]>(
    async (next, fail) =>
      (await import('../firebase/council-applications.js')).watchApplications(
        props.councilId,
        next,
        fail,
      ),
    [props.councilId],
  );
  const language = currentLanguage();
  return (
    <section aria-labelledby="applications-heading" id="applications">
      <h2 id="applications-heading">{t('councilApplications.heading')}</h2>
      <FormMessage state={messages} />
      <Await state={applications}>
        {(all) => {
          const pending = all.filter((a) => a.status === 'pending');
          const decided = all.filter((a) => a.status !== 'pending');
          return (
            <>
              {pending.length ? (
                <ul class="rows" id="pending-applications">
                  {pending.map((application) => (
                    <li key={application.id} class="row">
                      <p class="row-title">
                        {application.displayName} ({application.orgName})
                      </p>
                      <p class="row-meta">
                        <time dateTime={isoOf(application.createdAt)}>
                          {formatDate(application.createdAt, language)}
                        </time>
                      </p>
                      <p class="prewrap">{application.motivation}</p>
                      <Decide
                        councilId={props.councilId}
                        application={application}
                        messages={messages}
                      />
                    </li>
                  ))}
                </ul>
              ) : (
                <p>{t('councilApplications.none')}</p>
              )}
              {decided.length ? (
                <>
                  <h3>{t('councilApplications.decided')}</h3>
                  <ul id="decided-applications">
                    {decided.map((application) => (
                      <li key={application.id}>
                        {application.displayName} ({application.orgName}) —{' '}
                        {councilApplicationWorkflow.statusLabels[application.status][language]}
                      </li>
                    ))}
                  </ul>
                </>
              ) : null}
            </>
          );
        }}
      </Await>
    </section>
  );
}

function Decide(props: {
  councilId: string;
  application: ApplicationView;
  messages: ReturnType<typeof useActionState>;
}) {
  const { councilId, application, messages } = props;
  const name = application.displayName;
  return (
    <p class="actions">
      <ActionButton
        messages={messages}
        label={t('councilApplications.accept', { name })}
        busyLabel={t('councilApplications.accepting')}
        run={async () =>
          (await councils()).councilAction({
            action: 'acceptApplication',
            councilId,
            applicationId: application.id,
          })
        }
        onDone={() => succeed(messages, t('councilApplications.accepted', { name }))}
      />{' '}
      <ActionButton
        messages={messages}
        variant="secondary"
        label={t('councilApplications.decline', { name })}
        busyLabel={t('councilApplications.declining')}
        confirm={{
          title: t('councilApplications.declineTitle'),
          text: t('councilApplications.declineText', { name }),
          confirm: t('councilApplications.declineConfirm'),
          danger: true,
        }}
        run={async () =>
          (await councils()).councilAction({
            action: 'declineApplication',
            councilId,
            applicationId: application.id,
          })
        }
        onDone={() => succeed(messages, t('councilApplications.declined', { name }))}
      />
    </p>
  );
}
