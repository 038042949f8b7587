import { normalise } from '../lists/search.js';
import { normaliseNumber } from '@domain/reports/report-search.js';

/**
 * The organisation's own list: a status chosen, and what was typed matched against the
 * registration number (as typed in any common way) or the words of the title. The list comes
 * from the server newest first and stays in that order.
 */
export interface OwnReportRow {
  status: string;
  number: string | null;
  title: string;
}

export function filterOwnReports<T extends OwnReportRow>(
  rows: readonly T[],
  filters: { status: string; query: string },
): T[] {
  const typed = filters.query.trim();
  const words = normalise(typed).split(' ').filter(Boolean);
  const number = normaliseNumber(typed);
  return rows.filter((row) => {
    if (filters.status && row.status !== filters.status) return false;
    if (words.length === 0) return true;
    if (row.number && (row.number === number || normalise(row.number).includes(normalise(typed)))) {
      return true;
    }
    const title = normalise(row.title);
    return words.every((word) => title.includes(word));
  });
}
