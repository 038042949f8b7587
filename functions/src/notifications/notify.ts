import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import type { Language } from '../domain/catalogues/catalogue.js';
import { mailIdFor } from '../domain/mail/delivery.js';
import { outboxMail, type CalendarPart, type OutboxMailInput } from '../domain/mail/outbox.js';
import { renderTemplate, type TemplateData, type TemplateName } from '../domain/mail/templates.js';
import { readEachStored } from '../domain/stored/stored-document.js';
import { recipientProfileSchema } from '../domain/stored/stored-profile.js';
import { db } from '../shared/firebase.js';
import { mailFrom, webBaseUrl } from '../mail/mail-config.js';

/**
 * Notices: one domain event told to people by uid, as an in-app notification and an email in
 * each person's language (or, for non-urgent notices to people who chose it, in the daily
 * digest). Written inside the caller's transaction with ids derived from the event, so that
 * the notice exists exactly when the change it reports does, and a replay writes nothing new.
 */
export interface Notice<N extends TemplateName = TemplateName> {
  /** Identifies the domain event, e.g. `report.registered:abc123`. */
  event: string;
  template: N;
  data: TemplateData<N>;
  /** Path in the web client the notice leads to. */
  link: string;
  urgent?: boolean;
  /**
   * A calendar invitation made for each recipient (a council meeting's): it goes as the mail's
   * calendar part, so such a notice is mailed at once, never held for the daily digest.
   */
  calendar?: (recipient: Recipient) => CalendarPart;
}

export interface Recipient {
  uid: string;
  email: string;
  language: Language;
  digest: boolean;
}

/** Reads recipients' current address, language and preference (transaction reads come first). */
export async function readRecipients(
  tx: Transaction,
  uids: Iterable<string>,
): Promise<Recipient[]> {
  const unique = [...new Set(uids)];
  if (unique.length === 0) return [];
  const profiles = await tx.getAll(...unique.map((uid) => db().doc(`users/${uid}`)));
  // A profile whose needed fields do not fit is left out, said with the field: one person's
  // odd profile must not stop the notice (and the change it reports) for everyone else.
  const fitting = readEachStored(
    recipientProfileSchema,
    profiles.filter((profile) => profile.exists),
    (refused) => logger.warn('Recipient left out: profile does not fit', refused.error.params),
  );
  return fitting.flatMap(({ snapshot, value }) =>
    value.disabled
      ? []
      : [
          {
            uid: snapshot.id,
            email: value.email,
            language: value.language,
            digest: value.notificationPreference === 'daily_digest',
          },
        ],
  );
}

/** Writes the notices; returns the ids of the mails written (not those held for the digest). */
export function writeNotices<N extends TemplateName>(
  tx: Transaction,
  recipients: Recipient[],
  notice: Notice<N>,
): string[] {
  const mailIds: string[] = [];
  for (const recipient of recipients) {
    const rendered = renderTemplate(
      notice.template,
      notice.data,
      recipient.language,
      webBaseUrl.value(),
    );
    const id = mailIdFor(notice.event, recipient.uid);
    const inDigest = recipient.digest && !notice.urgent && !notice.calendar;
    // `merge` keeps a delivery already under way: a replayed event never resets a sent mail.
    tx.set(
      db().doc(`users/${recipient.uid}/notifications/${id}`),
      {
        kind: notice.template,
        event: notice.event,
        title: rendered.subject,
        body: rendered.body,
        link: notice.link,
        urgent: notice.urgent ?? false,
        read: false,
        createdAt: FieldValue.serverTimestamp(),
        ...(inDigest ? { digest: 'pending' } : {}),
      },
      { merge: true },
    );
    if (inDigest) continue;
    mailIds.push(id);
    writeMail(tx, {
      mailId: id,
      to: recipient.email,
      rendered,
      event: notice.event,
      urgent: notice.urgent ?? false,
      icalEvent: notice.calendar?.(recipient),
    });
  }
  return mailIds;
}

/** Mail to an address that has no account yet (an invitation), in the language given. */
export function writeMailToAddress<N extends TemplateName>(
  tx: Transaction,
  email: string,
  language: Language,
  notice: Omit<Notice<N>, 'link'>,
): void {
  writeMail(tx, {
    mailId: mailIdFor(notice.event, email),
    to: email,
    rendered: renderTemplate(notice.template, notice.data, language, webBaseUrl.value()),
    event: notice.event,
    urgent: notice.urgent ?? false,
  });
}

/**
 * Every mail Spilno writes goes through here, to an address resolved now: the document either
 * sender (ours or the Trigger Email extension) sends the same way, `from` MAIL_FROM and the
 * Message-ID `<{mailId}@spilno>`. `merge` keeps a delivery already under way.
 */
export function writeMail(tx: Transaction, mail: Omit<OutboxMailInput, 'from'>): void {
  tx.set(db().doc(`mail/${mail.mailId}`), outboxMail({ ...mail, from: mailFrom.value() }), {
    merge: true,
  });
}

/** Notifies outside any other transaction. */
export async function notify<N extends TemplateName>(
  uids: Iterable<string>,
  notice: Notice<N>,
): Promise<void> {
  await db().runTransaction(async (tx) => {
    writeNotices(tx, await readRecipients(tx, uids), notice);
  });
}
