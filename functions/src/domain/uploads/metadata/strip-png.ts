import { ascii, startsWith, u32be } from '../file-sample.js';
import { asciiAt, concatBytes, crc32, u32beBytes } from './byte-tools.js';
import { orientationOf, orientationOnlyTiff } from './exif-orientation.js';
import type { StripOutcome } from './strip-outcome.js';

/**
 * A PNG without its metadata: chunks are copied as they are (their CRCs stay valid) when they
 * make the image — the critical chunks, transparency, colour (gAMA, cHRM, sRGB, iCCP, sBIT,
 * cICP, mDCv, cLLi), background, pixel size and APNG animation — and every other chunk is
 * dropped: tEXt, zTXt, iTXt (where XMP lives), eXIf, tIME and any private chunk. Each kept
 * chunk's CRC is checked. An eXIf orientation other than upright is kept in a fresh eXIf chunk
 * holding only that tag.
 */
const SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const KEPT = new Set([
  'IHDR',
  'PLTE',
  'IDAT',
  'IEND',
  'tRNS',
  'gAMA',
  'cHRM',
  'sRGB',
  'iCCP',
  'sBIT',
  'cICP',
  'mDCv',
  'cLLi',
  'bKGD',
  'pHYs',
  'acTL',
  'fcTL',
  'fdAT',
]);

export function pngChunk(type: string, data: Uint8Array): Uint8Array {
  const typed = concatBytes([Uint8Array.from(ascii(type)), data]);
  return concatBytes([u32beBytes(data.length), typed, u32beBytes(crc32(typed))]);
}

export function stripPng(bytes: Uint8Array): StripOutcome {
  if (!startsWith(bytes, SIGNATURE)) return { ok: false, reason: 'malformed' };
  const kept: Uint8Array[] = [bytes.subarray(0, 8)];
  const removed: string[] = [];
  let orientation: number | null = null;
  let at = 8;
  let ended = false;
  while (at + 12 <= bytes.length && !ended) {
    const length = u32be(bytes, at);
    const end = at + 12 + length;
    if (end > bytes.length) return { ok: false, reason: 'malformed' };
    const type = asciiAt(bytes, at + 4, 4);
    if (!/^[A-Za-z]{4}$/.test(type)) return { ok: false, reason: 'malformed' };
    const data = bytes.subarray(at + 8, at + 8 + length);
    if (type === 'eXIf') orientation = orientationOf(data);
    if (KEPT.has(type)) {
      if (crc32(bytes.subarray(at + 4, at + 8 + length)) !== u32be(bytes, at + 8 + length))
        return { ok: false, reason: 'malformed' };
      if (type === 'IDAT' && orientation !== null && orientation !== 1) {
        kept.push(pngChunk('eXIf', orientationOnlyTiff(orientation)));
        orientation = null;
      }
      kept.push(bytes.subarray(at, end));
    } else removed.push(type);
    ended = type === 'IEND';
    at = end;
  }
  if (!ended) return { ok: false, reason: 'malformed' };
  if (at < bytes.length) removed.push('data after IEND');
  return { ok: true, bytes: concatBytes(kept), removed };
}
