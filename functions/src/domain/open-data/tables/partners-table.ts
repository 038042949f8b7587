import type { Partner } from '../../schemas/directory.schema.js';
import { column, type Table } from '../table-schema.js';

/** `/open-data/partners.csv` and `.json`. */
export const partnersTable: Table<Partner> = {
  name: 'partners',
  title: 'Організації-партнери',
  description: 'Verified organisations that agreed to be listed, with public facts only',
  primaryKey: ['org_id'],
  columns: [
    column('org_id', 'string', 'Ідентифікатор', 'Stable id', (p) => p.orgId, true),
    column('name', 'string', 'Назва', 'Full name', (p) => p.name, true),
    column('short_name', 'string', 'Коротка назва', 'Short name', (p) => p.shortName),
    column('region_code', 'string', 'Область', 'ISO 3166-2:UA code', (p) => p.regionCode),
    column('areas', 'list', 'Напрями', 'Area codes', (p) => p.areas),
    column('website', 'string', 'Сайт', 'Website', (p) => p.website ?? null),
  ],
};
