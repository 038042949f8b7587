import {
  signInProblem,
  validateSignIn,
  type SignInErrors,
  type SignInField,
} from '../auth/auth-errors.js';
import { h } from '../dom.js';
import { t } from '../i18n/i18n.js';
import { navigate } from '../router/router.js';
import type { PageContext, PageView } from '../router/page.js';
import { nextAfterSignIn, PATHS } from '../router/routes.js';
import { signIn, takeSessionEnd } from '../session/session.js';
import { pageHeading } from './heading.js';

interface Field {
  input: HTMLInputElement;
  error: HTMLElement;
  node: HTMLElement;
}

function field(
  name: SignInField,
  label: string,
  attributes: Record<string, string | boolean>,
): Field {
  const id = `sign-in-${name}`;
  const input = h('input', { id, name, required: true, ...attributes });
  const error = h('p', { id: `${id}-error`, class: 'field-error', hidden: true });
  const node = h('div', { class: 'field' }, h('label', { for: id }, label), error, input);
  return { input, error, node };
}

/** Email and password sign-in; afterwards, back to the page that asked for it, or the app. */
export function signInPage({ search, announce }: PageContext): PageView {
  const fields: Record<SignInField, Field> = {
    email: field('email', t('signIn.email'), {
      type: 'email',
      autocomplete: 'username',
      inputmode: 'email',
      autocapitalize: 'none',
      spellcheck: 'false',
    }),
    password: field('password', t('signIn.password'), {
      type: 'password',
      autocomplete: 'current-password',
    }),
  };
  const formError = h('p', { id: 'sign-in-error', class: 'form-error', hidden: true });
  const submit = h('button', { type: 'submit', class: 'button' }, t('signIn.submit'));
  const form = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'sign-in-heading' },
    formError,
    fields.email.node,
    fields.password.node,
    submit,
  );
  const heading = pageHeading(t('signIn.heading'));
  heading.id = 'sign-in-heading';
  let busy = false;

  function showErrors(errors: SignInErrors, general: string | null): void {
    const messages: string[] = [];
    if (general) messages.push(general);
    formError.hidden = !general;
    formError.textContent = general ?? '';
    if (general) form.setAttribute('aria-describedby', formError.id);
    else form.removeAttribute('aria-describedby');
    for (const [name, { input, error }] of Object.entries(fields) as [SignInField, Field][]) {
      const key = errors[name];
      error.hidden = !key;
      error.textContent = key ? t(key) : '';
      if (key) {
        messages.push(t(key));
        input.setAttribute('aria-invalid', 'true');
        input.setAttribute('aria-describedby', error.id);
      } else {
        input.removeAttribute('aria-invalid');
        input.removeAttribute('aria-describedby');
      }
    }
    if (messages.length) announce(messages.join(' '));
    const firstInvalid = (['email', 'password'] as const).find((name) => errors[name]);
    if (firstInvalid) fields[firstInvalid].input.focus();
  }

  function setBusy(value: boolean): void {
    busy = value;
    // aria-disabled, not disabled: a disabled button would drop the keyboard focus.
    submit.setAttribute('aria-disabled', String(value));
    submit.textContent = t(value ? 'signIn.busy' : 'signIn.submit');
    form.setAttribute('aria-busy', String(value));
  }

  form.addEventListener('submit', (event) => {
    event.preventDefault();
    if (busy) return;
    const input = { email: fields.email.input.value.trim(), password: fields.password.input.value };
    const errors = validateSignIn(input);
    if (Object.keys(errors).length) {
      showErrors(errors, null);
      return;
    }
    showErrors({}, null);
    setBusy(true);
    signIn(input.email, input.password).then(
      (user) => {
        navigate(nextAfterSignIn(search), {
          replace: true,
          notice: t('signIn.signedIn', { name: user.displayName ?? user.email ?? '' }),
        });
      },
      (error: unknown) => {
        setBusy(false);
        const problem = signInProblem(error);
        if (problem.field === 'password') fields.password.input.value = '';
        if (problem.field) showErrors({ [problem.field]: problem.message }, null);
        else showErrors({}, t(problem.message));
      },
    );
  });

  // The app ended the session (a changed role, a deactivated account): say so, once.
  const ended = takeSessionEnd();
  const node = h(
    'div',
    { class: 'page page-narrow' },
    heading,
    ended ? h('p', { class: 'notice', role: 'status' }, t(`signIn.${ended}`)) : null,
    h('p', null, t('signIn.intro')),
    form,
    h(
      'p',
      { class: 'hint' },
      `${t('signIn.noAccount')} `,
      h('a', { href: `${PATHS.signUp}${search}` }, t('signIn.signUpLink')),
    ),
  );
  return { title: t('signIn.title'), node };
}
