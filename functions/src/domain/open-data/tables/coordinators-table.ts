import type { CoordinatorEntry } from '../../schemas/directory.schema.js';
import { column, type Table } from '../table-schema.js';

/** `/open-data/coordinators.csv` and `.json`. */
/** One row per coordinator and region they serve. */
export interface CoordinatorRow {
  regionCode: string;
  coordinator: CoordinatorEntry;
}

export function coordinatorRows(coordinators: readonly CoordinatorEntry[]): CoordinatorRow[] {
  return coordinators
    .flatMap((coordinator) =>
      coordinator.regions.map((regionCode) => ({ regionCode, coordinator })),
    )
    .sort(
      (a, b) =>
        a.regionCode.localeCompare(b.regionCode) ||
        a.coordinator.displayName.localeCompare(b.coordinator.displayName, 'uk'),
    );
}

export const coordinatorsTable: Table<CoordinatorRow> = {
  name: 'coordinators',
  title: 'Регіональні координатори',
  description:
    'Regional coordinators for public relations, with their work contacts, one row per region served',
  columns: [
    column('region_code', 'string', 'Область', 'ISO 3166-2:UA code', (r) => r.regionCode, true),
    column('display_name', 'string', 'Ім’я', 'Name', (r) => r.coordinator.displayName, true),
    column('position', 'string', 'Посада', 'Position', (r) => r.coordinator.position ?? null),
    column(
      'work_email',
      'string',
      'Робоча пошта',
      'Work email',
      (r) => r.coordinator.workEmail ?? null,
    ),
    column(
      'work_phone',
      'string',
      'Робочий телефон',
      'Work phone',
      (r) => r.coordinator.workPhone ?? null,
    ),
  ],
};
