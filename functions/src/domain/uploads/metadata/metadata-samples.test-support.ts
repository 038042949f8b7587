import jpegJs from 'jpeg-js';
import { PDFDocument, PDFName } from 'pdf-lib';
import { PNG } from 'pngjs';
import { concatBytes } from './byte-tools.js';
import { pngChunk } from './strip-png.js';

/**
 * Files carrying every kind of metadata the strippers must remove, built in the tests: EXIF
 * with a camera, an author and GPS coordinates, XMP, IPTC, comments, PNG text chunks, WebP
 * EXIF/XMP chunks, PDF document information and XMP streams.
 */
const encoder = new TextEncoder();
export const AUTHOR = 'Olena Koval';
export const XMP = `<x:xmpmeta xmlns:x="adobe:ns:meta/"><rdf:RDF><dc:creator>${AUTHOR}</dc:creator></rdf:RDF></x:xmpmeta>`;

interface TiffEntry {
  tag: number;
  type: 2 | 3 | 4 | 5;
  value: Uint8Array;
  count: number;
}
const ascii = (tag: number, text: string): TiffEntry => {
  const value = encoder.encode(`${text}\0`);
  return { tag, type: 2, value, count: value.length };
};
const short = (tag: number, n: number): TiffEntry => ({
  tag,
  type: 3,
  value: Uint8Array.of(n >> 8, n & 0xff),
  count: 1,
});
const long = (tag: number, n: number): TiffEntry => ({
  tag,
  type: 4,
  value: Uint8Array.of(n >>> 24, (n >>> 16) & 0xff, (n >>> 8) & 0xff, n & 0xff),
  count: 1,
});
const rationals = (tag: number, ...values: number[]): TiffEntry => ({
  tag,
  type: 5,
  value: concatBytes(values.map((v) => Uint8Array.of(0, 0, 0, v, 0, 0, 0, 1))),
  count: values.length,
});

/** Writes one IFD at `offset` (big-endian), its long values after it. */
function ifd(entries: TiffEntry[], offset: number): Uint8Array {
  const table = 2 + entries.length * 12 + 4;
  const out = new Uint8Array(
    table + entries.reduce((s, e) => s + (e.value.length > 4 ? e.value.length + 1 : 0), 0),
  );
  const view = new DataView(out.buffer);
  view.setUint16(0, entries.length);
  let data = table;
  entries.forEach((entry, i) => {
    const at = 2 + i * 12;
    view.setUint16(at, entry.tag);
    view.setUint16(at + 2, entry.type);
    view.setUint32(at + 4, entry.count);
    if (entry.value.length <= 4) out.set(entry.value, at + 8);
    else {
      view.setUint32(at + 8, offset + data);
      out.set(entry.value, data);
      data += entry.value.length + (entry.value.length % 2);
    }
  });
  return out.subarray(0, data);
}

/** A TIFF/EXIF structure: a camera, an author, the orientation and a GPS position. */
export function exifTiff(orientation: number): Uint8Array {
  const gps = [
    ascii(0x0001, 'N'),
    rationals(0x0002, 50, 27, 1),
    ascii(0x0003, 'E'),
    rationals(0x0004, 30, 31, 2),
  ];
  const ifd0Entries = (gpsOffset: number) => [
    ascii(0x010f, 'SpilnoCam'),
    short(0x0112, orientation),
    ascii(0x013b, AUTHOR),
    long(0x8825, gpsOffset),
  ];
  const first = ifd(ifd0Entries(0), 8);
  const gpsOffset = 8 + first.length + (first.length % 2);
  const ifd0 = ifd(ifd0Entries(gpsOffset), 8);
  const header = Uint8Array.of(0x4d, 0x4d, 0, 0x2a, 0, 0, 0, 8);
  const pad = new Uint8Array(gpsOffset - 8 - ifd0.length);
  return concatBytes([header, ifd0, pad, ifd(gps, gpsOffset)]);
}

const segment = (marker: number, payload: Uint8Array) =>
  concatBytes([
    Uint8Array.of(0xff, marker, (payload.length + 2) >> 8, (payload.length + 2) & 0xff),
    payload,
  ]);

/** A 16×8 gradient, so the entropy-coded data holds stuffed FF bytes and real content. */
export function pixels(width = 16, height = 8) {
  const data = new Uint8Array(width * height * 4);
  for (let i = 0; i < width * height; i++)
    data.set([(i * 37) % 256, (i * 11) % 256, 255 - ((i * 5) % 256), 255], i * 4);
  return { width, height, data };
}

/** A real JPEG (jpeg-js) with EXIF + GPS, XMP, IPTC, a comment, an ICC profile, MPF and a trailer. */
export function jpegWithMetadata(orientation = 6): Uint8Array {
  const plain = new Uint8Array(jpegJs.encode(pixels(), 90).data);
  const afterSoi = plain[2] === 0xff && plain[3] === 0xe0 ? 4 + ((plain[4]! << 8) | plain[5]!) : 2;
  const metadata = [
    segment(0xe1, concatBytes([encoder.encode('Exif\0\0'), exifTiff(orientation)])),
    segment(
      0xe1,
      concatBytes([encoder.encode('http://ns.adobe.com/xap/1.0/\0'), encoder.encode(XMP)]),
    ),
    segment(
      0xed,
      concatBytes([
        encoder.encode('Photoshop 3.0\0'),
        encoder.encode(`8BIM\x04\x04 byline ${AUTHOR}`),
      ]),
    ),
    segment(0xfe, encoder.encode(`Taken by ${AUTHOR}`)),
    segment(
      0xe2,
      concatBytes([
        encoder.encode('ICC_PROFILE\0'),
        Uint8Array.of(1, 1),
        encoder.encode('fake-icc-profile'),
      ]),
    ),
    segment(0xe2, concatBytes([encoder.encode('MPF\0'), encoder.encode('MM\0*')])),
  ];
  return concatBytes([
    plain.subarray(0, afterSoi),
    ...metadata,
    plain.subarray(afterSoi),
    encoder.encode(`second image by ${AUTHOR}`),
  ]);
}

/** A real PNG (pngjs) with text, compressed text, international text (XMP), eXIf, tIME and a private chunk. */
export function pngWithMetadata(orientation = 3): Uint8Array {
  const png = new PNG({ width: 8, height: 4 });
  png.data = Buffer.from(pixels(8, 4).data);
  const plain = new Uint8Array(PNG.sync.write(png));
  const iend = plain.length - 12;
  const ihdrEnd = 8 + 25;
  return concatBytes([
    plain.subarray(0, ihdrEnd),
    pngChunk('tEXt', encoder.encode(`Author\0${AUTHOR}`)),
    pngChunk(
      'zTXt',
      concatBytes([
        encoder.encode('Comment\0'),
        Uint8Array.of(0),
        Uint8Array.of(0x78, 0x9c, 3, 0, 0, 0, 0, 1),
      ]),
    ),
    pngChunk('iTXt', encoder.encode(`XML:com.adobe.xmp\0\0\0\0\0${XMP}`)),
    pngChunk('eXIf', exifTiff(orientation)),
    pngChunk('tIME', Uint8Array.of(0x07, 0xea, 3, 15, 10, 30, 0)),
    pngChunk('prVt', encoder.encode(AUTHOR)),
    plain.subarray(ihdrEnd, iend),
    pngChunk('tEXt', encoder.encode(`Software\0${AUTHOR}'s editor`)),
    plain.subarray(iend),
  ]);
}

function riffChunk(fourcc: string, data: Uint8Array): Uint8Array {
  const size = data.length;
  return concatBytes([
    encoder.encode(fourcc),
    Uint8Array.of(size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, size >>> 24),
    data,
    size % 2 ? Uint8Array.of(0) : new Uint8Array(0),
  ]);
}

/** The 1×1 lossless bitstream of the upload fixtures' WebP. */
export const VP8L = Uint8Array.of(
  0x2f,
  0,
  0,
  0,
  0x10,
  7,
  0x10,
  0x11,
  0x11,
  0x88,
  0x88,
  0xfe,
  0x07,
  0,
);

/** An extended WebP: VP8X (ICC, EXIF, XMP flags), ICCP, VP8L, EXIF, XMP. */
export function webpWithMetadata(): Uint8Array {
  const vp8x = Uint8Array.of(0x20 | 0x08 | 0x04, 0, 0, 0, 0, 0, 0, 0, 0, 0); // canvas 1×1
  const body = concatBytes([
    riffChunk('VP8X', vp8x),
    riffChunk('ICCP', encoder.encode('fake-icc')),
    riffChunk('VP8L', VP8L),
    riffChunk('EXIF', exifTiff(6)),
    riffChunk('XMP ', encoder.encode(XMP)),
  ]);
  const size = body.length + 4;
  return concatBytes([
    encoder.encode('RIFF'),
    Uint8Array.of(size & 0xff, (size >>> 8) & 0xff, (size >>> 16) & 0xff, size >>> 24),
    encoder.encode('WEBP'),
    body,
  ]);
}

/** A two-page PDF (pdf-lib) with every Info field set and XMP on the catalogue and a page. */
export async function pdfWithMetadata(): Promise<Uint8Array> {
  const document = await PDFDocument.create({ updateMetadata: false });
  document.addPage([200, 200]).drawText('Skarga');
  document.addPage([200, 200]);
  document.setTitle(`Skarga ${AUTHOR}`);
  document.setAuthor(AUTHOR);
  document.setSubject('Pro zatrymannia');
  document.setKeywords(['GPS 50.45 30.52', AUTHOR]);
  document.setCreator('Word for Olena');
  document.setProducer('Producer of Olena');
  document.setCreationDate(new Date('2026-03-15T10:30:00Z'));
  const xmp = document.context.flateStream(XMP, { Type: 'Metadata', Subtype: 'XML' });
  const plainXmp = document.context.stream(XMP, { Type: 'Metadata', Subtype: 'XML' });
  document.catalog.set(PDFName.of('Metadata'), document.context.register(plainXmp));
  document.getPage(0).node.set(PDFName.of('Metadata'), document.context.register(xmp));
  document.getPage(1).node.set(PDFName.of('PieceInfo'), document.context.obj({ Author: AUTHOR }));
  return document.save({ useObjectStreams: false });
}
