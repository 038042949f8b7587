import { describe, expect, it } from 'vitest';
import { checkReceivedFile } from '../../functions/src/domain/uploads/check-file.js';
import { sampleOfBytes } from '../../functions/src/domain/uploads/file-sample.js';
import { uploadLimits } from '../../functions/src/domain/uploads/upload-limits.js';
import { onePagePdf, pdfLetter, textFile } from './demo-files.js';

const check = (name: string, bytes: Buffer) =>
  checkReceivedFile({ originalName: name, sample: sampleOfBytes(bytes) }, uploadLimits());

describe('demo files', () => {
  it('makes a PDF whose cross-reference table points at its objects', () => {
    const bytes = onePagePdf(['Submission No. 1234/2026 (draft)', 'To: the Head']);
    const text = bytes.toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(text)?.[1]);
    expect(text.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...text.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)];
    expect(entries).toHaveLength(5);
    entries.forEach(([, offset], index) => {
      expect(text.slice(Number(offset), Number(offset) + 8)).toBe(`${index + 1} 0 obj\n`);
    });
    // Parentheses in the text are escaped, so the content stream stays well formed.
    expect(text).toContain('(Submission No. 1234/2026 \\(draft\\)) Tj');
  });

  it('passes the upload checks as what it is', () => {
    const letter = pdfLetter('Подання.pdf', ['Letter']);
    const pdf = check(letter.name, letter.bytes());
    expect(pdf.ok && pdf.type.contentType).toBe('application/pdf');
    const note = textFile('Пояснення свідка.txt', ['Я бачила, як затримали активіста.']);
    const txt = check(note.name, note.bytes());
    expect(txt.ok && txt.fileName).toBe('Пояснення свідка.txt');
  });
});
