import { describe, expect, it } from 'vitest';
import { OPEN_DATA_TABLES } from '../domain/open-data/open-data-tables.js';
import { OPEN_DATA_PATHS } from './open-data.js';

describe('the open data the site serves', () => {
  it('is every table that datapackage.json and the /open-data page list, as CSV and JSON', () => {
    const tablePaths = OPEN_DATA_PATHS.filter(
      (path) =>
        /^\/open-data\/[a-z]+\.(csv|json)$/.test(path) && !path.endsWith('datapackage.json'),
    );
    expect(tablePaths).toEqual(
      OPEN_DATA_TABLES.flatMap((t) => [`/open-data/${t.name}.csv`, `/open-data/${t.name}.json`]),
    );
  });
});
