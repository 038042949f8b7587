/**
 * Small, real documents for the demo reports, made on the spot rather than kept as binaries:
 * plain Ukrainian text (evidence as an NGO would type it up) and a one-page PDF letter. The
 * PDF uses a standard font, which has no Cyrillic, so its text is in English.
 */
export interface DemoFile {
  name: string;
  bytes: () => Buffer;
}

export function textFile(name: string, lines: readonly string[]): DemoFile {
  return { name, bytes: () => Buffer.from(`${lines.join('\n')}\n`, 'utf8') };
}

export function pdfLetter(name: string, lines: readonly string[]): DemoFile {
  return { name, bytes: () => onePagePdf(lines) };
}

/** A valid one-page PDF (cross-reference table included) that shows `lines` in Helvetica. */
export function onePagePdf(lines: readonly string[]): Buffer {
  const escape = (line: string) => line.replace(/[\\()]/g, (c) => `\\${c}`);
  const text = lines.map((line) => `(${escape(line)}) Tj T*`).join('\n');
  const content = `BT /F1 12 Tf 16 TL 72 770 Td\n${text}\nET`;
  const objects = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    '<< /Type /Pages /Kids [3 0 R] /Count 1 >>',
    '<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] ' +
      '/Resources << /Font << /F1 4 0 R >> >> /Contents 5 0 R >>',
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Length ${Buffer.byteLength(content, 'latin1')} >>\nstream\n${content}\nendstream`,
  ];
  let body = '%PDF-1.4\n';
  const offsets: number[] = [];
  objects.forEach((object, index) => {
    offsets.push(Buffer.byteLength(body, 'latin1'));
    body += `${index + 1} 0 obj\n${object}\nendobj\n`;
  });
  const xref = Buffer.byteLength(body, 'latin1');
  body += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  body += offsets.map((offset) => `${String(offset).padStart(10, '0')} 00000 n \n`).join('');
  body += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  return Buffer.from(body, 'latin1');
}
