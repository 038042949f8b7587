import type { Council } from '../../schemas/council.schema.js';
import { column, type Table } from '../table-schema.js';

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
    column('id', 'string', 'Ідентифікатор', 'Stable id', (r) => r.id, true),
    column('kind', 'string', 'Вид', 'advisory or expert', (r) => r.council.kind),
    column('name_uk', 'string', 'Назва', 'Name in Ukrainian', (r) => r.council.name.uk),
    column(
      'name_en',
      'string',
      'Назва англійською',
      'Name in English',
      (r) => r.council.name.en ?? null,
    ),
    column('theme', 'string', 'Тематика', 'Theme (area code)', (r) => r.council.theme ?? null),
    column(
      'member_org_ids',
      'list',
      'Організації-члени (ідентифікатори)',
      'Ids of member organisations',
      (r) => r.council.memberOrgs.map((m) => m.orgId),
    ),
    column('member_org_names', 'list', 'Організації-члени', 'Names of member organisations', (r) =>
      r.council.memberOrgs.map((m) => m.name),
    ),
  ],
};
