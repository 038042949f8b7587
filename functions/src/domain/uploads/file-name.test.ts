import { describe, expect, it } from 'vitest';
import { FALLBACK_BASE_NAME, MAX_BASE_NAME_CHARACTERS, normaliseFileName } from './file-name.js';
import { FILE_TYPES } from './file-types.js';

const { pdf, png, jpeg, docx, txt } = FILE_TYPES;

describe('normaliseFileName', () => {
  it('keeps a Ukrainian name as it is', () => {
    expect(normaliseFileName('Скарга до поліції №12 (копія).pdf', pdf)).toBe(
      'Скарга до поліції №12 (копія).pdf',
    );
    expect(
      normaliseFileName('Протокол від 12.03.2026 — свідчення Ґалаґана, Їжакевич’ї.docx', docx),
    ).toBe('Протокол від 12.03.2026 — свідчення Ґалаґана, Їжакевич’ї.docx');
  });

  it.each([
    ['../../etc/passwd', 'passwd.pdf'],
    ['..\\..\\x', 'x.pdf'],
    ['C:\\Users\\Марія\\Documents\\скарга.pdf', 'скарга.pdf'],
    ['/var/tmp/./../evidence.pdf', 'evidence.pdf'],
    ['reports/other-report/abc', 'abc.pdf'],
    ['..', `${FALLBACK_BASE_NAME}.pdf`],
    ['../', `${FALLBACK_BASE_NAME}.pdf`],
    ['....pdf', `${FALLBACK_BASE_NAME}.pdf`],
    ['.htaccess', 'htaccess.pdf'],
    ['', `${FALLBACK_BASE_NAME}.pdf`],
  ])('takes folders and traversal out of %j', (original, expected) => {
    expect(normaliseFileName(original, pdf)).toBe(expected);
  });

  it('removes control and invisible characters, including the right-to-left override', () => {
    expect(normaliseFileName('invoice\u202Efdp.exe', pdf)).toBe('invoicefdp.pdf');
    expect(normaliseFileName('звіт\u0000\u0007\u001b[31m\u200b.pdf', pdf)).toBe('звіт[31m.pdf');
    expect(normaliseFileName('рядок\nперший\r\tдругий.pdf', pdf)).toBe('рядок перший другий.pdf');
  });

  it('replaces characters Windows forbids, and lookalike slashes', () => {
    expect(normaliseFileName('a<b>c:d"e|f?g*h.pdf', pdf)).toBe('a_b_c_d_e_f_g_h.pdf');
    expect(normaliseFileName('..∕..∕etc∕passwd', pdf)).toBe('_.._etc_passwd.pdf');
  });

  it('renames Windows device names', () => {
    expect(normaliseFileName('CON.pdf', pdf)).toBe('_CON.pdf');
    expect(normaliseFileName('lpt1.report.pdf', pdf)).toBe('_lpt1.report.pdf');
    expect(normaliseFileName('console.pdf', pdf)).toBe('console.pdf');
  });

  it('gives the extension of the real type, keeping the person’s own spelling of it', () => {
    expect(normaliseFileName('scan.jpg', png)).toBe('scan.png');
    expect(normaliseFileName('фото.JPEG', jpeg)).toBe('фото.jpeg');
    expect(normaliseFileName('фото.jpg', jpeg)).toBe('фото.jpg');
    expect(normaliseFileName('report.pdf.exe', pdf)).toBe('report.pdf');
    expect(normaliseFileName('photo.png.jpg', jpeg)).toBe('photo.jpg');
    expect(normaliseFileName('notes', txt)).toBe('notes.txt');
    expect(normaliseFileName('page.html', txt)).toBe('page.txt');
    expect(normaliseFileName('Протокол від 12.03.2026', pdf)).toBe('Протокол від 12.03.2026.pdf');
  });

  it('limits the length without cutting a letter or the extension', () => {
    const long = `${'Ї'.repeat(300)}.pdf`;
    const name = normaliseFileName(long, pdf);
    expect(name.endsWith('.pdf')).toBe(true);
    expect([...name.slice(0, -4)].length).toBeLessThanOrEqual(MAX_BASE_NAME_CHARACTERS);
    expect(new TextEncoder().encode(name).length).toBeLessThanOrEqual(204);
    const emoji = normaliseFileName(`${'😀'.repeat(100)}.png`, png);
    expect(emoji).toMatch(/^(😀)+\.png$/u);
  });

  it('composes decomposed letters (a Mac’s й as и + breve) into one', () => {
    expect(normaliseFileName('Київ.pdf'.normalize('NFD'), pdf)).toBe('Київ.pdf');
  });
});
