import { checkReceivedFile } from '@domain/uploads/check-file.js';
import { SAMPLE_HEAD_BYTES, SAMPLE_TAIL_BYTES } from '@domain/uploads/file-sample.js';
import { uploadErrors, type UploadError } from '@domain/uploads/upload-errors.js';
import { DEFAULT_UPLOAD_LIMITS, type UploadLimits } from '@domain/uploads/upload-limits.js';

/**
 * The checks the server makes on a file, made on the device first, with the same domain code:
 * how many files the report has, the size, and the real type read from the file's own bytes
 * (a program renamed `scan.pdf` is refused before a byte is sent). The server checks again;
 * its limits may differ from the defaults, and its answer is what counts.
 */
export interface FileToCheck {
  name: string;
  type: string;
  size: number;
  slice(start?: number, end?: number): Blob;
}

async function bytesOf(blob: Blob): Promise<Uint8Array> {
  return new Uint8Array(await blob.arrayBuffer());
}

export async function checkFileOnDevice(
  file: FileToCheck,
  filesAlready: number,
  limits: UploadLimits = DEFAULT_UPLOAD_LIMITS,
): Promise<UploadError | null> {
  if (filesAlready >= limits.maxFilesPerReport) {
    return uploadErrors.tooManyFiles(limits.maxFilesPerReport);
  }
  // Size first: a huge file is refused without reading it.
  if (file.size > limits.maxFileBytes) return uploadErrors.tooLarge(limits.maxFileBytes);
  if (file.size === 0) return uploadErrors.emptyFile();
  const head = await bytesOf(file.slice(0, Math.min(file.size, SAMPLE_HEAD_BYTES)));
  const tail =
    file.size <= SAMPLE_HEAD_BYTES
      ? head
      : await bytesOf(file.slice(Math.max(0, file.size - SAMPLE_TAIL_BYTES), file.size));
  const checked = checkReceivedFile(
    {
      sample: { head, tail, size: file.size },
      originalName: file.name,
      declaredContentType: file.type || undefined,
    },
    limits,
  );
  return checked.ok ? null : checked.error;
}
