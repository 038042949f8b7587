import { logger } from 'firebase-functions';
import { builtinSenderEnabled } from './mail-config.js';
import { sendMailDocument } from './send-mail-document.js';

/**
 * Sends mails of the outbox at once, from the handler that wrote them, for the notices people
 * wait on (an assignee's new report, a message in a thread): deliverMail, fired by the same
 * writes, races for each mail's claim and exactly one of them sends; it also retries what
 * fails here. When the Trigger Email extension delivers, the mails are its alone.
 */
export async function sendNow(mailIds: readonly string[]): Promise<void> {
  if (!builtinSenderEnabled()) return;
  await Promise.all(
    mailIds.map((id) =>
      sendMailDocument(id).catch((error: unknown) =>
        logger.warn('Inline send failed; the outbox will retry', { id, error }),
      ),
    ),
  );
}
