import { h } from '../dom.js';
import { validateApplicant } from '../forms/organisation-form.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { navigate, rerender } from '../router/router.js';
import type { PageContext, PageView } from '../router/page.js';
import { joinPath, PATHS, signInPathFor, signUpPathFor } from '../router/routes.js';
import { refreshClaims, signOut } from '../session/session.js';
import { formMessage, textField } from '../ui/form.js';
import { liveValidation } from '../ui/live-validation.js';
import { checkSent, perform } from '../ui/perform.js';
import { verifyEmailPanel } from '../ui/verify-email.js';
import { pageHeading } from './heading.js';

/**
 * `/app/join/{token}`: the link in an invitation email. A visitor who is not signed in is
 * offered to sign in or sign up (with the invited address) and comes back here; a signed-in
 * person without a role says who they are and joins through `orgAction acceptInvitation`.
 */
export async function joinPage({ params, user, claims, announce }: PageContext): Promise<PageView> {
  const token = params.token ?? '';
  const here = joinPath(token);
  const heading = pageHeading(t('join.heading'));
  heading.id = 'join-heading';
  const node = h('div', { class: 'page page-narrow' }, heading);
  const view: PageView = { title: t('join.title'), node };

  if (!user) {
    node.append(
      h('p', null, t('join.signedOut')),
      h(
        'p',
        { class: 'actions' },
        h('a', { class: 'button', href: signInPathFor(here) }, t('join.signIn')),
        h('a', { class: 'button button-secondary', href: signUpPathFor(here) }, t('join.signUp')),
      ),
    );
    return view;
  }

  if (claims?.role) {
    const ngo = claims.role === 'ngo_admin' || claims.role === 'ngo_member';
    node.append(
      h('p', { class: 'notice' }, t('join.hasRole')),
      h(
        'p',
        null,
        h(
          'a',
          { href: ngo ? PATHS.organisation : PATHS.app },
          t(ngo ? 'join.done.link' : 'noAccess.back'),
        ),
      ),
    );
    return view;
  }

  if (!user.emailVerified) {
    // Joining needs a confirmed address; the link brings the person back here.
    node.append(
      verifyEmailPanel({ user, sent: false, next: here, announce, onConfirmed: () => rerender() }),
    );
    return view;
  }

  const [functions, store] = await Promise.all([
    import('../firebase/functions.js'),
    import('../firebase/firestore.js'),
  ]);
  const profile = await store.getProfile(user.uid).catch(() => null);
  const form = 'join';
  const displayName = textField({
    form,
    name: 'displayName',
    label: t('join.displayName'),
    value: profile?.displayName ?? user.displayName ?? '',
    autocomplete: 'name',
    maxlength: 200,
  });
  const position = textField({
    form,
    name: 'position',
    label: t('join.position'),
    value: profile?.position ?? '',
    autocomplete: 'organization-title',
    maxlength: 200,
    optional: true,
  });
  const fields = [displayName, position];
  const labels = { displayName: t('join.displayName'), position: t('join.position') };
  const values = () => ({ displayName: displayName.value(), position: position.value() });
  const check = () => validateApplicant(values(), currentLanguage(), labels);
  const live = liveValidation(fields, () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });
  const message = formMessage('join-message');
  const submit = h('button', { type: 'submit', class: 'button' }, t('join.submit'));
  const otherAccount = h(
    'div',
    { class: 'notice', hidden: true },
    h('p', null, t('join.otherEmail')),
    h(
      'p',
      null,
      h(
        'button',
        {
          type: 'button',
          class: 'button button-secondary',
          onclick: () => {
            void signOut().then(() => navigate(signInPathFor(here), { replace: true }));
          },
        },
        t('join.signOut'),
      ),
    ),
  );
  const formNode = h(
    'form',
    { class: 'form', novalidate: true, 'aria-labelledby': 'join-heading' },
    message.node,
    otherAccount,
    displayName.node,
    position.node,
    submit,
  );
  node.append(h('p', null, t('join.intro', { email: user.email ?? '' })), formNode);
  // Joining gives the person a role; the page keeps saying they joined.
  view.onClaimsChange = () => undefined;

  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, fields, message, announce);
    if (!value) return;
    otherAccount.hidden = true;
    void perform({
      button: submit,
      labels: { idle: t('join.submit'), busy: t('join.busy') },
      form: formNode,
      message,
      fields,
      serverField: (path) => path.replace(/^applicant\./, ''),
      announce,
      run: async () => {
        const result = await functions.orgAction({
          action: 'acceptInvitation',
          token,
          applicant: value,
        });
        // The server set the new role before answering: take it now, so the organisation's
        // page opens at once.
        await refreshClaims(true).catch((error: unknown) => console.error(error));
        return result;
      },
    }).then((outcome) => {
      if (!outcome) return;
      if (!outcome.ok) {
        otherAccount.hidden = outcome.problem.code !== 'MEMBERSHIP.INVITATION_OTHER_EMAIL';
        return;
      }
      const done = pageHeading(t('join.done.heading'));
      node.replaceChildren(
        done,
        h('p', { class: 'lead' }, t('join.done.text')),
        h('p', null, h('a', { class: 'button', href: PATHS.organisation }, t('join.done.link'))),
      );
      view.title = t('join.done.heading');
      document.title = t('layout.documentTitle', { page: view.title });
      done.focus();
      announce(`${t('join.done.heading')}. ${t('join.done.text')}`);
    });
  });

  return view;
}
