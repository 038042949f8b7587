import { describe, expect, it } from 'vitest';
import { filterOwnReports } from './own-reports.js';

const rows = [
  { id: '1', status: 'draft', number: null, title: 'Недоступність виборчої дільниці' },
  { id: '2', status: 'in_review', number: 'ГО-2026-000123', title: 'Затримання активіста' },
  { id: '3', status: 'closed', number: 'ГО-2026-000045', title: 'Відключення води' },
];

describe('the organisation’s own list', () => {
  it('filters by status and keeps the server’s order', () => {
    expect(filterOwnReports(rows, { status: '', query: '' }).map((r) => r.id)).toEqual([
      '1',
      '2',
      '3',
    ]);
    expect(filterOwnReports(rows, { status: 'draft', query: '' }).map((r) => r.id)).toEqual(['1']);
  });

  it('finds a report by its number typed in any common way, or by words of its title', () => {
    expect(filterOwnReports(rows, { status: '', query: 'го-2026-123' }).map((r) => r.id)).toEqual([
      '2',
    ]);
    expect(filterOwnReports(rows, { status: '', query: '000045' }).map((r) => r.id)).toEqual(['3']);
    expect(filterOwnReports(rows, { status: '', query: 'виборчої' }).map((r) => r.id)).toEqual([
      '1',
    ]);
    expect(filterOwnReports(rows, { status: 'closed', query: 'активіста' })).toEqual([]);
  });
});
