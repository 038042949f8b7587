import { inspectCompoundFile, isCompoundFile } from './compound-file.js';
import { ascii, isComplete, startsWith, u32be, u32le, type FileSample } from './file-sample.js';
import type { FileTypeId } from './file-types.js';
import { isZip, listZipEntries } from './zip-entries.js';

/**
 * What a file really is, from its bytes alone: its name and the type the browser declared
 * are what someone says it is, and either can lie. Anything that is not positively one of
 * the allowed types is refused, and executables, archives and documents with macros are
 * named as such so that the person is told why.
 */
export type SniffRefusal =
  'empty' | 'executable' | 'archive' | 'macros' | 'markup' | 'unrecognised';

export type SniffResult =
  | { ok: true; type: FileTypeId }
  | { ok: false; refusal: SniffRefusal; /** What was seen, for logs. */ detail: string };

const accepted = (type: FileTypeId): SniffResult => ({ ok: true, type });
const refused = (refusal: SniffRefusal, detail: string): SniffResult => ({
  ok: false,
  refusal,
  detail,
});

const PDF = ascii('%PDF-');
const RTF = ascii('{\\rtf');
const PNG = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];
const JPEG = [0xff, 0xd8, 0xff];
const RIFF = ascii('RIFF');
const WEBP = ascii('WEBP');
const FTYP = ascii('ftyp');

const ODT_MIMETYPE = 'application/vnd.oasis.opendocument.text';
/** HEIF brands of HEVC-coded images: what phones write. */
const HEIC_BRANDS = new Set(['heic', 'heix', 'hevc', 'hevx', 'heim', 'heis']);
/** Generic HEIF brands; they are HEIC unless the file says it is AVIF (not allowed). */
const HEIF_BRANDS = new Set(['mif1', 'msf1', 'mif2']);
const AVIF_BRANDS = new Set(['avif', 'avis', 'avio']);

const EXECUTABLES: { signature: number[]; what: string }[] = [
  { signature: [0x7f, 0x45, 0x4c, 0x46], what: 'ELF executable' },
  { signature: [0xfe, 0xed, 0xfa, 0xce], what: 'Mach-O executable' },
  { signature: [0xfe, 0xed, 0xfa, 0xcf], what: 'Mach-O executable' },
  { signature: [0xce, 0xfa, 0xed, 0xfe], what: 'Mach-O executable' },
  { signature: [0xcf, 0xfa, 0xed, 0xfe], what: 'Mach-O executable' },
  { signature: [0xca, 0xfe, 0xba, 0xbe], what: 'Mach-O universal binary or Java class' },
  { signature: [0x00, 0x61, 0x73, 0x6d], what: 'WebAssembly module' },
  { signature: ascii('#!'), what: 'script with a shebang line' },
];

const ARCHIVES: { signature: number[]; at?: number; what: string }[] = [
  { signature: [0x52, 0x61, 0x72, 0x21, 0x1a, 0x07], what: 'RAR archive' },
  { signature: [0x37, 0x7a, 0xbc, 0xaf, 0x27, 0x1c], what: '7-Zip archive' },
  { signature: [0x1f, 0x8b], what: 'gzip archive' },
  { signature: ascii('BZh'), what: 'bzip2 archive' },
  { signature: [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00], what: 'xz archive' },
  { signature: [0x28, 0xb5, 0x2f, 0xfd], what: 'zstd archive' },
  { signature: ascii('MSCF'), what: 'cabinet archive' },
  { signature: ascii('ustar'), at: 257, what: 'tar archive' },
  { signature: [0x50, 0x4b, 0x07, 0x08], what: 'spanned ZIP archive' },
];

export function sniffFileType(sample: FileSample): SniffResult {
  const head = sample.head;
  if (sample.size === 0) return refused('empty', 'no bytes');

  if (isWindowsExecutable(head)) return refused('executable', 'Windows/DOS executable (MZ)');
  const executable = EXECUTABLES.find((e) => startsWith(head, e.signature));
  if (executable) return refused('executable', executable.what);

  if (startsWith(head, PDF)) return accepted('pdf');
  if (startsWith(head, RTF)) return accepted('rtf');
  if (startsWith(head, PNG)) return accepted('png');
  if (startsWith(head, JPEG)) return accepted('jpeg');
  if (startsWith(head, RIFF) && startsWith(head, WEBP, 8)) return accepted('webp');
  if (startsWith(head, FTYP, 4)) return sniffIsoMedia(head);
  if (isCompoundFile(head)) return sniffCompoundFile(sample);
  if (isZip(head)) return sniffZip(sample);

  const archive = ARCHIVES.find((a) => startsWith(head, a.signature, a.at ?? 0));
  if (archive) return refused('archive', archive.what);

  return sniffText(sample);
}

/**
 * `MZ` starts every DOS and Windows program (and DLL). Two letters could also start a text,
 * so a real header is required too: its pointer to a `PE` header, or the zeros of a DOS
 * header, which no text has.
 */
function isWindowsExecutable(head: Uint8Array): boolean {
  if (!startsWith(head, ascii('MZ'))) return false;
  const peOffset = head.length >= 64 ? u32le(head, 60) : -1;
  if (peOffset > 0 && startsWith(head, [0x50, 0x45, 0x00, 0x00], peOffset)) return true;
  return head.subarray(0, 64).includes(0);
}

/** ISO base media files (`ftyp` box): HEIC photos, but also video and AVIF, which are not allowed. */
function sniffIsoMedia(head: Uint8Array): SniffResult {
  const boxSize = u32be(head, 0);
  const brandAt = (at: number) => String.fromCharCode(...head.subarray(at, at + 4));
  const major = brandAt(8);
  const compatible: string[] = [];
  for (let at = 16; at + 4 <= Math.min(boxSize, head.length); at += 4) compatible.push(brandAt(at));
  if (HEIC_BRANDS.has(major)) return accepted('heic');
  if (HEIF_BRANDS.has(major) && !compatible.some((brand) => AVIF_BRANDS.has(brand))) {
    return accepted('heic');
  }
  return refused('unrecognised', `ISO media file, brand ${JSON.stringify(major)}`);
}

function sniffCompoundFile(sample: FileSample): SniffResult {
  const facts = inspectCompoundFile(sample);
  if (!facts.wordDocument) {
    return refused('unrecognised', 'OLE2 compound file that is not a Word document');
  }
  if (facts.macros) return refused('macros', 'Word 97–2003 document with macros');
  return accepted('doc');
}

function sniffZip(sample: FileSample): SniffResult {
  const listing = listZipEntries(sample);
  const first = listing.first;
  if (first?.name === 'mimetype' && first.stored && first.data) {
    const mimetype = new TextDecoder().decode(first.data).trim();
    if (mimetype === ODT_MIMETYPE) return accepted('odt');
    return refused('archive', `OpenDocument file of type ${mimetype}`);
  }
  // Part names of Office Open XML files are case-insensitive.
  const names = listing.names.map((name) => name.toLowerCase());
  if (names.includes('[content_types].xml') && names.some((name) => name.startsWith('word/'))) {
    if (names.some((name) => name.startsWith('word/') && name.endsWith('vbaproject.bin'))) {
      return refused('macros', 'Word document with macros (DOCM)');
    }
    return accepted('docx');
  }
  return refused('archive', `ZIP archive of ${listing.names.length} entries`);
}

/**
 * Plain text: valid UTF-8 with no NUL byte. Web pages and SVG drawings are text too, but
 * they are not what a text attachment is for, and a browser would run their scripts.
 */
function sniffText(sample: FileSample): SniffResult {
  const complete = isComplete(sample);
  const decoder = new TextDecoder('utf-8', { fatal: true });
  let start: string;
  try {
    if (sample.head.includes(0)) return refused('unrecognised', 'binary data');
    start = decoder.decode(sample.head, { stream: !complete });
    if (!complete) {
      if (sample.tail.includes(0)) return refused('unrecognised', 'binary data');
      // The tail may begin inside a character: skip its continuation bytes.
      let from = 0;
      while (from < 3 && ((sample.tail[from] ?? 0) & 0xc0) === 0x80) from++;
      new TextDecoder('utf-8', { fatal: true }).decode(sample.tail.subarray(from));
    }
  } catch {
    return refused('unrecognised', 'neither a known format nor UTF-8 text');
  }
  if (looksLikeMarkup(start)) return refused('markup', 'HTML, SVG or XML markup');
  return accepted('txt');
}

/**
 * How a browser's content sniffing (WHATWG MIME Sniffing, "text/html" and "text/xml") would
 * recognise markup: after any byte-order marks and whitespace, a doctype of any kind, a
 * comment, an XML declaration, or one of the tags that open a page or a drawing. A comment
 * counts as markup itself, so `<!-- … --><html>` is refused too.
 */
const MARKUP_START =
  /^<(?:!doctype\b|!--|\?xml\b|(?:html|head|body|script|iframe|svg|math|xml|style|title|h1|div|font|table|a|b|br|p|object|embed|img|meta|link|base|form)(?=[\s/>]))/i;

export function looksLikeMarkup(text: string): boolean {
  return MARKUP_START.test(text.replace(/^[\s\uFEFF]+/, ''));
}
