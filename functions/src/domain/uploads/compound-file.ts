import { regionsOf, startsWith, u16le, type FileSample } from './file-sample.js';

/**
 * Word 97–2003 documents (DOC) are OLE2 compound files, like Excel and PowerPoint files and
 * Windows installers (MSI). A Word document is the one whose directory has a `WordDocument`
 * stream; Word keeps macros in a `Macros` storage.
 *
 * Directory entries are 128 bytes long and start on 128-byte boundaries of the file (sectors
 * are at least 512 bytes and the header is one sector), so the sample is scanned at those
 * offsets instead of following the allocation table: exact for a file held whole, and for a
 * streamed one as good as the ends it kept.
 */
export const OLE2_SIGNATURE = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1] as const;

const ENTRY_SIZE = 128;
const STORAGE = 1;
const STREAM = 2;

export interface CompoundFileFacts {
  wordDocument: boolean;
  macros: boolean;
}

export function isCompoundFile(bytes: Uint8Array): boolean {
  return startsWith(bytes, OLE2_SIGNATURE);
}

export function inspectCompoundFile(sample: FileSample): CompoundFileFacts {
  const facts: CompoundFileFacts = { wordDocument: false, macros: false };
  for (const region of regionsOf(sample)) {
    const firstEntry = Math.ceil(region.offset / ENTRY_SIZE) * ENTRY_SIZE - region.offset;
    for (let at = firstEntry; at + ENTRY_SIZE <= region.bytes.length; at += ENTRY_SIZE) {
      if (isEntry(region.bytes, at, 'WordDocument', STREAM)) facts.wordDocument = true;
      if (isEntry(region.bytes, at, 'Macros', STORAGE)) facts.macros = true;
      if (isEntry(region.bytes, at, '_VBA_PROJECT_CUR', STORAGE)) facts.macros = true;
    }
  }
  return facts;
}

/** A directory entry: the name in UTF-16LE with its terminator, its byte length, its type. */
function isEntry(bytes: Uint8Array, at: number, name: string, type: number): boolean {
  if (u16le(bytes, at + 64) !== (name.length + 1) * 2 || bytes[at + 66] !== type) return false;
  for (let i = 0; i < name.length; i++) {
    if (u16le(bytes, at + i * 2) !== name.charCodeAt(i)) return false;
  }
  return u16le(bytes, at + name.length * 2) === 0;
}
