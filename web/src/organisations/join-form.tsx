import { useState } from 'preact/hooks';
import { currentLanguage, t } from '../i18n/i18n.js';
import { useNavigation } from '../router/navigation.js';
import { joinPath, PATHS, signInPathFor } from '../router/routes.js';
import { refreshClaims, signOut } from '../session/session.js';
import { submitForm } from '../ui/action-runner.js';
import { BusyButton, Button, ButtonLink } from '../ui/button.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/notice.js';
import { OutcomePage } from '../ui/outcome-page.js';
import { useForm } from '../ui/use-form.js';
import { ApplicantFields, applicantLabels } from './applicant-fields.js';
import { validateApplicant, type ApplicantFormValues } from './organisation-form.js';

const FORM = 'join';

/**
 * Accepting an invitation (`orgAction acceptInvitation`): who the person is in the
 * organisation. An invitation sent to another address is refused; then the form offers to
 * sign out and in again with that address.
 */
export function JoinForm(props: {
  token: string;
  applicant: ApplicantFormValues;
  onJoined: () => void;
}) {
  const { navigate } = useNavigation();
  const [otherEmail, setOtherEmail] = useState(false);
  const form = useForm({
    id: FORM,
    initial: props.applicant,
    validate: (values) => validateApplicant(values, currentLanguage(), applicantLabels()),
  });
  const send = () => {
    setOtherEmail(false);
    return submitForm(form, {
      async run(applicant) {
        const functions = await import('../firebase/functions.js');
        const result = await functions.orgAction({
          action: 'acceptInvitation',
          token: props.token,
          applicant,
        });
        // The server set the new role before answering: take it now, so the organisation's
        // page opens at once.
        await refreshClaims(true).catch((error: unknown) => console.error(error));
        return result;
      },
      serverField: (path) => path.replace(/^applicant\./, ''),
      onRefused: (problem) => setOtherEmail(problem.code === 'MEMBERSHIP.INVITATION_OTHER_EMAIL'),
    }).then((outcome) => {
      if (outcome?.ok) props.onJoined();
    });
  };
  const signInAgain = () =>
    void signOut().then(() => navigate(signInPathFor(joinPath(props.token)), { replace: true }));

  return (
    <Form form={form} labelledBy={`${FORM}-heading`} onSubmit={() => void send()}>
      {otherEmail ? (
        <Notice>
          <p>{t('join.otherEmail')}</p>
          <p>
            <Button variant="secondary" onClick={signInAgain}>
              {t('join.signOut')}
            </Button>
          </p>
        </Notice>
      ) : null}
      <ApplicantFields form={form} />
      <BusyButton state={form} label={t('join.submit')} busyLabel={t('join.busy')} />
    </Form>
  );
}

/** After joining: the organisation's page is the way on. */
export function JoinedOrganisation() {
  return (
    <OutcomePage
      heading={t('join.done.heading')}
      said={`${t('join.done.heading')}. ${t('join.done.text')}`}
    >
      <p class="lead">{t('join.done.text')}</p>
      <p>
        <ButtonLink href={PATHS.organisation}>{t('join.done.link')}</ButtonLink>
      </p>
    </OutcomePage>
  );
}
