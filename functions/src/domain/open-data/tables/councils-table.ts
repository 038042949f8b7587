import type { Council } from '../../schemas/council.schema.js';
import type { Table } from '../table-schema.js';

/** `/open-data/councils.csv` and `.json`. */
export interface CouncilRow {
  id: string;
  council: Council;
}

export const councilsTable: Table<CouncilRow> = {
  name: 'councils',
  title: 'Ради',
  description: 'The Advisory Council and the Expert Councils with their member organisations',
  primaryKey: ['id'],
  columns: [
    {
      name: 'id',
      type: 'string',
      title: 'Ідентифікатор',
      description: 'Stable id',
      required: true,
      value: (r) => r.id,
    },
    {
      name: 'kind',
      type: 'string',
      title: 'Вид',
      description: 'advisory or expert',
      value: (r) => r.council.kind,
    },
    {
      name: 'name_uk',
      type: 'string',
      title: 'Назва',
      description: 'Name in Ukrainian',
      value: (r) => r.council.name.uk,
    },
    {
      name: 'name_en',
      type: 'string',
      title: 'Назва англійською',
      description: 'Name in English',
      value: (r) => r.council.name.en ?? null,
    },
    {
      name: 'area',
      type: 'string',
      title: 'Напрям',
      description: 'Area code',
      value: (r) => r.council.area ?? null,
    },
    {
      name: 'member_org_ids',
      type: 'list',
      title: 'Організації-члени (ідентифікатори)',
      description: 'Ids of member organisations',
      value: (r) => r.council.memberOrgs.map((m) => m.orgId),
    },
    {
      name: 'member_org_names',
      type: 'list',
      title: 'Організації-члени',
      description: 'Names of member organisations',
      value: (r) => r.council.memberOrgs.map((m) => m.name),
    },
  ],
};
