/**
 * CSV as RFC 4180 writes it: fields separated by commas, records by CRLF, a field quoted when
 * it holds a comma, a quote, CR or LF (or starts with a space), quotes doubled. Open data is
 * written with a UTF-8 byte-order mark: Excel, which many journalists open CSV with, reads a
 * file without it in the local code page and garbles Ukrainian; parsers that follow the
 * Frictionless and RFC 4180 conventions skip it (datapackage.json says `encoding: utf-8`).
 */
export const BOM = '\uFEFF';

export type CsvValue = string | number | boolean | null | undefined;

function field(value: CsvValue): string {
  if (value === null || value === undefined) return '';
  const text = String(value);
  return /[",\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

export function toCsv(
  header: readonly string[],
  rows: readonly (readonly CsvValue[])[],
  { bom = true }: { bom?: boolean } = {},
): string {
  const lines = [header, ...rows].map((row) => row.map(field).join(','));
  return (bom ? BOM : '') + lines.map((line) => `${line}\r\n`).join('');
}

/** Reads what `toCsv` writes (and any RFC 4180 CSV): rows of strings, the header first. */
export function parseCsv(text: string): string[][] {
  const input = text.startsWith(BOM) ? text.slice(1) : text;
  const rows: string[][] = [];
  let row: string[] = [];
  let value = '';
  let quoted = false;
  for (let i = 0; i < input.length; i++) {
    const char = input[i]!;
    if (quoted) {
      if (char === '"' && input[i + 1] === '"') {
        value += '"';
        i++;
      } else if (char === '"') quoted = false;
      else value += char;
    } else if (char === '"') quoted = true;
    else if (char === ',') {
      row.push(value);
      value = '';
    } else if (char === '\r' || char === '\n') {
      if (char === '\r' && input[i + 1] === '\n') i++;
      row.push(value);
      rows.push(row);
      row = [];
      value = '';
    } else value += char;
  }
  if (value !== '' || row.length > 0) rows.push([...row, value]);
  return rows;
}
