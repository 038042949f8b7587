/**
 * Arranging what a browser test starts from, through the same callables the web client uses
 * (a web-SDK client in Node), so that each test walks through the interface only for the part
 * it is about.
 */
import { signIn, signUp } from '../support/client.js';
import { eventually, messagesTo } from '../support/mailbox.js';
import { freshEdrpou, organisationProfile } from '../support/organisations.js';
import { adminDb, unique } from '../support/admin.js';
import { ADMIN, uniqueEmail } from './browser.js';

export interface ArrangedOrganisation {
  orgId: string;
  shortName: string;
  leadEmail: string;
  leadName: string;
}

/** A new organisation, pending, registered by a new account (its lead). */
export async function registeredOrganisation(): Promise<ArrangedOrganisation> {
  const leadEmail = uniqueEmail('lead');
  const leadName = `Оксана Тестова ${unique('n').slice(-5)}`;
  const orgId = freshEdrpou();
  const shortName = `Правозахисна група ${unique('g').slice(-6)}`;
  const lead = await signUp(leadEmail);
  try {
    const result = await lead.call<{ orgId: string; outcome: string }>('orgAction', {
      action: 'register',
      organisation: organisationProfile(orgId, { shortName, name: `ГО «${shortName}»` }),
      applicant: { displayName: leadName, position: 'Голова правління' },
    });
    if (result.outcome !== 'registered') throw new Error(`Unexpected outcome ${result.outcome}`);
  } finally {
    await lead.close();
  }
  return { orgId, shortName, leadEmail, leadName };
}

/** The administrator verifies an organisation (as the Secretariat would in the interface). */
export async function verify(orgId: string): Promise<void> {
  const admin = await signIn(ADMIN);
  try {
    await admin.call('orgAction', { action: 'verify', orgId });
  } finally {
    await admin.close();
  }
}

/**
 * The path of the link in the email asking this address to confirm itself, as the person
 * would click it: read from the outbox, where the email is written as it is sent, so that a
 * queue of other mail before it does not hold the test up (its delivery over SMTP is tested in
 * test/emulator/security/no-mail-for-strangers.test.ts).
 */
export async function confirmationPath(email: string): Promise<string> {
  return eventually(
    async () => {
      const mails = await adminDb().collection('mail').where('to', '==', email).get();
      for (const mail of mails.docs) {
        const text = String(mail.get('message.text') ?? '');
        const link = /https?:\/\/[^\s"'<>]+\/app\/verify-email\?[^\s"'<>]+/.exec(text)?.[0];
        if (link) return `${new URL(link).pathname}${new URL(link).search}`;
      }
      return undefined;
    },
    { what: `a confirmation email to ${email}`, timeoutMs: 20_000 },
  );
}

/** The link of the latest invitation email sent to an address, as the invitee would click it. */
export async function invitationLink(email: string): Promise<string> {
  return eventually(
    async () => {
      const mails = await messagesTo(email);
      for (const mail of mails.reverse()) {
        const link = /https?:\/\/[^\s"'<>]+\/app\/join\/[A-Za-z0-9_-]+/.exec(mail.text)?.[0];
        if (link) return link;
      }
      return undefined;
    },
    { what: `an invitation email to ${email}`, timeoutMs: 20_000 },
  );
}
