import { logger } from 'firebase-functions';
import { builtinSenderEnabled } from './mail-config.js';
import { requeueFailedMail } from './requeue-failed-mail.js';
import { sweepMail } from './sweep-mail.js';

/**
 * The outbox's scheduled part, whichever sender is in charge. Ours: due RETRY mails, expired
 * leases and mails put back to PENDING, sent again from here. The Trigger Email extension's:
 * transient failures, which it leaves in ERROR, back to the queue once their backoff is over.
 */
export async function runMailSweep(): Promise<void> {
  if (builtinSenderEnabled()) {
    const { retried } = await sweepMail();
    if (retried > 0) logger.info('Mail sweeper sent mails again', { retried });
    return;
  }
  const { requeued, recipientsGone } = await requeueFailedMail();
  if (requeued > 0 || recipientsGone > 0) {
    logger.info('Mail sweeper requeued failed mails for the extension', {
      requeued,
      recipientsGone,
    });
  }
}
