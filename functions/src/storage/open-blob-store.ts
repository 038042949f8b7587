import type { BlobStore, BlobStoreKind } from './blob-store.js';

/**
 * Opening the configured store, apart from the interface (blob-store.ts) that the stores
 * implement, so that neither store imports the module that imports it.
 */
export interface BlobStoreConfig {
  kind: BlobStoreKind;
  /** Directory of the local store; relative paths are taken from the repository root. */
  localRoot?: string | undefined;
  /** Bucket of the Cloud Storage store; the project's default bucket when not given. */
  bucket?: string | undefined;
}

/**
 * The store a configuration names. Each implementation is imported only when chosen, so the
 * Cloud Storage client is never loaded for the local store, nor on any cold path.
 */
export async function openBlobStore(config: BlobStoreConfig): Promise<BlobStore> {
  if (config.kind === 'gcs') {
    const { GcsBlobStore } = await import('./gcs-blob-store.js');
    return GcsBlobStore.open(config.bucket);
  }
  if (config.kind === 'local') {
    // On Cloud Functions the disk is an instance's memory, lost with it: evidence would vanish.
    if (process.env.K_SERVICE && process.env.FUNCTIONS_EMULATOR !== 'true') {
      throw new Error('BLOB_STORE=local outside the emulators: set BLOB_STORE=gcs in production');
    }
    const { LocalBlobStore, localBlobRoot } = await import('./local-blob-store.js');
    return new LocalBlobStore(localBlobRoot(config.localRoot));
  }
  throw new Error(`Unknown blob store ${JSON.stringify(config.kind)}: use gcs or local`);
}
