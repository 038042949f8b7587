import { useState } from 'preact/hooks';
import type { Validation } from '../forms/problems.js';
import { t } from '../i18n/i18n.js';
import { useNavigation } from '../router/navigation.js';
import type { PageProps } from '../router/page.js';
import { nextAfterSignIn, PATHS } from '../router/routes.js';
import { signIn, takeSessionEnd } from '../session/session.js';
import { submitForm } from '../ui/action-runner.js';
import { BusyButton } from '../ui/button.js';
import { EMAIL_INPUT, TextField } from '../ui/field.js';
import { Form } from '../ui/form.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { useForm } from '../ui/use-form.js';
import { signInProblem, validateSignIn, type SignInInput } from './auth-errors.js';
import { applyProfileLanguage } from './profile-language.js';

const FORM = 'sign-in';

/** What can be checked before asking the server; the server has the last word. */
function check(values: SignInInput): Validation<SignInInput> {
  const input = { email: values.email.trim(), password: values.password };
  const errors = Object.entries(validateSignIn(input));
  if (!errors.length) return { ok: true, value: input };
  return { ok: false, problems: Object.fromEntries(errors.map(([field, key]) => [field, t(key)])) };
}

/**
 * Email and password sign-in, in the language of the person's profile from then on;
 * afterwards, back to the page that asked for it, or the app.
 */
export function SignInPage({ search }: PageProps) {
  const { navigate } = useNavigation();
  const form = useForm({ id: FORM, initial: { email: '', password: '' }, validate: check });
  // The app ended the session (a changed role, a deactivated account): say why, once.
  const [ended] = useState(takeSessionEnd);

  const send = () =>
    submitForm(form, {
      async run(input) {
        const user = await signIn(input.email, input.password);
        // The interface speaks the profile's language from the first page on.
        await applyProfileLanguage(user.uid);
        return user;
      },
      describeError(error) {
        const problem = signInProblem(error);
        const message = t(problem.message);
        return {
          message,
          code: null,
          fields: problem.field ? { [problem.field]: message } : {},
          network: false,
        };
      },
      onRefused: (problem) => {
        if (problem.fields.password) form.set('password', '');
      },
    }).then((outcome) => {
      if (!outcome?.ok) return;
      const user = outcome.value;
      navigate(nextAfterSignIn(search), {
        replace: true,
        notice: t('signIn.signedIn', { name: user.displayName ?? user.email ?? '' }),
      });
    });

  return (
    <div class="page page-narrow">
      <PageHeading id={`${FORM}-heading`} title={t('signIn.title')}>
        {t('signIn.heading')}
      </PageHeading>
      {ended ? (
        <Notice>
          <p class="session-ended">{t(`signIn.${ended}`)}</p>
        </Notice>
      ) : null}
      <p>{t('signIn.intro')}</p>
      <Form form={form} labelledBy={`${FORM}-heading`} onSubmit={() => void send()}>
        <TextField
          form={form}
          name="email"
          label={t('signIn.email')}
          {...EMAIL_INPUT}
          autocomplete="username"
        />
        <TextField
          form={form}
          name="password"
          label={t('signIn.password')}
          type="password"
          autocomplete="current-password"
        />
        <BusyButton state={form} label={t('signIn.submit')} busyLabel={t('signIn.busy')} />
      </Form>
      <p class="hint">
        {`${t('signIn.noAccount')} `}
        <a href={`${PATHS.signUp}${search}`}>{t('signIn.signUpLink')}</a>
      </p>
    </div>
  );
}
