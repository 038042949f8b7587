import { useRef } from 'preact/hooks';
import type { OrganisationView } from '../firebase/organisations.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { ActionButton } from '../ui/action-button.js';
import { submitForm, succeed } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { TextArea } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { FormMessage } from '../ui/form-message.js';
import { useActionState, useForm } from '../ui/use-form.js';
import { validateReject } from './organisation-form.js';

const orgAction = async () => (await import('../firebase/functions.js')).orgAction;

/**
 * The decision on a pending registration, for staff and administrators: verify it (after
 * confirming), or reject it with a reason the lead will read. Others are told who decides.
 * What was decided is said at the top of the section, which takes focus.
 */
export function OrganisationDecision(props: { organisation: OrganisationView; decides: boolean }) {
  const { organisation } = props;
  const messages = useActionState('decision');
  const heading = useRef<HTMLHeadingElement>(null);
  const decided = (text: string) => {
    succeed(messages, text);
    heading.current?.focus();
  };
  return (
    <section class="card" aria-labelledby="decision-heading">
      <h2 id="decision-heading" tabIndex={-1} ref={heading}>
        {t('organisationDetail.decisionHeading')}
      </h2>
      <FormMessage state={messages} />
      {!props.decides ? (
        <p>{t('organisationDetail.readOnly')}</p>
      ) : organisation.status === 'pending' ? (
        <>
          <p>
            <ActionButton
              messages={messages}
              label={t('organisationDetail.verify')}
              busyLabel={t('organisationDetail.verifying')}
              confirm={{
                title: t('organisationDetail.verifyTitle', { name: organisation.shortName }),
                text: t('organisationDetail.verifyText'),
                confirm: t('organisationDetail.verifyConfirm'),
              }}
              run={async () => (await orgAction())({ action: 'verify', orgId: organisation.orgId })}
              onDone={() => decided(t('organisationDetail.verified'))}
            />
          </p>
          <RejectForm
            orgId={organisation.orgId}
            onDone={() => decided(t('organisationDetail.rejected'))}
          />
        </>
      ) : messages.message.value ? null : (
        <p>{t('organisationDetail.noDecision')}</p>
      )}
    </section>
  );
}

function RejectForm(props: { orgId: string; onDone: () => void }) {
  const form = useForm({
    id: 'reject',
    initial: { reason: '' },
    validate: (values) =>
      validateReject(props.orgId, values.reason, currentLanguage(), {
        reason: t('organisationDetail.reasonLabel'),
      }),
  });
  const send = () =>
    submitForm(form, {
      run: async (rejection) => (await orgAction())(rejection),
    }).then((outcome) => outcome?.ok && props.onDone());
  return (
    <>
      <h3 id="reject-heading">{t('organisationDetail.rejectHeading')}</h3>
      <Form form={form} labelledBy="reject-heading" onSubmit={() => void send()}>
        <TextArea
          form={form}
          name="reason"
          label={t('organisationDetail.reasonLabel')}
          hint={t('organisationDetail.reasonHint')}
          rows={4}
          maxlength={2000}
        />
        <BusyButton
          state={form}
          variant="danger"
          label={t('organisationDetail.reject')}
          busyLabel={t('organisationDetail.rejecting')}
        />
      </Form>
    </>
  );
}
