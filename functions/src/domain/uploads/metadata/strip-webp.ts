import { ascii, startsWith, u32le } from '../file-sample.js';
import { asciiAt, concatBytes } from './byte-tools.js';
import type { StripOutcome } from './strip-outcome.js';

/**
 * A WebP without its metadata: the RIFF chunks that make the image (VP8X, ICCP, ANIM, ANMF,
 * ALPH, VP8, VP8L) are copied as they are; EXIF, XMP and any unknown chunk are dropped, the
 * VP8X flags for EXIF and XMP cleared and the RIFF size rewritten. WebP's EXIF orientation is
 * not honoured by browsers (the container says metadata does not change rendering), so
 * nothing of it is kept.
 */
const KEPT = new Set(['VP8X', 'ICCP', 'ANIM', 'ANMF', 'ALPH', 'VP8 ', 'VP8L']);
const EXIF_FLAG = 0x08;
const XMP_FLAG = 0x04;

export function stripWebp(bytes: Uint8Array): StripOutcome {
  if (!startsWith(bytes, ascii('RIFF')) || !startsWith(bytes, ascii('WEBP'), 8))
    return { ok: false, reason: 'malformed' };
  const end = Math.min(bytes.length, 8 + u32le(bytes, 4));
  const kept: Uint8Array[] = [];
  const removed: string[] = [];
  let at = 12;
  while (at + 8 <= end) {
    const fourcc = asciiAt(bytes, at, 4);
    const size = u32le(bytes, at + 4);
    const next = at + 8 + size + (size % 2);
    if (at + 8 + size > end) return { ok: false, reason: 'malformed' };
    if (KEPT.has(fourcc)) {
      const chunk = bytes.slice(at, Math.min(next, end));
      if (fourcc === 'VP8X') chunk[8] = chunk[8]! & ~(EXIF_FLAG | XMP_FLAG);
      kept.push(chunk);
    } else removed.push(fourcc.trim());
    at = next;
  }
  const body = concatBytes(kept);
  const size = 4 + body.length;
  const header = Uint8Array.of(
    ...ascii('RIFF'),
    size & 0xff,
    (size >>> 8) & 0xff,
    (size >>> 16) & 0xff,
    size >>> 24,
    ...ascii('WEBP'),
  );
  return { ok: true, bytes: concatBytes([header, body]), removed };
}
