import yazl from 'yazl';
import { concatBytes } from './metadata/byte-tools.js';

/**
 * Real bytes of every kind of file the upload checks meet, built in the tests rather than
 * stored as binaries: small but true to their formats' signatures and structures. Shared by
 * the unit tests and the emulator tests of uploads.
 */
const encoder = new TextEncoder();

export function bytes(...parts: (string | number[] | Uint8Array)[]): Uint8Array {
  return concatBytes(
    parts.map((part) => (typeof part === 'string' ? encoder.encode(part) : Uint8Array.from(part))),
  );
}

/** A whole, valid one-page PDF. */
export function pdf(text = 'Скарга'): Uint8Array {
  return bytes(
    '%PDF-1.4\n%\u00e2\u00e3\u00cf\u00d3\n',
    '1 0 obj << /Type /Catalog /Pages 2 0 R >> endobj\n',
    '2 0 obj << /Type /Pages /Kids [3 0 R] /Count 1 >> endobj\n',
    '3 0 obj << /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >> endobj\n',
    `% ${text}\n`,
    'trailer << /Root 1 0 R >>\n%%EOF\n',
  );
}

/** A real 1×1 PNG. */
export function png(): Uint8Array {
  const base64 =
    'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==';
  return Uint8Array.from(atob(base64), (c) => c.charCodeAt(0));
}

export function jpeg(): Uint8Array {
  return bytes(
    [0xff, 0xd8, 0xff, 0xe0, 0x00, 0x10],
    'JFIF',
    [0, 1, 1, 0, 0, 1, 0, 1, 0, 0],
    [0xff, 0xd9],
  );
}

export function webp(): Uint8Array {
  return bytes(
    'RIFF',
    [26, 0, 0, 0],
    'WEBP',
    'VP8L',
    [13, 0, 0, 0],
    [0x2f, 0, 0, 0, 0x10, 7, 0x10, 0x11, 0x11, 0x88, 0x88, 0xfe, 0x07, 0],
  );
}

/** An ISO media `ftyp` box with the given brands, then an empty `meta` box. */
export function isoMedia(major: string, ...compatible: string[]): Uint8Array {
  const size = 16 + compatible.length * 4;
  return bytes(
    [0, 0, 0, size],
    'ftyp',
    major,
    [0, 0, 0, 0],
    compatible.join(''),
    [0, 0, 0, 8],
    'meta',
  );
}

export function heic(): Uint8Array {
  return isoMedia('heic', 'mif1', 'heic');
}

export function rtf(): Uint8Array {
  return bytes(
    '{\\rtf1\\ansi\\ansicpg1251 {\\fonttbl\\f0 Times;}\\f0 \\u1057?\\u1082?\\u1072?\\u1088?\\u1075?\\u1072?}',
  );
}

export function text(): Uint8Array {
  return bytes('Пояснення до скарги.\r\nСвідки: двоє.\tДата: 20.02.2026\n');
}

/** A 512-byte-sector OLE2 compound file whose directory lists the given entries. */
export function compoundFile(entries: { name: string; type: 1 | 2 | 5 }[]): Uint8Array {
  const file = new Uint8Array(512 * 3);
  file.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  file.set([0x3e, 0x00, 0x03, 0x00, 0xfe, 0xff, 0x09, 0x00], 0x18); // version, byte order, 2^9
  const all = [{ name: 'Root Entry', type: 5 as const }, ...entries];
  all.forEach((entry, i) => {
    const at = 512 + i * 128;
    [...entry.name].forEach((c, j) => {
      file[at + j * 2] = c.charCodeAt(0) & 0xff;
      file[at + j * 2 + 1] = c.charCodeAt(0) >> 8;
    });
    const length = (entry.name.length + 1) * 2;
    file[at + 64] = length & 0xff;
    file[at + 65] = length >> 8;
    file[at + 66] = entry.type;
  });
  return file;
}

export function doc(): Uint8Array {
  return compoundFile([
    { name: 'WordDocument', type: 2 },
    { name: '1Table', type: 2 },
    { name: '\u0005SummaryInformation', type: 2 },
  ]);
}

export async function zip(
  entries: { name: string; data: string | Uint8Array; compress?: boolean }[],
): Promise<Uint8Array> {
  const archive = new yazl.ZipFile();
  for (const entry of entries) {
    const data = typeof entry.data === 'string' ? encoder.encode(entry.data) : entry.data;
    archive.addBuffer(Buffer.from(data), entry.name, { compress: entry.compress ?? true });
  }
  archive.end();
  const chunks: Buffer[] = [];
  for await (const chunk of archive.outputStream as AsyncIterable<Buffer>) chunks.push(chunk);
  return new Uint8Array(Buffer.concat(chunks));
}

const CONTENT_TYPES =
  '<?xml version="1.0" encoding="UTF-8"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"/>';

export function docx(
  extra: { name: string; data: string | Uint8Array; compress?: boolean }[] = [],
) {
  return zip([
    { name: '[Content_Types].xml', data: CONTENT_TYPES },
    { name: '_rels/.rels', data: '<Relationships/>' },
    {
      name: 'word/document.xml',
      data: '<w:document><w:body><w:p>Скарга</w:p></w:body></w:document>',
    },
    ...extra,
  ]);
}

export function odt() {
  return zip([
    { name: 'mimetype', data: 'application/vnd.oasis.opendocument.text', compress: false },
    { name: 'content.xml', data: '<office:document-content/>' },
    { name: 'META-INF/manifest.xml', data: '<manifest:manifest/>' },
  ]);
}

/** A Windows program: the DOS header pointing at a PE header. */
export function windowsExecutable(): Uint8Array {
  const file = new Uint8Array(256);
  file.set(encoder.encode('MZ'));
  file[0x3c] = 0x80;
  file.set(encoder.encode('PE\0\0'), 0x80);
  file.set(encoder.encode('This program cannot be run in DOS mode.'), 0x40);
  return file;
}

/** Deterministic bytes that do not compress and are no known format. */
export function noise(length: number, seed = 7): Uint8Array {
  const out = new Uint8Array(length);
  let state = seed;
  for (let i = 0; i < length; i++) {
    state = (state * 1103515245 + 12345) >>> 0;
    out[i] = state >>> 24;
  }
  out[0] = 0x00; // never mistaken for a signature
  return out;
}

/** Hex SHA-256 of bytes, with Web Crypto (available in Node and browsers alike). */
export async function sha256Hex(data: Uint8Array): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new Uint8Array(data));
  return [...new Uint8Array(digest)].map((b) => b.toString(16).padStart(2, '0')).join('');
}
