import { publicStatisticsSchema } from '../domain/schemas/stats.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';
import type { StatisticsData } from './render-contract.js';

const statistics = () =>
  db().collection('stats').withConverter(storedConverter(publicStatisticsSchema));

/**
 * `/stats`: `stats/all`, and `stats/{year}` when the address asks for a year (`?year=2026`):
 * at most two reads, whatever the number of records.
 */
export async function readStatistics(query: URLSearchParams): Promise<StatisticsData> {
  const asked = query.get('year') ?? '';
  const year = /^20\d\d$/.test(asked) ? Number(asked) : null;
  const [all, ofYear] = await Promise.all([
    statistics().doc('all').get(),
    year === null ? null : statistics().doc(String(year)).get(),
  ]);
  return { all: all.data() ?? null, year, ofYear: ofYear?.data() ?? null };
}
