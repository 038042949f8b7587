/**
 * The emulators do not run scheduled functions, so `npm start` runs their cores here on the
 * same cadence against the emulators: the mail sweeper every minute, the deadline watch every
 * hour, the daily digest at 08:00 Kyiv time and the council membership expiry once a day. Production uses the onSchedule functions themselves.
 * The mail sweeper does what MAIL_SENDER asks: with our sender, due retries, expired leases and
 * mails put back to PENDING sent again; with MAIL_SENDER=extension (functions/.env), the Trigger Email extension's
 * transient failures back to the queue once their backoff is over.
 */
import { kyivDate, kyivOffsetMinutes } from '../functions/src/domain/kyiv-time.js';
import { loadFunctionsEnv } from './lib/functions-env.js';

loadFunctionsEnv();
const { runMailSweep } = await import('../functions/src/mail/sweep-mail-run.handler.js');
const { sendDailyDigests } = await import('../functions/src/notifications/daily-digest.js');
const { watchDeadlines } = await import('../functions/src/reports/watch-deadlines.js');
const { expireMemberships } = await import('../functions/src/councils/expire-memberships.js');

interface Job {
  name: string;
  due(now: Date, lastRun: Date | undefined): boolean;
  run(): Promise<unknown>;
}

const kyivHour = (now: Date) => (now.getUTCHours() + Math.floor(kyivOffsetMinutes(now) / 60)) % 24;

const JOBS: Job[] = [
  {
    name: `mail sweeper (MAIL_SENDER=${process.env.MAIL_SENDER})`,
    due: () => true,
    run: runMailSweep,
  },
  {
    name: 'deadline watch',
    due: (now, last) => !last || now.getTime() - last.getTime() >= 60 * 60_000,
    run: () => watchDeadlines(),
  },
  {
    name: 'daily digest',
    due: (now, last) => kyivHour(now) >= 8 && (!last || kyivDate(last) !== kyivDate(now)),
    run: () => sendDailyDigests(),
  },
  {
    name: 'council membership expiry',
    due: (now, last) => !last || kyivDate(last) !== kyivDate(now),
    run: () => expireMemberships(),
  },
];

const lastRun = new Map<string, Date>();
async function tick() {
  const now = new Date();
  for (const job of JOBS) {
    if (!job.due(now, lastRun.get(job.name))) continue;
    lastRun.set(job.name, now);
    try {
      await job.run();
    } catch (error) {
      console.error(
        `[local scheduler] ${job.name} failed:`,
        error instanceof Error ? error.message : error,
      );
    }
  }
}

setInterval(() => void tick(), 60_000);
void tick();
process.on('SIGINT', () => process.exit(0));
process.on('SIGTERM', () => process.exit(0));
