import type { FileTypeId } from '../file-types.js';
import { stripJpeg } from './strip-jpeg.js';
import type { StripOutcome } from './strip-outcome.js';
import { stripPdf } from './strip-pdf.js';
import { stripPng } from './strip-png.js';
import { stripWebp } from './strip-webp.js';

export type { StripOutcome } from './strip-outcome.js';

/** The types a public attachment may have: those whose metadata can be stripped. */
export const STRIPPABLE_TYPES = [
  'jpeg',
  'png',
  'webp',
  'pdf',
] as const satisfies readonly FileTypeId[];

/**
 * Strips what identifies the author, the device and the place from a file going public. The
 * type is the sniffed one (sniff-file-type.ts), never the declared one. Other types (HEIC,
 * Word, ODT, RTF, text) are refused as `unsupported`: they go public only converted to PDF.
 */
export async function stripMetadata(bytes: Uint8Array, type: FileTypeId): Promise<StripOutcome> {
  switch (type) {
    case 'jpeg':
      return stripJpeg(bytes);
    case 'png':
      return stripPng(bytes);
    case 'webp':
      return stripWebp(bytes);
    case 'pdf':
      return stripPdf(bytes);
    default:
      return { ok: false, reason: 'unsupported' };
  }
}
