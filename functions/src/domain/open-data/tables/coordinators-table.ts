import type { CoordinatorEntry } from '../../schemas/directory.schema.js';
import type { Table } from '../table-schema.js';

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
    {
      name: 'region_code',
      type: 'string',
      title: 'Область',
      description: 'ISO 3166-2:UA code',
      required: true,
      value: (r) => r.regionCode,
    },
    {
      name: 'display_name',
      type: 'string',
      title: 'Ім’я',
      description: 'Name',
      required: true,
      value: (r) => r.coordinator.displayName,
    },
    {
      name: 'position',
      type: 'string',
      title: 'Посада',
      description: 'Position',
      value: (r) => r.coordinator.position ?? null,
    },
    {
      name: 'work_email',
      type: 'string',
      title: 'Робоча пошта',
      description: 'Work email',
      value: (r) => r.coordinator.workEmail ?? null,
    },
    {
      name: 'work_phone',
      type: 'string',
      title: 'Робочий телефон',
      description: 'Work phone',
      value: (r) => r.coordinator.workPhone ?? null,
    },
  ],
};
