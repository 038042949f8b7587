import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const domain = fileURLToPath(new URL('./functions/src/domain', import.meta.url));

/**
 * Three levels of tests. `unit` needs nothing running; `emulator` and `browser` run inside
 * one `firebase emulators:exec` started by `npm test` (scripts/test.mjs).
 */
export default defineConfig({
  test: {
    projects: [
      {
        resolve: { alias: { '@domain': domain } },
        test: {
          name: 'unit',
          include: [
            'functions/src/**/*.test.ts',
            'web/src/**/*.test.{ts,tsx}',
            'scripts/**/*.test.ts',
          ],
          // The web's components find their text as in the app (web/src/i18n/test-setup.ts).
          setupFiles: ['web/src/i18n/test-setup.ts'],
        },
      },
      {
        test: {
          name: 'emulator',
          include: ['test/emulator/**/*.test.ts'],
          exclude: ['test/emulator/**/*.serial.test.ts'],
          // Catches a hang, not slowness: a file's first test also waits for its functions to
          // load, which took 24 s of a 30 s limit on a loaded two-core machine.
          testTimeout: 60_000,
          hookTimeout: 60_000,
          sequence: { groupOrder: 0 },
        },
      },
      {
        // Tests that disturb the shared stack (an SMTP outage) run alone, after the others.
        test: {
          name: 'emulator-serial',
          include: ['test/emulator/**/*.serial.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 1 },
        },
      },
      {
        test: {
          name: 'browser',
          include: ['test/browser/**/*.test.ts'],
          testTimeout: 60_000,
          hookTimeout: 60_000,
          fileParallelism: false,
          sequence: { groupOrder: 2 },
        },
      },
    ],
  },
});
