import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { SessionUser } from '../session/session-state.js';
import { VerifyEmailPanel } from './verify-email-panel.js';

/**
 * What only a person with a confirmed address may do (register an organisation, ask to join
 * one, accept an invitation: the server refuses them otherwise): until the address is
 * confirmed, the panel that mails the link stands in its place; `next` is the page the link
 * leads back to. Once confirmed here, the page goes on, and focus returns to its heading.
 */
export function ConfirmedAddress(props: {
  user: SessionUser;
  next: string;
  children: ComponentChildren;
}) {
  const [user, setUser] = useState(props.user);
  const confirmedHere = useRef(false);
  useEffect(() => {
    if (!confirmedHere.current || !user.emailVerified) return;
    document.querySelector<HTMLElement>('#main [data-page-heading]')?.focus();
  }, [user.emailVerified]);
  if (user.emailVerified) return <>{props.children}</>;
  return (
    <VerifyEmailPanel
      user={user}
      sent={false}
      next={props.next}
      onConfirmed={(confirmed) => {
        confirmedHere.current = true;
        setUser(confirmed);
      }}
    />
  );
}
