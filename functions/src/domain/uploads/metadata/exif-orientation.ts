import { u32be, u32le, u16le } from '../file-sample.js';
import { u16be } from './byte-tools.js';

/**
 * The one EXIF fact worth keeping: how to turn the image upright. Phones store photos
 * sideways with an Orientation tag; dropping EXIF without re-encoding would show them
 * sideways, so the strippers keep a fresh EXIF block holding the Orientation tag and nothing
 * else (no camera, no time, no GPS).
 */
const ORIENTATION_TAG = 0x0112;

/** The Orientation (1..8) of a TIFF/EXIF structure starting at `tiff`, or null. */
export function orientationOf(tiff: Uint8Array): number | null {
  if (tiff.length < 8) return null;
  const little = tiff[0] === 0x49 && tiff[1] === 0x49;
  const big = tiff[0] === 0x4d && tiff[1] === 0x4d;
  if (!little && !big) return null;
  const u16 = (at: number) => (little ? u16le(tiff, at) : u16be(tiff, at));
  const u32 = (at: number) => (little ? u32le(tiff, at) : u32be(tiff, at));
  const ifd = u32(4);
  if (ifd + 2 > tiff.length) return null;
  const count = u16(ifd);
  for (let i = 0; i < count; i++) {
    const entry = ifd + 2 + i * 12;
    if (entry + 12 > tiff.length) return null;
    if (u16(entry) === ORIENTATION_TAG && u16(entry + 2) === 3) {
      const value = u16(entry + 8);
      return value >= 1 && value <= 8 ? value : null;
    }
  }
  return null;
}

/** A big-endian TIFF structure with IFD0 holding only the Orientation tag. */
export function orientationOnlyTiff(orientation: number): Uint8Array {
  return Uint8Array.of(
    0x4d,
    0x4d,
    0x00,
    0x2a,
    0x00,
    0x00,
    0x00,
    0x08, // "MM", 42, IFD0 at 8
    0x00,
    0x01, // one entry
    0x01,
    0x12,
    0x00,
    0x03,
    0x00,
    0x00,
    0x00,
    0x01, // Orientation, SHORT, count 1
    0x00,
    orientation,
    0x00,
    0x00, // the value, padded
    0x00,
    0x00,
    0x00,
    0x00, // no next IFD
  );
}
