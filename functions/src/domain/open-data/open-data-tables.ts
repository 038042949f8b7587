import type { Table } from './table-schema.js';
import { coordinatorsTable } from './tables/coordinators-table.js';
import { councilsTable } from './tables/councils-table.js';
import { partnersTable } from './tables/partners-table.js';
import { publicationsTable } from './tables/publications-table.js';
import { statisticsTable } from './tables/statistics-table.js';

/**
 * The tables of the open data in the order the `/open-data` page and datapackage.json list
 * them; each is served as `/open-data/{name}.csv` and `.json`.
 */
export const OPEN_DATA_TABLES: readonly Table<never>[] = [
  publicationsTable as Table<never>,
  statisticsTable as Table<never>,
  councilsTable as Table<never>,
  coordinatorsTable as Table<never>,
  partnersTable as Table<never>,
];
