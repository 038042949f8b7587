import { ascii, startsWith } from '../file-sample.js';
import { asciiAt, concatBytes, u16be } from './byte-tools.js';
import { orientationOf, orientationOnlyTiff } from './exif-orientation.js';
import type { StripOutcome } from './strip-outcome.js';

/**
 * A JPEG without its metadata, byte for byte otherwise (no re-encoding, so no quality lost):
 * the segments are walked and the compressed image data copied as it is. Kept: the JFIF
 * header, the ICC colour profile (APP2 ICC_PROFILE), Adobe's APP14 (needed to decode CMYK),
 * and every segment that makes the image (tables, frame, scans). Dropped: EXIF and XMP (APP1),
 * IPTC and Photoshop resources (APP13), comments, thumbnails (JFXX, MPF), every other APPn,
 * and whatever follows the end of the image (the extra images of MPF). The orientation is kept
 * in a fresh EXIF block with nothing else in it (exif-orientation.ts).
 */
const EXIF = ascii('Exif\0\0');
const JFIF = ascii('JFIF\0');
const ICC = ascii('ICC_PROFILE\0');
const ADOBE = ascii('Adobe');

function describe(marker: number, payload: Uint8Array): string {
  if (marker === 0xfe) return 'COM';
  if (marker === 0xe1 && startsWith(payload, EXIF)) return 'APP1 Exif';
  if (marker === 0xe1 && asciiAt(payload, 0, 28).startsWith('http://ns.adobe.com/xap/1.0/'))
    return 'APP1 XMP';
  if (marker === 0xed) return 'APP13 IPTC/Photoshop';
  return `APP${marker - 0xe0} ${asciiAt(payload, 0, 12).replace(/[^\x20-\x7e].*$/s, '')}`.trim();
}

function keeps(marker: number, payload: Uint8Array): boolean {
  if (marker === 0xe0) return startsWith(payload, JFIF);
  if (marker === 0xe2) return startsWith(payload, ICC);
  if (marker === 0xee) return startsWith(payload, ADOBE);
  return !(marker >= 0xe0 && marker <= 0xef) && marker !== 0xfe;
}

export function stripJpeg(bytes: Uint8Array): StripOutcome {
  if (!(bytes[0] === 0xff && bytes[1] === 0xd8)) return { ok: false, reason: 'malformed' };
  const kept: Uint8Array[] = [bytes.subarray(0, 2)];
  const removed: string[] = [];
  let orientation: number | null = null;
  let insertExifAt = 1;
  let at = 2;
  while (at < bytes.length) {
    if (bytes[at] !== 0xff) return { ok: false, reason: 'malformed' };
    while (bytes[at + 1] === 0xff) at++; // fill bytes
    const marker = bytes[at + 1];
    if (marker === undefined) return { ok: false, reason: 'malformed' };
    if (marker === 0xd9) {
      kept.push(Uint8Array.of(0xff, 0xd9));
      if (at + 2 < bytes.length) removed.push('data after the end of the image');
      break;
    }
    if ((marker >= 0xd0 && marker <= 0xd7) || marker === 0x01) {
      kept.push(bytes.subarray(at, at + 2));
      at += 2;
      continue;
    }
    const length = u16be(bytes, at + 2);
    const end = at + 2 + length;
    if (length < 2 || end > bytes.length) return { ok: false, reason: 'malformed' };
    const payload = bytes.subarray(at + 4, end);
    if (marker === 0xe1 && startsWith(payload, EXIF))
      orientation ??= orientationOf(payload.subarray(6));
    if (keeps(marker, payload)) {
      kept.push(bytes.subarray(at, end));
      if (marker === 0xe0 && kept.length === 2) insertExifAt = 2;
    } else removed.push(describe(marker, payload));
    at = end;
    if (marker === 0xda) {
      // Entropy-coded data runs to the next marker that is neither stuffing (FF00) nor a restart.
      let scan = at;
      while (scan + 1 < bytes.length) {
        const next = bytes[scan + 1]!;
        if (bytes[scan] === 0xff && next !== 0x00 && !(next >= 0xd0 && next <= 0xd7)) break;
        scan++;
      }
      kept.push(bytes.subarray(at, scan));
      at = scan;
    }
  }
  if (orientation !== null && orientation !== 1) {
    const tiff = orientationOnlyTiff(orientation);
    const segmentLength = 2 + EXIF.length + tiff.length;
    kept.splice(
      insertExifAt,
      0,
      concatBytes([
        Uint8Array.of(0xff, 0xe1, segmentLength >> 8, segmentLength & 0xff),
        Uint8Array.from(EXIF),
        tiff,
      ]),
    );
  }
  return { ok: true, bytes: concatBytes(kept), removed };
}
