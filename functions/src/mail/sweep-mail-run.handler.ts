import { logger } from 'firebase-functions';
import { builtinSenderEnabled } from './mail-config.js';
import { sweepMail } from './sweep-mail.js';

export async function runMailSweep(): Promise<void> {
  if (!builtinSenderEnabled()) return;
  const { requeued } = await sweepMail();
  if (requeued > 0) logger.info('Mail sweeper requeued mails', { requeued });
}
