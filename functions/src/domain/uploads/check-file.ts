import type { FileSample } from './file-sample.js';
import { normaliseFileName } from './file-name.js';
import {
  FILE_TYPES,
  fileTypeOfContentType,
  fileTypeOfExtension,
  type FileType,
} from './file-types.js';
import { sniffFileType } from './sniff-file-type.js';
import { uploadErrors, type UploadError } from './upload-errors.js';
import type { UploadLimits } from './upload-limits.js';

export interface ReceivedFile {
  sample: FileSample;
  /** The name the person's file had, as sent (decoded from `X-File-Name`). */
  originalName: string;
  /** The request's Content-Type, which a browser takes from the name. */
  declaredContentType?: string | undefined;
}

export type FileCheck =
  { ok: true; type: FileType; fileName: string } | { ok: false; error: UploadError };

/**
 * Whether received bytes may become an attachment, and under which type and name:
 * size, then the real type from the bytes, then whether the name (or, without an extension
 * we know, the declared type) claims the other family — a "PDF" that is a photo, a "photo"
 * that is a Word document. Within a family a wrong extension is simply corrected: phones and
 * websites often save PNGs as `.jpg`, people rename `.docx` to `.doc`.
 */
export function checkReceivedFile(file: ReceivedFile, limits: UploadLimits): FileCheck {
  if (file.sample.size > limits.maxFileBytes) {
    return { ok: false, error: uploadErrors.tooLarge(limits.maxFileBytes) };
  }
  if (file.sample.size === 0) return { ok: false, error: uploadErrors.emptyFile() };
  const sniffed = sniffFileType(file.sample);
  if (!sniffed.ok) return { ok: false, error: uploadErrors.typeNotAllowed(sniffed.refusal) };
  const type = FILE_TYPES[sniffed.type];
  const declared = declaredType(file);
  if (declared && declared.family !== type.family) {
    return { ok: false, error: uploadErrors.typeMismatch(declared, type) };
  }
  return { ok: true, type, fileName: normaliseFileName(file.originalName, type) };
}

function declaredType(file: ReceivedFile): FileType | undefined {
  const leaf = file.originalName.replace(/\\/g, '/').split('/').pop() ?? '';
  const dot = leaf.lastIndexOf('.');
  const byName = dot > 0 ? fileTypeOfExtension(leaf.slice(dot + 1).trim()) : undefined;
  return byName ?? fileTypeOfContentType(file.declaredContentType);
}
