import { URLS } from './project.mjs';

// Printed from the seed's own data (the scripts run under tsx), so it never drifts from it.
import { DEMO_ACCOUNTS, DEMO_PASSWORD } from '../demo/demo-data.ts';

export function printBanner() {
  const lines = [
    '',
    '  Спільно працює / Spilno is running',
    '',
    `  Web client .............. ${URLS.web}`,
    `  Mail inbox (MailDev) .... ${URLS.inbox}`,
    `  Firestore emulator ...... ${URLS.firestore}`,
    `  Auth emulator ........... ${URLS.auth}`,
    `  Functions emulator ...... ${URLS.functions}`,
    '',
    `  Demo accounts (password: ${DEMO_PASSWORD}):`,
    ...DEMO_ACCOUNTS.map(
      (a) => `    ${a.email.padEnd(30)} ${a.claims.role.padEnd(13)} ${a.displayName}`,
    ),
    '',
    '  Ctrl-C stops everything and keeps the data; `npm run reset` starts afresh.',
    '',
  ];
  console.log(lines.join('\n'));
}
