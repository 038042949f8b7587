import type { Partner } from '../../schemas/directory.schema.js';
import type { Table } from '../table-schema.js';

/** `/open-data/partners.csv` and `.json`. */
export const partnersTable: Table<Partner> = {
  name: 'partners',
  title: 'Організації-партнери',
  description: 'Verified organisations that agreed to be listed, with public facts only',
  primaryKey: ['org_id'],
  columns: [
    {
      name: 'org_id',
      type: 'string',
      title: 'Ідентифікатор',
      description: 'Stable id',
      required: true,
      value: (p) => p.orgId,
    },
    {
      name: 'name',
      type: 'string',
      title: 'Назва',
      description: 'Full name',
      required: true,
      value: (p) => p.name,
    },
    {
      name: 'short_name',
      type: 'string',
      title: 'Коротка назва',
      description: 'Short name',
      value: (p) => p.shortName,
    },
    {
      name: 'region_code',
      type: 'string',
      title: 'Область',
      description: 'ISO 3166-2:UA code',
      value: (p) => p.regionCode,
    },
    {
      name: 'areas',
      type: 'list',
      title: 'Напрями',
      description: 'Area codes',
      value: (p) => p.areas,
    },
    {
      name: 'website',
      type: 'string',
      title: 'Сайт',
      description: 'Website',
      value: (p) => p.website ?? null,
    },
  ],
};
