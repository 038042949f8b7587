import { describe } from 'vitest';
import { blobStoreContract } from './blob-store.test-support.js';
import { GcsBlobStore } from './gcs-blob-store.js';

/**
 * The Cloud Storage store against the Storage emulator, when one is running (it cannot start
 * on the machines without its downloaded runtime, so elsewhere this says so and skips).
 */
const host =
  process.env.STORAGE_EMULATOR_HOST?.replace(/^https?:\/\//, '') ??
  process.env.FIREBASE_STORAGE_EMULATOR_HOST;

async function reachable(): Promise<string | null> {
  if (!host) return 'neither STORAGE_EMULATOR_HOST nor FIREBASE_STORAGE_EMULATOR_HOST is set';
  try {
    await fetch(`http://${host}/`, { signal: AbortSignal.timeout(2000) });
    return null;
  } catch (error) {
    return `the Storage emulator at ${host} does not answer (${String(error)})`;
  }
}

const skipReason = await reachable();
if (skipReason) console.log(`GcsBlobStore tests skipped: ${skipReason}`);

describe.skipIf(skipReason !== null)('GcsBlobStore (Storage emulator)', () => {
  const bucket = `${process.env.GCLOUD_PROJECT ?? 'demo-spilno'}.appspot.com`;
  const store = GcsBlobStore.open(bucket);
  const runId = Date.now().toString(36);
  let run = 0;
  blobStoreContract(
    () => store,
    () => `test-${runId}/run-${++run}`,
  );
});
