/**
 * A table as a CSV file that Excel opens with Ukrainian letters intact: UTF-8 with a byte order
 * mark, lines ending CRLF, each field quoted when it holds the separator, a quote or a line
 * break (RFC 4180). Excel reads the separator of the computer's list settings: a semicolon
 * where the decimal mark is a comma (Ukrainian), a comma in English. Pure.
 */
export const BOM = '\uFEFF';

export function csvSeparator(language: 'uk' | 'en'): ';' | ',' {
  return language === 'uk' ? ';' : ',';
}

function field(value: string | number, separator: string): string {
  const text = String(value);
  return text.includes(separator) || /["\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  rows: readonly (readonly (string | number)[])[],
  separator: ';' | ',',
): string {
  return (
    BOM +
    rows.map((row) => row.map((value) => field(value, separator)).join(separator)).join('\r\n') +
    '\r\n'
  );
}

/** The file's name: `spilno-dashboard-2026-12.csv`, ASCII only, so every system keeps it. */
export function csvFileName(kind: string, isoDate: string): string {
  return `spilno-${kind}-${isoDate}.csv`;
}
