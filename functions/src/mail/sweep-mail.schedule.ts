import { logger } from 'firebase-functions';
import { onSchedule } from 'firebase-functions/scheduler';
import { builtinSenderEnabled } from './mail-config.js';
import { sweepMail } from './sweep-mail.js';

export async function runMailSweep(): Promise<void> {
  if (!builtinSenderEnabled()) return;
  const { requeued } = await sweepMail();
  if (requeued > 0) logger.info('Mail sweeper requeued mails', { requeued });
}

export const sweepMailOutbox = onSchedule(
  { schedule: 'every 1 minutes', timeZone: 'Europe/Kyiv' },
  runMailSweep,
);
