import { afterEach, describe, expect, it } from 'vitest';
import { assertDemoEmulators } from './seed.js';

describe('the seed’s guard', () => {
  const saved = { ...process.env };
  afterEach(() => {
    process.env = { ...saved };
  });

  it('refuses any project whose id does not start with demo-', () => {
    process.env.FIRESTORE_EMULATOR_HOST = '127.0.0.1:8080';
    process.env.FIREBASE_AUTH_EMULATOR_HOST = '127.0.0.1:9099';
    expect(() => assertDemoEmulators('spilno-production')).toThrow(/only demo-\* projects/);
    expect(() => assertDemoEmulators(undefined)).toThrow(/only demo-\* projects/);
    expect(() => assertDemoEmulators('demo-spilno')).not.toThrow();
  });

  it('refuses to run without the emulators, even for a demo project', () => {
    delete process.env.FIRESTORE_EMULATOR_HOST;
    process.env.FIREBASE_AUTH_EMULATOR_HOST = '127.0.0.1:9099';
    expect(() => assertDemoEmulators('demo-spilno')).toThrow(/FIRESTORE_EMULATOR_HOST/);
  });
});
