import { describe, expect, it } from 'vitest';
import { BOM, csvFileName, csvSeparator, toCsv } from './csv.js';

describe('CSV for Excel', () => {
  it('starts with a byte order mark, ends lines with CRLF and keeps Ukrainian letters', () => {
    const text = toCsv(
      [
        ['Область', 'Відкриті'],
        ['м. Київ', 3],
      ],
      ';',
    );
    expect(text.startsWith(BOM)).toBe(true);
    expect(text).toBe(`${BOM}Область;Відкриті\r\nм. Київ;3\r\n`);
    expect(new TextEncoder().encode(text).slice(0, 3)).toEqual(new Uint8Array([0xef, 0xbb, 0xbf]));
  });

  it('quotes a field that holds the separator, a quote or a line break', () => {
    expect(toCsv([['4,5', 'ГО «Право; захист»', 'a "b"', 'два\nрядки']], ';')).toBe(
      `${BOM}4,5;"ГО «Право; захист»";"a ""b""";"два\nрядки"\r\n`,
    );
    expect(toCsv([['4,5', 'x']], ',')).toBe(`${BOM}"4,5",x\r\n`);
  });

  it('uses the separator Excel expects for the language, and an ASCII file name', () => {
    expect(csvSeparator('uk')).toBe(';');
    expect(csvSeparator('en')).toBe(',');
    expect(csvFileName('dashboard', '2026-12-03')).toBe('spilno-dashboard-2026-12-03.csv');
  });
});
