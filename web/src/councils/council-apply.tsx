import { councilApplicationInputSchema } from '@domain/schemas/council-application.schema.js';
import type { ApplicationView } from '../firebase/council-applications.js';
import { validate } from '../forms/problems.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { Await } from '../ui/await.js';
import { BusyButton } from '../ui/button.js';
import { TextArea } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { useLive } from '../ui/use-data.js';
import { useForm } from '../ui/use-form.js';

/**
 * A member of an NGO applies to join an Expert Council with a short motivation; while the
 * application is pending (or once accepted) the page says so instead, and a declined one is
 * shown with its reason above the form.
 */
export function CouncilApply(props: { councilId: string; uid: string }) {
  const own = useLive<ApplicationView[]>(
    async (next, fail) =>
      (await import('../firebase/council-applications.js')).watchOwnApplications(
        props.councilId,
        props.uid,
        next,
        fail,
      ),
    [props.councilId, props.uid],
  );
  const language = currentLanguage();
  return (
    <section aria-labelledby="apply-heading" id="apply">
      <h2 id="apply-heading">{t('councilApplications.applyHeading')}</h2>
      <Await state={own}>
        {(applications) => {
          const latest = applications[0];
          const date = latest ? formatDate(latest.createdAt, language) : '';
          if (latest?.status === 'pending' || latest?.status === 'accepted') {
            return (
              <p id="own-application">{t(`councilApplications.${latest.status}Own`, { date })}</p>
            );
          }
          return (
            <>
              {latest?.status === 'declined' ? (
                <p id="own-application">
                  {t('councilApplications.declinedOwn', { date })}
                  {latest.declineReason ? ` ${latest.declineReason}` : ''}
                </p>
              ) : null}
              <ApplyForm councilId={props.councilId} />
            </>
          );
        }}
      </Await>
    </section>
  );
}

function ApplyForm(props: { councilId: string }) {
  const labels = { motivation: t('councilApplications.motivation') };
  const form = useForm({
    id: 'apply',
    initial: { motivation: '' },
    validate: (values) =>
      validate(councilApplicationInputSchema, values, currentLanguage(), labels),
  });
  const send = () =>
    submitForm(form, {
      serverField: (field) => field.replace(/^application\./, ''),
      run: async (application) =>
        (await import('../firebase/councils.js')).councilAction({
          action: 'apply',
          councilId: props.councilId,
          application,
        }),
    }).then((outcome) => {
      if (outcome?.ok) succeed(form, t('councilApplications.applied'));
    });
  return (
    <>
      <p>{t('councilApplications.applyIntro')}</p>
      <Form form={form} labelledBy="apply-heading" onSubmit={() => void send()}>
        <TextArea
          form={form}
          name="motivation"
          label={labels.motivation}
          hint={t('councilApplications.motivationHint')}
          maxlength={2000}
        />
        <BusyButton
          state={form}
          label={t('councilApplications.apply')}
          busyLabel={t('councilApplications.applying')}
        />
      </Form>
    </>
  );
}
