import jpegJs from 'jpeg-js';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import { describe, expect, it } from 'vitest';
import { docx, heic, jpeg, png, webp } from '../file-fixtures.test-support.js';
import { sampleOfBytes } from '../file-sample.js';
import { sniffFileType } from '../sniff-file-type.js';
import { asciiAt, crc32, u16be } from './byte-tools.js';
import { orientationOf } from './exif-orientation.js';
import {
  AUTHOR,
  jpegWithMetadata,
  pdfWithMetadata,
  pngWithMetadata,
  VP8L,
  webpWithMetadata,
} from './metadata-samples.test-support.js';
import { stripMetadata, type StripOutcome } from './strip-metadata.js';

const text = (bytes: Uint8Array) => new TextDecoder('latin1').decode(bytes);

function clean(outcome: StripOutcome): { bytes: Uint8Array; removed: string[] } {
  if (!outcome.ok) throw new Error(`not stripped: ${outcome.reason}`);
  return outcome;
}

/** JPEG segments before the scan: marker and the first bytes of the payload. */
function jpegSegments(bytes: Uint8Array) {
  const segments: { marker: number; payload: Uint8Array }[] = [];
  let at = 2;
  while (at < bytes.length && bytes[at + 1] !== 0xda) {
    const length = u16be(bytes, at + 2);
    segments.push({ marker: bytes[at + 1]!, payload: bytes.subarray(at + 4, at + 2 + length) });
    at += 2 + length;
  }
  return segments;
}

/** PNG chunk types, checking each CRC. */
function pngChunks(bytes: Uint8Array) {
  const chunks: { type: string; data: Uint8Array }[] = [];
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  for (let at = 8; at < bytes.length;) {
    const length = view.getUint32(at);
    expect(crc32(bytes.subarray(at + 4, at + 8 + length))).toBe(view.getUint32(at + 8 + length));
    chunks.push({ type: asciiAt(bytes, at + 4, 4), data: bytes.subarray(at + 8, at + 8 + length) });
    at += 12 + length;
  }
  return chunks;
}

describe('stripping a JPEG', () => {
  it('drops EXIF with GPS, XMP, IPTC, comments, MPF and the trailer; the image is the same', async () => {
    const original = jpegWithMetadata();
    expect(text(original)).toContain(AUTHOR);
    const { bytes, removed } = clean(await stripMetadata(original, 'jpeg'));
    expect(text(bytes)).not.toContain(AUTHOR);
    expect(text(bytes)).not.toContain('SpilnoCam');
    expect(text(bytes)).not.toContain('xmpmeta');
    expect(removed).toEqual([
      'APP1 Exif',
      'APP1 XMP',
      'APP13 IPTC/Photoshop',
      'COM',
      'APP2 MPF',
      'data after the end of the image',
    ]);
    const before = jpegJs.decode(original, { useTArray: true });
    const after = jpegJs.decode(bytes, { useTArray: true });
    expect([after.width, after.height]).toEqual([16, 8]);
    expect(after.data).toEqual(before.data);
    expect(bytes.subarray(-2)).toEqual(Uint8Array.of(0xff, 0xd9));
    expect(sniffFileType(sampleOfBytes(bytes))).toEqual({ ok: true, type: 'jpeg' });
  });

  it('keeps the JFIF header, the ICC profile and the orientation alone in a fresh EXIF', async () => {
    const { bytes } = clean(await stripMetadata(jpegWithMetadata(6), 'jpeg'));
    const segments = jpegSegments(bytes).filter((s) => s.marker >= 0xe0 && s.marker <= 0xef);
    expect(segments.map((s) => [s.marker, asciiAt(s.payload, 0, 4)])).toEqual([
      [0xe0, 'JFIF'],
      [0xe1, 'Exif'],
      [0xe2, 'ICC_'],
    ]);
    const exif = segments[1]!.payload;
    expect(exif.length).toBe(6 + 26);
    expect(orientationOf(exif.subarray(6))).toBe(6);
  });

  it('writes no EXIF at all for an upright photo', async () => {
    const { bytes } = clean(await stripMetadata(jpegWithMetadata(1), 'jpeg'));
    expect(jpegSegments(bytes).map((s) => s.marker)).not.toContain(0xe1);
  });

  it('leaves a JPEG without metadata as it was', async () => {
    const plain = new Uint8Array(
      jpegJs.encode({ width: 4, height: 4, data: new Uint8Array(64) }, 80).data,
    );
    const { bytes, removed } = clean(await stripMetadata(plain, 'jpeg'));
    expect(bytes).toEqual(plain);
    expect(removed).toEqual([]);
  });

  it('refuses bytes that are not a whole JPEG', async () => {
    expect(await stripMetadata(jpegWithMetadata().subarray(0, 40), 'jpeg')).toEqual({
      ok: false,
      reason: 'malformed',
    });
    expect(await stripMetadata(png(), 'jpeg')).toEqual({ ok: false, reason: 'malformed' });
    expect((await stripMetadata(jpeg(), 'jpeg')).ok).toBe(true);
  });
});

describe('stripping a PNG', () => {
  it('drops text, XMP, eXIf, tIME and private chunks; CRCs hold and the pixels are the same', async () => {
    const original = pngWithMetadata();
    const { bytes, removed } = clean(await stripMetadata(original, 'png'));
    expect(removed).toEqual(['tEXt', 'zTXt', 'iTXt', 'eXIf', 'tIME', 'prVt', 'tEXt']);
    expect(text(bytes)).not.toContain(AUTHOR);
    const decoded = PNG.sync.read(Buffer.from(bytes), { checkCRC: true });
    expect([decoded.width, decoded.height]).toEqual([8, 4]);
    expect(decoded.data).toEqual(PNG.sync.read(Buffer.from(original)).data);
    expect(pngChunks(bytes).map((c) => c.type)).toEqual(['IHDR', 'eXIf', 'IDAT', 'IEND']);
  });

  it('keeps the orientation alone in a fresh eXIf chunk, and none when upright', async () => {
    const turned = clean(await stripMetadata(pngWithMetadata(3), 'png'));
    const exif = pngChunks(turned.bytes).find((c) => c.type === 'eXIf')!;
    expect(exif.data.length).toBe(26);
    expect(orientationOf(exif.data)).toBe(3);
    const upright = clean(await stripMetadata(pngWithMetadata(1), 'png'));
    expect(pngChunks(upright.bytes).map((c) => c.type)).toEqual(['IHDR', 'IDAT', 'IEND']);
  });

  it('refuses a PNG with a broken chunk or cut short', async () => {
    const broken = pngWithMetadata().slice();
    broken[8 + 8 + 3] = broken[8 + 8 + 3]! ^ 0xff; // a byte of IHDR, so its CRC no longer matches
    expect(await stripMetadata(broken, 'png')).toEqual({ ok: false, reason: 'malformed' });
    expect(await stripMetadata(png().subarray(0, 40), 'png')).toEqual({
      ok: false,
      reason: 'malformed',
    });
  });
});

describe('stripping a WebP', () => {
  it('drops the EXIF and XMP chunks, clears their flags and rewrites the RIFF size', async () => {
    const { bytes, removed } = clean(await stripMetadata(webpWithMetadata(), 'webp'));
    expect(removed).toEqual(['EXIF', 'XMP']);
    expect(text(bytes)).not.toContain(AUTHOR);
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    expect(view.getUint32(4, true)).toBe(bytes.length - 8);
    const chunks: string[] = [];
    for (
      let at = 12;
      at < bytes.length;
      at += 8 + view.getUint32(at + 4, true) + (view.getUint32(at + 4, true) % 2)
    )
      chunks.push(asciiAt(bytes, at, 4));
    expect(chunks).toEqual(['VP8X', 'ICCP', 'VP8L']);
    expect(bytes[20]).toBe(0x20); // only the ICC flag is left
    const vp8l = bytes.indexOf(0x2f, 12 + 18 + 16 + 8);
    expect(bytes.subarray(vp8l, vp8l + VP8L.length)).toEqual(VP8L);
    expect(sniffFileType(sampleOfBytes(bytes))).toEqual({ ok: true, type: 'webp' });
  });

  it('leaves a simple WebP as it was', async () => {
    const { bytes } = clean(await stripMetadata(webp(), 'webp'));
    expect(bytes).toEqual(webp());
  });
});

describe('stripping a PDF', () => {
  it('removes the document information and every XMP stream; the pages are all there', async () => {
    const original = await pdfWithMetadata();
    expect(text(original)).toContain(AUTHOR);
    const { bytes, removed } = clean(await stripMetadata(original, 'pdf'));
    expect(removed.sort()).toEqual(['Info', 'Metadata', 'Metadata', 'PieceInfo']);
    expect(text(bytes)).not.toContain(AUTHOR);
    expect(text(bytes)).not.toContain('xmpmeta');
    expect(text(bytes)).not.toContain('Producer');
    const document = await PDFDocument.load(bytes, { updateMetadata: false });
    expect(document.getPageCount()).toBe(2);
    expect(document.getAuthor()).toBeUndefined();
    expect(document.getTitle()).toBeUndefined();
    expect(document.getProducer()).toBeUndefined();
    expect(document.getCreator()).toBeUndefined();
    expect(document.getKeywords()).toBeUndefined();
    expect(document.catalog.has(PDFName.of('Metadata'))).toBe(false);
    expect(document.getPage(0).node.has(PDFName.of('Metadata'))).toBe(false);
  });

  it('refuses an encrypted PDF and one that is not a PDF', async () => {
    const document = await PDFDocument.create();
    document.addPage();
    document.context.trailerInfo.Encrypt = document.context.obj({ Filter: 'Standard', V: 2 });
    const encrypted = await document.save({ useObjectStreams: false });
    expect(await stripMetadata(encrypted, 'pdf')).toEqual({ ok: false, reason: 'encrypted' });
    expect(await stripMetadata(jpeg(), 'pdf')).toEqual({ ok: false, reason: 'malformed' });
  });
});

describe('other types', () => {
  it('are refused as unsupported: they go public only converted to PDF', async () => {
    expect(await stripMetadata(heic(), 'heic')).toEqual({ ok: false, reason: 'unsupported' });
    expect(await stripMetadata(await docx(), 'docx')).toEqual({ ok: false, reason: 'unsupported' });
  });
});
