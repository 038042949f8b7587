import { h } from '../dom.js';
import { t } from '../i18n/i18n.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS, returnPath, signInPathFor } from '../router/routes.js';
import { confirmEmail, reloadSession } from '../session/session.js';
import { verifyEmailPanel } from '../ui/verify-email.js';
import { pageHeading } from './heading.js';

/** A code is applied once; showing the page again (another language) keeps the outcome. */
const outcomes = new Map<string, Promise<boolean>>();

function applyOnce(code: string): Promise<boolean> {
  let outcome = outcomes.get(code);
  if (!outcome) {
    outcome = confirmEmail(code).then(
      () => true,
      (error: unknown) => {
        // An expired or used link is an ordinary outcome, said on the page.
        console.warn(error);
        return false;
      },
    );
    outcomes.set(code, outcome);
  }
  return outcome;
}

/**
 * `/app/verify-email?code=…&next=…`: the link in the confirmation email. It applies the
 * link's one-time code with Firebase Auth, on whatever device it is opened, and leads on to
 * `next` (the invitation or the registration form the person was on), signing in first if
 * this device has no session.
 */
export async function verifyEmailPage({ search, user, announce }: PageContext): Promise<PageView> {
  const code = new URLSearchParams(search).get('code') ?? '';
  const next = returnPath(search) ?? PATHS.app;
  const confirmed = code ? await applyOnce(code) : false;
  const current = user ? await reloadSession().catch(() => user) : null;

  const node = h('div', { class: 'page page-narrow' });
  const view: PageView = { title: t('verifyEmail.title'), node };
  const continueLink = (signedIn: boolean) =>
    h(
      'p',
      null,
      h(
        'a',
        { class: 'button', href: signedIn ? next : signInPathFor(next) },
        t(signedIn ? 'verifyEmail.continue' : 'verifyEmail.signIn'),
      ),
    );

  const done = (signedIn: boolean) => [
    pageHeading(t('verifyEmail.confirmed')),
    h('p', { class: 'lead' }, t('verifyEmail.doneText')),
    continueLink(signedIn),
  ];

  if (confirmed || current?.emailVerified) {
    node.append(...done(current !== null));
    return view;
  }
  node.append(
    pageHeading(t('verifyEmail.failedHeading')),
    h('p', null, t('verifyEmail.failedText')),
    current
      ? verifyEmailPanel({
          user: current,
          sent: false,
          next: next === PATHS.app ? undefined : next,
          announce,
          onConfirmed: () => {
            node.replaceChildren(...done(true));
            node.querySelector<HTMLElement>('h1')?.focus();
          },
        })
      : continueLink(false),
  );
  return view;
}
