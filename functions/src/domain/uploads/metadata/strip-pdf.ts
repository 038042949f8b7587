import {
  PDFArray,
  PDFDict,
  PDFDocument,
  PDFName,
  PDFRef,
  PDFStream,
  type PDFObject,
} from 'pdf-lib';
import type { StripOutcome } from './strip-outcome.js';

/**
 * A PDF without its metadata, through pdf-lib rather than by hand: the document information
 * dictionary (Title, Author, Subject, Keywords, Creator, Producer, dates) is removed whole —
 * the publication has its own title, and a file's title often names a person — and so is
 * every XMP `/Metadata` stream and application `/PieceInfo`, on the catalogue, the pages and
 * the images. The file is then written anew without incremental updates, and objects nothing
 * refers to any more (an old Info, a detached XMP) are left out, so no earlier revision keeps
 * what was removed. The content, annotations and embedded images are untouched (see
 * docs/PUBLICATION-DOMAIN.md for what this does not clean). Encrypted PDFs are refused.
 */
const DROPPED_KEYS = ['Metadata', 'PieceInfo'].map((key) => PDFName.of(key));

function dictOf(object: PDFObject | undefined): PDFDict | undefined {
  if (object instanceof PDFDict) return object;
  if (object instanceof PDFStream) return object.dict;
  return undefined;
}

/** Every object reachable from the trailer's root, by reference. */
function reachable(document: PDFDocument): Set<PDFRef> {
  const { context } = document;
  const seen = new Set<PDFRef>();
  const visit = (object: PDFObject | undefined) => {
    if (object instanceof PDFRef) {
      if (seen.has(object)) return;
      seen.add(object);
      visit(context.lookup(object));
    } else if (object instanceof PDFArray) {
      for (let i = 0; i < object.size(); i++) visit(object.get(i));
    } else {
      const dict = dictOf(object);
      if (dict) for (const [, value] of dict.entries()) visit(value);
    }
  };
  visit(context.trailerInfo.Root);
  return seen;
}

export async function stripPdf(bytes: Uint8Array): Promise<StripOutcome> {
  let document: PDFDocument;
  try {
    // Loaded even when encrypted, to say so: pdf-lib's own error classes do not survive
    // `instanceof`.
    document = await PDFDocument.load(bytes, { updateMetadata: false, ignoreEncryption: true });
  } catch {
    return { ok: false, reason: 'malformed' };
  }
  if (document.isEncrypted) return { ok: false, reason: 'encrypted' };
  const removed: string[] = [];
  const { context } = document;
  if (context.trailerInfo.Info) {
    removed.push('Info');
    context.trailerInfo.Info = undefined;
  }
  for (const [, object] of context.enumerateIndirectObjects()) {
    const dict = dictOf(object);
    for (const key of DROPPED_KEYS) {
      if (dict?.has(key)) {
        dict.delete(key);
        removed.push(key.decodeText());
      }
    }
  }
  const keep = reachable(document);
  for (const [ref] of context.enumerateIndirectObjects()) if (!keep.has(ref)) context.delete(ref);
  const clean = await document.save({ useObjectStreams: false, updateFieldAppearances: false });
  return { ok: true, bytes: clean, removed };
}
