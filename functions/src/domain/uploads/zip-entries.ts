import { bytesAt, isComplete, u16le, u32le, type FileSample } from './file-sample.js';

/**
 * Reads the entry names of a ZIP file, which is all it takes to tell a Word document (DOCX)
 * or an OpenDocument text (ODT) from any other archive. Nothing is decompressed.
 *
 * The central directory at the end of the file lists every entry; when the sample holds it
 * (always for a file held whole, and for most streamed files, whose directory is small), the
 * list is complete. Otherwise the local headers from the start are walked as far as their
 * sizes are known.
 */
export interface ZipListing {
  /** Entry names as written, in the order found. */
  names: string[];
  /** True when the names come from the central directory, so none is missing. */
  complete: boolean;
  /** The first entry of the file, with its bytes when stored uncompressed in the sample. */
  first?: { name: string; stored: boolean; data: Uint8Array | null };
}

const LOCAL_HEADER = 0x04034b50;
const CENTRAL_HEADER = 0x02014b50;
const END_OF_CENTRAL_DIRECTORY = 0x06054b50;
const EOCD_SIZE = 22;
const MAX_COMMENT = 0xffff;
/** Bit 3: sizes follow the data, so a reader from the start cannot skip the entry. */
const FLAG_DATA_DESCRIPTOR = 0x0008;

const utf8 = new TextDecoder('utf-8');

export function isZip(bytes: Uint8Array): boolean {
  return (
    u32le(bytes, 0) === LOCAL_HEADER ||
    // An empty archive is its end record alone.
    u32le(bytes, 0) === END_OF_CENTRAL_DIRECTORY
  );
}

export function listZipEntries(sample: FileSample): ZipListing {
  const first = firstEntry(sample);
  const central = centralDirectoryNames(sample);
  if (central) return { names: central, complete: true, ...(first ? { first } : {}) };
  return { names: localHeaderNames(sample), complete: false, ...(first ? { first } : {}) };
}

function firstEntry(sample: FileSample): ZipListing['first'] {
  const header = bytesAt(sample, 0, 30);
  if (!header || u32le(header, 0) !== LOCAL_HEADER) return undefined;
  const method = u16le(header, 8);
  const compressedSize = u32le(header, 18);
  const nameLength = u16le(header, 26);
  const extraLength = u16le(header, 28);
  const name = bytesAt(sample, 30, nameLength);
  if (!name) return undefined;
  const stored = method === 0;
  const data = stored ? bytesAt(sample, 30 + nameLength + extraLength, compressedSize) : null;
  return { name: utf8.decode(name), stored, data };
}

function endOfCentralDirectory(sample: FileSample): Uint8Array | null {
  const searchLength = Math.min(sample.size, EOCD_SIZE + MAX_COMMENT);
  const end = bytesAt(sample, sample.size - searchLength, searchLength);
  if (!end) return null;
  for (let at = end.length - EOCD_SIZE; at >= 0; at--) {
    if (u32le(end, at) !== END_OF_CENTRAL_DIRECTORY) continue;
    // A comment that runs exactly to the end of the file tells a real record from bytes
    // that merely look like its signature.
    if (at + EOCD_SIZE + u16le(end, at + 20) === end.length) return end.subarray(at);
  }
  return null;
}

function centralDirectoryNames(sample: FileSample): string[] | null {
  const eocd = endOfCentralDirectory(sample);
  if (!eocd) return null;
  const entries = u16le(eocd, 10);
  const size = u32le(eocd, 12);
  const offset = u32le(eocd, 16);
  // ZIP64 keeps the real values elsewhere; fall back to the local headers.
  if (entries === 0xffff || size === 0xffffffff || offset === 0xffffffff) return null;
  const directory = bytesAt(sample, offset, size);
  if (!directory) return null;
  const names: string[] = [];
  let at = 0;
  for (let i = 0; i < entries; i++) {
    if (at + 46 > directory.length || u32le(directory, at) !== CENTRAL_HEADER) return null;
    const nameLength = u16le(directory, at + 28);
    const extraLength = u16le(directory, at + 30);
    const commentLength = u16le(directory, at + 32);
    if (at + 46 + nameLength > directory.length) return null;
    names.push(utf8.decode(directory.subarray(at + 46, at + 46 + nameLength)));
    at += 46 + nameLength + extraLength + commentLength;
  }
  return names;
}

function localHeaderNames(sample: FileSample): string[] {
  const names: string[] = [];
  const limit = isComplete(sample) ? sample.size : sample.head.length;
  let at = 0;
  while (at + 30 <= limit) {
    const header = bytesAt(sample, at, 30);
    if (!header || u32le(header, 0) !== LOCAL_HEADER) break;
    const flags = u16le(header, 6);
    const compressedSize = u32le(header, 18);
    const nameLength = u16le(header, 26);
    const extraLength = u16le(header, 28);
    const name = bytesAt(sample, at + 30, nameLength);
    if (!name) break;
    names.push(utf8.decode(name));
    if (flags & FLAG_DATA_DESCRIPTOR && compressedSize === 0) break;
    at += 30 + nameLength + extraLength + compressedSize;
  }
  return names;
}
