/**
 * What `npm test` runs inside `firebase emulators:exec`: the seed, the test SMTP server, then
 * vitest's emulator and browser projects. Exits with vitest's code.
 */
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { startCaptureServer } from '../test/support/smtp-capture.js';
import { seedDemoData } from './seed.js';

const smtpPort = Number(process.env.SPILNO_SMTP_PORT);
if (!smtpPort) throw new Error('SPILNO_SMTP_PORT is not set: run through `npm test`.');

// The SMTP server first: the seed plays demo reports through the server's code, which mails.
const capture = await startCaptureServer(smtpPort, smtpPort + 1);
const seeded = await seedDemoData();
console.log(
  `Seeded ${seeded.accounts} demo accounts, ${seeded.organisations} organisations, ${seeded.reports} reports and ${seeded.proposals} proposals.`,
);

const vitest = spawn(
  join(process.cwd(), 'node_modules', '.bin', 'vitest'),
  [
    'run',
    '--project',
    'emulator',
    '--project',
    'emulator-serial',
    '--project',
    'browser',
    ...process.argv.slice(2),
  ],
  { stdio: 'inherit' },
);
const code = await new Promise<number>((resolve) => vitest.on('exit', (c) => resolve(c ?? 1)));
await capture.stop();
process.exit(code);
