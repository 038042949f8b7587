// `npm run reset`: forget the emulator data so the next `npm start` seeds afresh.
import { rmSync } from 'node:fs';
import { EMULATOR_DATA_DIR, MAIL_DATA_DIR } from './lib/project.mjs';

rmSync(EMULATOR_DATA_DIR, { recursive: true, force: true });
rmSync(MAIL_DATA_DIR, { recursive: true, force: true });
console.log(
  'Emulator data and caught mail removed; the next `npm start` begins with fresh demo data.',
);
