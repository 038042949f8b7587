import { actionProblem } from '../actions/action-problem.js';
import { h } from '../dom.js';
import { validateSignUp, type SignUpValues } from '../forms/people-forms.js';
import type { Problems } from '../forms/problems.js';
import { catalogue, currentLanguage, t, type MessageKey } from '../i18n/i18n.js';
import { navigate } from '../router/router.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS, returnPath, signInPathFor } from '../router/routes.js';
import { signUp, type SessionUser } from '../session/session.js';
import { formMessage, isBusy, setBusy, showProblems, textField } from '../ui/form.js';
import { verifyEmailPanel } from '../ui/verify-email.js';
import { pageHeading } from './heading.js';

type SignUpField = keyof SignUpValues;

/** Firebase Auth codes of account creation, as what the person can do about them. */
const AUTH_PROBLEMS: Readonly<Record<string, { field: SignUpField; message: MessageKey }>> = {
  'auth/email-already-in-use': { field: 'email', message: 'signUp.errors.emailInUse' },
  'auth/weak-password': { field: 'password', message: 'signUp.errors.weakPassword' },
  'auth/invalid-email': { field: 'email', message: 'signIn.validation.emailInvalid' },
};

/**
 * Creating an account: Firebase Auth (through the session), then the person's own profile
 * `users/{uid}` (rules let the owner create it without role fields), then a link to confirm
 * the address, mailed by the server: the person confirms it before going on. Then the two
 * ways on: register an organisation, or follow the invitation from the email. Someone who
 * arrived from an invitation link (`?next=/app/join/…`) goes straight back to it.
 */
export function signUpPage({ search, announce }: PageContext): PageView {
  const form = 'sign-up';
  const fields = {
    displayName: textField({
      form,
      name: 'displayName',
      label: t('signUp.displayName'),
      autocomplete: 'name',
      maxlength: 200,
    }),
    email: textField({
      form,
      name: 'email',
      label: t('signUp.email'),
      hint: t('signUp.emailHint'),
      type: 'email',
      autocomplete: 'email',
      inputmode: 'email',
      autocapitalize: 'none',
      spellcheck: false,
    }),
    password: textField({
      form,
      name: 'password',
      label: t('signUp.password'),
      hint: t('signUp.passwordHint'),
      type: 'password',
      autocomplete: 'new-password',
    }),
    passwordAgain: textField({
      form,
      name: 'passwordAgain',
      label: t('signUp.passwordAgain'),
      type: 'password',
      autocomplete: 'new-password',
    }),
  };
  const fieldList = Object.values(fields);
  const message = formMessage('sign-up-message');
  const submit = h('button', { type: 'submit', class: 'button' }, t('signUp.submit'));
  const retryProfile = h(
    'button',
    { type: 'button', class: 'button button-secondary', hidden: true },
    t('signUp.errors.profileRetry'),
  );
  const formNode = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'sign-up-heading' },
    message.node,
    fieldList.map((field) => field.node),
    submit,
    ' ',
    retryProfile,
  );
  const heading = pageHeading(t('signUp.heading'));
  heading.id = 'sign-up-heading';
  const next = returnPath(search);
  const signInHref = next ? signInPathFor(next) : PATHS.signIn;
  const node = h(
    'div',
    { class: 'page page-narrow' },
    heading,
    h('p', null, t('signUp.intro')),
    formNode,
    h(
      'p',
      { class: 'hint' },
      `${t('signUp.haveAccount')} `,
      h('a', { href: signInHref }, t('signUp.signInLink')),
    ),
  );
  const view: PageView = { title: t('signUp.title'), node };

  let submitted = false;
  const values = (): SignUpValues => ({
    displayName: fields.displayName.value(),
    email: fields.email.value(),
    password: fields.password.value(),
    passwordAgain: fields.passwordAgain.value(),
  });
  const labels = {
    displayName: t('signUp.displayName'),
    email: t('signUp.email'),
  };

  function problemsNow(): Problems {
    const checked = validateSignUp(
      values(),
      currentLanguage(),
      labels,
      catalogue().signUp.validation,
    );
    return checked.ok ? {} : checked.problems;
  }

  // Once the person has tried to send, problems update as they type.
  for (const field of fieldList) {
    field.focusTarget.addEventListener('input', () => {
      if (submitted) showProblems(fieldList, problemsNow(), { focus: false });
    });
  }

  function fail(problems: Problems, general: string | null): void {
    message.show(general);
    const messages = showProblems(fieldList, problems, { focus: true });
    if (general) {
      if (!messages.length) message.node.focus();
      announce(general);
    } else if (messages.length) {
      announce(t('form.notSent', { first: messages[0] ?? '' }));
    }
  }

  function busy(value: boolean): void {
    setBusy(submit, value, { idle: t('signUp.submit'), busy: t('signUp.busy') }, formNode);
  }

  let pendingUser: SessionUser | null = null;

  async function createProfile(user: SessionUser, displayName: string): Promise<void> {
    const store = await import('../firebase/firestore.js');
    await store.createOwnProfile(user.uid, {
      email: user.email ?? values().email.trim().toLowerCase(),
      displayName,
      language: currentLanguage(),
    });
  }

  async function finish(user: SessionUser, displayName: string): Promise<void> {
    try {
      await createProfile(user, displayName);
    } catch (error) {
      console.error(error);
      pendingUser = user;
      busy(false);
      retryProfile.hidden = false;
      submit.hidden = true;
      fail(
        {},
        `${t('signUp.errors.profile')} ${actionProblem(error, catalogue().errors.action, currentLanguage()).message}`,
      );
      return;
    }
    // The address is confirmed through a link the server mails at once; registering an
    // organisation or joining one waits for it.
    const sent = await import('../firebase/functions.js')
      .then((functions) =>
        functions.accountAction({
          action: 'sendEmailVerification',
          language: currentLanguage(),
          ...(next ? { next } : {}),
        }),
      )
      .then(
        () => true,
        (error: unknown) => {
          console.error(error);
          return false;
        },
      );
    showConfirmation(user, sent);
  }

  function showConfirmation(user: SessionUser, sent: boolean): void {
    const createdHeading = pageHeading(t('signUp.done.heading'));
    node.replaceChildren(
      createdHeading,
      verifyEmailPanel({
        user,
        sent,
        next: next ?? undefined,
        announce,
        onConfirmed: (confirmed) => {
          if (next) navigate(next, { replace: true, notice: t('verifyEmail.confirmed') });
          else showDone(confirmed);
        },
      }),
    );
    view.title = t('signUp.done.title');
    document.title = t('layout.documentTitle', { page: view.title });
    createdHeading.focus();
    announce(
      `${t('signUp.created')} ${t(sent ? 'verifyEmail.sent' : 'verifyEmail.needed', { email: user.email ?? '' })}`,
    );
  }

  function showDone(user: SessionUser): void {
    const doneHeading = pageHeading(t('signUp.done.heading'));
    node.replaceChildren(
      doneHeading,
      h('p', { class: 'lead' }, t('signUp.done.text')),
      h(
        'section',
        { class: 'card' },
        h('h2', null, t('signUp.done.registerHeading')),
        h('p', null, t('signUp.done.registerText')),
        h(
          'p',
          null,
          h(
            'a',
            { class: 'button', href: PATHS.registerOrganisation },
            t('signUp.done.registerLink'),
          ),
        ),
      ),
      h(
        'section',
        { class: 'card' },
        h('h2', null, t('signUp.done.inviteHeading')),
        h('p', null, t('signUp.done.inviteText')),
        h('p', { class: 'hint' }, t('signUp.done.inviteNoMail', { email: user.email ?? '' })),
      ),
    );
    view.title = t('signUp.done.title');
    document.title = t('layout.documentTitle', { page: view.title });
    doneHeading.focus();
    announce(`${t('signUp.created')} ${t('signUp.done.text')}`);
  }

  retryProfile.addEventListener('click', () => {
    if (!pendingUser || isBusy(retryProfile)) return;
    const user = pendingUser;
    setBusy(retryProfile, true, { idle: t('signUp.errors.profileRetry'), busy: t('signUp.busy') });
    void finish(user, values().displayName.trim()).finally(() =>
      setBusy(retryProfile, false, {
        idle: t('signUp.errors.profileRetry'),
        busy: t('signUp.busy'),
      }),
    );
  });

  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    if (isBusy(submit)) return;
    submitted = true;
    const checked = validateSignUp(
      values(),
      currentLanguage(),
      labels,
      catalogue().signUp.validation,
    );
    if (!checked.ok) {
      fail(checked.problems, null);
      return;
    }
    fail({}, null);
    busy(true);
    const { displayName, email, password } = checked.value;
    signUp(email, password, displayName).then(
      (user) => finish(user, displayName),
      (error: unknown) => {
        busy(false);
        const code = (error as { code?: unknown } | null)?.code;
        const known = typeof code === 'string' ? AUTH_PROBLEMS[code] : undefined;
        if (known) {
          const text = t(known.message);
          if (known.field === 'password') {
            fields.password.input.value = '';
            fields.passwordAgain.input.value = '';
          }
          fail({ [known.field]: text }, null);
        } else {
          fail({}, actionProblem(error, catalogue().errors.action, currentLanguage()).message);
        }
      },
    );
  });

  return view;
}
