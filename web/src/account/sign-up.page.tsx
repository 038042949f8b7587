import { useState } from 'preact/hooks';
import { actionProblem } from '../actions/action-problem.js';
import { catalogue, currentLanguage, t } from '../i18n/i18n.js';
import { validateSignUp, type SignUpValues } from '../people/people-forms.js';
import { useNavigation } from '../router/navigation.js';
import type { PageProps } from '../router/page.js';
import { PATHS, returnPath, signInPathFor } from '../router/routes.js';
import { signUp, type SessionUser } from '../session/session.js';
import { refuse, runAction, submitForm } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { EMAIL_INPUT, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { PageHeading } from '../ui/page-heading.js';
import { useForm } from '../ui/use-form.js';
import { signUpProblem } from './auth-errors.js';
import { SignUpConfirm } from './sign-up-confirm.js';
import { SignUpDone } from './sign-up-done.js';

const FORM = 'sign-up';
const INITIAL: SignUpValues = { displayName: '', email: '', password: '', passwordAgain: '' };

/** The person's own profile `users/{uid}` (rules let the owner create it without role fields). */
async function createProfile(user: SessionUser, email: string, displayName: string) {
  const store = await import('../firebase/firestore.js');
  await store.createOwnProfile(user.uid, {
    email: user.email ?? email.trim().toLowerCase(),
    displayName,
    language: currentLanguage(),
  });
}

/**
 * Asks the server to mail the link that confirms the address (through the outbox, in the
 * interface's language, leading back to `next`); whether it went out.
 */
async function sendConfirmation(next: string | null): Promise<boolean> {
  try {
    const functions = await import('../firebase/functions.js');
    await functions.accountAction({
      action: 'sendEmailVerification',
      language: currentLanguage(),
      ...(next ? { next } : {}),
    });
    return true;
  } catch (error) {
    console.error(error);
    return false;
  }
}

const profileProblem = (error: unknown) => {
  const problem = actionProblem(error, catalogue().errors.action, currentLanguage());
  return { ...problem, message: `${t('signUp.errors.profile')} ${problem.message}` };
};

/**
 * Creating an account: Firebase Auth (through the session), then the person's own profile,
 * then a link to confirm the address, mailed by the server: the person confirms it before
 * going on. Then the two ways on: register an organisation, or follow the invitation from the
 * email. Someone who arrived from an invitation link (`?next=/app/join/…`) goes back to it.
 */
export function SignUpPage({ search }: PageProps) {
  const { navigate } = useNavigation();
  const next = returnPath(search);
  const form = useForm({
    id: FORM,
    initial: INITIAL,
    validate: (values) =>
      validateSignUp(
        values,
        currentLanguage(),
        { displayName: t('signUp.displayName'), email: t('signUp.email') },
        catalogue().signUp.validation,
      ),
  });
  /** The account exists but its profile could not be saved: offer to save it again. */
  const [unsaved, setUnsaved] = useState<SessionUser | null>(null);
  /** The account exists; its address waits for confirmation (`sent`: the link went out). */
  const [confirming, setConfirming] = useState<{ user: SessionUser; sent: boolean } | null>(null);
  const [created, setCreated] = useState<SessionUser | null>(null);

  function confirmed(user: SessionUser): void {
    if (next) navigate(next, { replace: true, notice: t('verifyEmail.confirmed') });
    else setCreated(user);
  }

  const send = () =>
    submitForm(form, {
      async run({ displayName, email, password }) {
        const user = await signUp(email, password, displayName);
        try {
          await createProfile(user, email, displayName);
        } catch (error) {
          console.error(error);
          return { user, profileError: error, sent: false };
        }
        // While the button still says the account is being created.
        return { user, profileError: null, sent: await sendConfirmation(next) };
      },
      describeError(error) {
        const known = signUpProblem(error);
        if (!known) return actionProblem(error, catalogue().errors.action, currentLanguage());
        const message = t(known.message);
        return { message, code: null, fields: { [known.field]: message }, network: false };
      },
      onRefused(problem) {
        if (!problem.fields.password) return;
        form.set('password', '');
        form.set('passwordAgain', '');
      },
    }).then(async (outcome) => {
      if (!outcome?.ok) return;
      const { user, profileError, sent } = outcome.value;
      if (!profileError) return setConfirming({ user, sent });
      setUnsaved(user);
      await refuse(form, profileProblem(profileError).message);
    });

  const saveAgain = (user: SessionUser) =>
    runAction(form, {
      run: async () => {
        await createProfile(user, form.values.peek().email, form.values.peek().displayName.trim());
        return sendConfirmation(next);
      },
      describeError: profileProblem,
    }).then((outcome) => {
      if (outcome?.ok) setConfirming({ user, sent: outcome.value });
    });

  if (created) return <SignUpDone user={created} />;
  if (confirming) return <SignUpConfirm {...confirming} next={next} onConfirmed={confirmed} />;
  return (
    <div class="page page-narrow">
      <PageHeading id={`${FORM}-heading`} title={t('signUp.title')}>
        {t('signUp.heading')}
      </PageHeading>
      <p>{t('signUp.intro')}</p>
      <Form form={form} labelledBy={`${FORM}-heading`} onSubmit={() => void send()}>
        <TextField
          form={form}
          name="displayName"
          label={t('signUp.displayName')}
          autocomplete="name"
          maxlength={200}
        />
        <TextField
          form={form}
          name="email"
          label={t('signUp.email')}
          hint={t('signUp.emailHint')}
          {...EMAIL_INPUT}
          autocomplete="email"
        />
        <TextField
          form={form}
          name="password"
          label={t('signUp.password')}
          hint={t('signUp.passwordHint')}
          type="password"
          autocomplete="new-password"
        />
        <TextField
          form={form}
          name="passwordAgain"
          label={t('signUp.passwordAgain')}
          type="password"
          autocomplete="new-password"
        />
        {unsaved ? (
          <BusyButton
            state={form}
            variant="secondary"
            label={t('signUp.errors.profileRetry')}
            busyLabel={t('signUp.busy')}
            onClick={() => void saveAgain(unsaved)}
          />
        ) : (
          <BusyButton state={form} label={t('signUp.submit')} busyLabel={t('signUp.busy')} />
        )}
      </Form>
      <p class="hint">
        {`${t('signUp.haveAccount')} `}
        <a href={next ? signInPathFor(next) : PATHS.signIn}>{t('signUp.signInLink')}</a>
      </p>
    </div>
  );
}
