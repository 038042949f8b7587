import { useEffect, useRef, useState } from 'preact/hooks';
import { t } from '../i18n/i18n.js';
import type { DataPage, PageProps } from '../router/page.js';
import { PATHS, returnPath, signInPathFor } from '../router/routes.js';
import { confirmEmail, reloadSession, type SessionUser } from '../session/session.js';
import { ButtonLink } from '../ui/button.js';
import { PageHeading } from '../ui/page-heading.js';
import { VerifyEmailPanel } from './verify-email-panel.js';

/** A code is applied once; showing the page again (another role, say) keeps the outcome. */
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

interface Confirmation {
  /** Whether the address is confirmed now (by this link, or before). */
  confirmed: boolean;
  /** The person signed in on this device, as Auth has them now. */
  user: SessionUser | null;
  next: string;
}

async function load({ search, user }: PageProps): Promise<Confirmation> {
  const code = new URLSearchParams(search).get('code') ?? '';
  const next = returnPath(search) ?? PATHS.app;
  const applied = code ? await applyOnce(code) : false;
  const current = user ? await reloadSession().catch(() => user) : null;
  return { confirmed: applied || current?.emailVerified === true, user: current, next };
}

/** `focus`: the address was just confirmed on this page (not by opening it), so say so. */
function Confirmed(props: { signedIn: boolean; next: string; focus: boolean }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (props.focus) heading.current?.focus();
  }, []);
  return (
    <>
      <PageHeading headingRef={heading}>{t('verifyEmail.confirmed')}</PageHeading>
      <p class="lead">{t('verifyEmail.doneText')}</p>
      <p>
        <ButtonLink href={props.signedIn ? props.next : signInPathFor(props.next)}>
          {t(props.signedIn ? 'verifyEmail.continue' : 'verifyEmail.signIn')}
        </ButtonLink>
      </p>
    </>
  );
}

/**
 * `/app/verify-email?code=…&next=…`: the link in the confirmation email. It applies the
 * link's one-time code with Firebase Auth, on whatever device it is opened, and leads on to
 * `next` (the invitation or the registration form the person was on), signing in first if
 * this device has no session. A used or expired link offers a new one to a signed-in person.
 */
function VerifyEmailPage({ data }: PageProps & { data: Confirmation }) {
  const [confirmedHere, setConfirmedHere] = useState(false);
  const { user, next } = data;
  let content;
  if (data.confirmed || confirmedHere) {
    content = <Confirmed signedIn={user !== null} next={next} focus={confirmedHere} />;
  } else {
    content = (
      <>
        <PageHeading>{t('verifyEmail.failedHeading')}</PageHeading>
        <p>{t('verifyEmail.failedText')}</p>
        {user ? (
          <VerifyEmailPanel
            user={user}
            sent={false}
            next={next === PATHS.app ? undefined : next}
            onConfirmed={() => setConfirmedHere(true)}
          />
        ) : (
          <p>
            <ButtonLink href={signInPathFor(next)}>{t('verifyEmail.signIn')}</ButtonLink>
          </p>
        )}
      </>
    );
  }
  return <div class="page page-narrow">{content}</div>;
}

export const verifyEmailPage: DataPage<Confirmation> = { load, component: VerifyEmailPage };
