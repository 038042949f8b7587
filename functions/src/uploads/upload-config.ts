import { defineInt, defineString } from 'firebase-functions/params';
import type { BlobStore, BlobStoreKind } from '../storage/blob-store.js';
import { uploadLimits, type UploadLimits } from '../domain/uploads/upload-limits.js';

/**
 * Settings of uploads and the blob store. Locally they come from functions/.env (the local
 * store under `<repo>/.local-blobs`); a real project sets BLOB_STORE=gcs in
 * functions/.env.<project-id>. This module is imported by `http/api.ts` itself, not only by
 * the lazily loaded handlers, so that deploys and the emulator see the params.
 */
export const blobStoreParam = defineString('BLOB_STORE', {
  description: 'Where attachments are kept: "gcs" (the default bucket) or "local" (emulators only)',
  default: 'gcs',
  input: { select: { options: [{ value: 'gcs' }, { value: 'local' }] } },
});
export const localBlobRootParam = defineString('LOCAL_BLOB_ROOT', {
  description: 'Directory of the local blob store; relative to the repository root',
  default: '.local-blobs',
});
const maxFileMegabytes = defineInt('UPLOAD_MAX_FILE_MB', {
  description: 'Largest attachment, in MB (capped at the 32 MB request limit)',
  default: 25,
});
const maxFilesPerReport = defineInt('UPLOAD_MAX_FILES_PER_REPORT', {
  description: 'Most attachments a report may have',
  default: 20,
});
const uploadsPerUserPerHour = defineInt('UPLOADS_PER_USER_PER_HOUR', {
  description: 'Most uploads one user may start in any hour',
  default: 60,
});

export function currentUploadLimits(): UploadLimits {
  return uploadLimits({
    maxFileMegabytes: maxFileMegabytes.value(),
    maxFilesPerReport: maxFilesPerReport.value(),
    uploadsPerUserPerHour: uploadsPerUserPerHour.value(),
  });
}

let store: Promise<BlobStore> | undefined;

/** The configured store, opened once per instance. */
export function blobStore(): Promise<BlobStore> {
  store ??= import('../storage/open-blob-store.js')
    .then(({ openBlobStore }) =>
      openBlobStore({
        kind: (blobStoreParam.value() || 'gcs') as BlobStoreKind,
        localRoot: localBlobRootParam.value(),
      }),
    )
    .catch((error: unknown) => {
      store = undefined;
      throw error;
    });
  return store;
}

/** The configuration as logged. */
export function describeUploadConfig() {
  return {
    blobStore: blobStoreParam.value() || 'gcs',
    localBlobRoot: localBlobRootParam.value(),
    limits: currentUploadLimits(),
  };
}
