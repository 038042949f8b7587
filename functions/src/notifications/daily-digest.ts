import type { DocumentReference } from 'firebase-admin/firestore';
import { logger } from 'firebase-functions';
import { kyivDate } from '../domain/kyiv-time.js';
import { mailIdFor } from '../domain/mail/delivery.js';
import { renderTemplate } from '../domain/mail/templates.js';
import { readEachStored } from '../domain/stored/stored-document.js';
import { digestItemSchema } from '../domain/stored/stored-profile.js';
import { db } from '../shared/firebase.js';
import { faultPoint } from '../shared/fault-points.js';
import { webBaseUrl } from '../mail/mail-config.js';
import { readRecipients, writeMail } from './notify.js';

const MAX_ITEMS_PER_MAIL = 50;

/**
 * Sends each person who chose the daily digest one email with the day's non-urgent notices,
 * and marks them sent in the same transaction, so running it twice sends nothing twice. The
 * mail id carries the date and the first notice it lists: a notice that arrives between two
 * runs of one day goes in a mail of its own, never merged into one already sent (a sent mail
 * is not sent again, so the notice would be marked sent and never mailed).
 */
export async function sendDailyDigests(
  now = new Date(),
): Promise<{ mails: number; notices: number }> {
  const pending = await db()
    .collectionGroup('notifications')
    .where('digest', '==', 'pending')
    .limit(5000)
    .get();
  const byUser = new Map<string, DocumentReference[]>();
  for (const doc of pending.docs) {
    const uid = doc.ref.parent.parent?.id;
    if (uid) byUser.set(uid, [...(byUser.get(uid) ?? []), doc.ref]);
  }
  const date = kyivDate(now);
  let mails = 0;
  let notices = 0;
  for (const [uid, refs] of byUser) {
    for (let start = 0; start < refs.length; start += MAX_ITEMS_PER_MAIL) {
      const part = refs.slice(start, start + MAX_ITEMS_PER_MAIL);
      const sent = await db().runTransaction(async (tx) => {
        const [recipient] = await readRecipients(tx, [uid]);
        const snapshots = await tx.getAll(...part);
        // A notice that does not fit is left out (and said): it must not hold back the others.
        const items = readEachStored(
          digestItemSchema,
          snapshots.filter((s) => s.exists),
          (refused) => logger.warn('Notice left out of the digest', refused.error.params),
        )
          .filter(({ value }) => value.digest === 'pending')
          .map(({ snapshot, value }) => ({
            ref: snapshot.ref,
            title: value.title,
            link: value.link,
          }));
        if (!recipient || items.length === 0) return 0;
        const rendered = renderTemplate(
          'digest',
          {
            date,
            items: items.map(({ title, link }) => ({ title, link })),
          },
          recipient.language,
          webBaseUrl.value(),
        );
        writeMail(tx, {
          mailId: mailIdFor(`digest:${date}:${items[0]!.ref.id}`, uid),
          to: recipient.email,
          rendered,
          event: `digest:${date}`,
        });
        for (const item of items) tx.update(item.ref, { digest: 'sent' });
        return items.length;
      });
      if (sent > 0) {
        mails++;
        notices += sent;
        faultPoint('dailyDigest.afterFirstMail');
      }
    }
  }
  return { mails, notices };
}
