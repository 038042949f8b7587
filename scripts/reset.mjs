// `npm run reset`: forget the emulator data so the next `npm start` seeds afresh.
import { rmSync } from 'node:fs';
import { join } from 'node:path';
import { EMULATOR_DATA_DIR, MAIL_DATA_DIR, ROOT } from './lib/project.mjs';

rmSync(EMULATOR_DATA_DIR, { recursive: true, force: true });
rmSync(MAIL_DATA_DIR, { recursive: true, force: true });
// Attachments of the demo and local runs (functions/.env: LOCAL_BLOB_ROOT).
rmSync(join(ROOT, '.local-blobs'), { recursive: true, force: true });
console.log(
  'Emulator data, caught mail and stored attachments removed; the next `npm start` begins with fresh demo data.',
);
