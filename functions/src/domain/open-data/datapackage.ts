import { tableSchema, type Table } from './table-schema.js';

/**
 * `/open-data/datapackage.json`: a Frictionless Data Package (v2) describing each table twice,
 * as CSV (UTF-8 with a byte-order mark, RFC 4180) and as JSON (an array of objects), with one
 * Table Schema shared by both.
 */
export interface DataPackageInput {
  siteUrl: string;
  title: string;
  description: string;
  generatedAt: Date;
  tables: readonly Table<never>[];
}

export function buildDataPackage({
  siteUrl,
  title,
  description,
  generatedAt,
  tables,
}: DataPackageInput) {
  return {
    $schema: 'https://datapackage.org/profiles/2.0/datapackage.json',
    name: 'spilno-open-data',
    title,
    description,
    homepage: `${siteUrl}/open-data`,
    created: generatedAt.toISOString(),
    licenses: [
      {
        name: 'CC-BY-4.0',
        path: 'https://creativecommons.org/licenses/by/4.0/',
        title: 'Creative Commons Attribution 4.0',
      },
    ],
    resources: tables.flatMap((table) => {
      const schema = tableSchema(table);
      const common = { title: table.title, description: table.description, schema };
      return [
        {
          name: table.name,
          path: `${siteUrl}/open-data/${table.name}.csv`,
          type: 'table',
          format: 'csv',
          mediatype: 'text/csv',
          encoding: 'utf-8',
          dialect: { header: true, delimiter: ',', lineTerminator: '\r\n', quoteChar: '"' },
          ...common,
        },
        {
          name: `${table.name}-json`,
          path: `${siteUrl}/open-data/${table.name}.json`,
          type: 'table',
          format: 'json',
          mediatype: 'application/json',
          encoding: 'utf-8',
          ...common,
        },
      ];
    }),
  };
}
