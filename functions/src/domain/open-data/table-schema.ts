import { toCsv, type CsvValue } from './csv.js';

/**
 * One definition per open-data table, used for everything: the CSV header and values, the
 * JSON rows and the Frictionless Table Schema in datapackage.json. Column names are stable:
 * clients rely on them; add columns, never rename.
 */
export type CellValue = string | number | boolean | null | readonly string[];

export interface Column<Row> {
  name: string;
  type: 'string' | 'integer' | 'number' | 'date' | 'datetime' | 'list';
  /** In Ukrainian; the description is in English. */
  title: string;
  description: string;
  required?: boolean;
  value: (row: Row) => CellValue;
}

/** One column, in one line: name, type, Ukrainian title, English description, value. */
export function column<Row>(
  name: string,
  type: Column<Row>['type'],
  title: string,
  description: string,
  value: Column<Row>['value'],
  required = false,
): Column<Row> {
  return { name, type, title, description, value, ...(required ? { required } : {}) };
}

export interface Table<Row> {
  name: string;
  title: string;
  description: string;
  columns: readonly Column<Row>[];
  primaryKey?: readonly string[];
}

/** Lists are joined with «;» in CSV (declared as `delimiter` in the Table Schema). */
export const LIST_DELIMITER = ';';

const csvValue = (value: CellValue): CsvValue =>
  Array.isArray(value) ? value.join(LIST_DELIMITER) : (value as CsvValue);

export function tableCsv<Row>(table: Table<Row>, rows: readonly Row[]): string {
  return toCsv(
    table.columns.map((c) => c.name),
    rows.map((row) => table.columns.map((c) => csvValue(c.value(row)))),
  );
}

/** The same rows as JSON objects keyed by column name (lists as arrays). */
export function tableJson<Row>(table: Table<Row>, rows: readonly Row[]): string {
  const objects = rows.map((row) =>
    Object.fromEntries(table.columns.map((c) => [c.name, c.value(row)])),
  );
  return `${JSON.stringify(objects, null, 1)}\n`;
}

/** The Frictionless Table Schema (Data Package v2) of a table. */
export function tableSchema<Row>(table: Table<Row>) {
  return {
    fields: table.columns.map((c) => ({
      name: c.name,
      type: c.type,
      title: c.title,
      description: c.description,
      ...(c.type === 'list' ? { delimiter: LIST_DELIMITER, itemType: 'string' } : {}),
      ...(c.required ? { constraints: { required: true } } : {}),
    })),
    ...(table.primaryKey ? { primaryKey: [...table.primaryKey] } : {}),
    missingValues: [''],
  };
}
