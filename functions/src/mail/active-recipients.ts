import { recipientsOf, withoutAddresses, type Recipients } from '../domain/mail/outbox.js';
import { mailRecipientsSchema } from '../domain/schemas/mail.schema.js';
import { readStored } from '../domain/stored/stored-document.js';
import { accountStateSchema } from '../domain/stored/stored-profile.js';
import { db } from '../shared/firebase.js';

/** Firestore's limit on the values of one `in` filter. */
const IN_LIMIT = 30;

/**
 * The recipients of a stored mail without the addresses of accounts deactivated since it was
 * written, or null when nobody is left. Asked before a mail is sent (our sender) or put back
 * to the queue (the retry of extension mode, a resend from the delivery log): a deactivated
 * person gets no mail.
 */
export async function activeRecipients(recipients: Recipients): Promise<Recipients | null> {
  const addresses = [...new Set([...recipients.to, ...recipients.cc, ...recipients.bcc])];
  const deactivated = new Set<string>();
  for (let start = 0; start < addresses.length; start += IN_LIMIT) {
    const accounts = await db()
      .collection('users')
      .where('email', 'in', addresses.slice(start, start + IN_LIMIT))
      .select('email', 'disabled')
      .get();
    for (const account of accounts.docs) {
      const { email, disabled } = readStored(accountStateSchema, account.ref.path, account.data());
      if (disabled) deactivated.add(email);
    }
  }
  return withoutAddresses(recipients, deactivated);
}

/** The recipients a stored mail names, or null when its addresses are not valid ones. */
export function storedRecipients(mail: unknown): Recipients | null {
  const parsed = mailRecipientsSchema.safeParse(mail);
  return parsed.success ? recipientsOf(parsed.data) : null;
}
