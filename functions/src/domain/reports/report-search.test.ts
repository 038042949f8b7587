import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  MAX_REPORT_SEARCH_KEYS,
  matchesReportQuery,
  normaliseNumber,
  reportQueryKeys,
  reportSearchKeys,
} from './report-search.js';

describe('search keys of a report', () => {
  const report = { title: 'Відмова затриманому в доступі до адвоката', number: 'ГО-2026-000123' };

  it('keeps the number whole and as its sequence, and the stems of the title', () => {
    const keys = reportSearchKeys(report);
    expect(keys.slice(0, 2)).toEqual(['no:ГО-2026-000123', 'no:123']);
    expect(keys).not.toContain('в');
    expect(keys.length).toBeGreaterThan(3);
    expect(
      reportSearchKeys({ title: 'Чернетка', number: null }).some((k) => k.startsWith('no:')),
    ).toBe(false);
  });

  it('finds the report by its number however it is typed, and by words in another form', () => {
    for (const typed of ['ГО-2026-000123', ' го-2026-123 ', 'GO-2026-123', '123', '000123']) {
      const keys = reportQueryKeys(typed);
      expect(keys, typed).toHaveLength(1);
      expect(matchesReportQuery(report, keys), typed).toBe(true);
    }
    expect(matchesReportQuery(report, reportQueryKeys('124'))).toBe(false);
    expect(matchesReportQuery(report, reportQueryKeys('затриманого адвокат'))).toBe(true);
    expect(matchesReportQuery(report, reportQueryKeys('затримання суд'))).toBe(false);
    // The longest word drives the query.
    expect(reportQueryKeys('суд адвоката')[0]).toBe(reportQueryKeys('адвоката')[0]);
    expect(reportQueryKeys('  ')).toEqual([]);
  });

  it('reads registration numbers typed in the usual ways', () => {
    expect(normaliseNumber(' го-2026-123 ')).toBe('ГО-2026-000123');
    expect(normaliseNumber('GO-2026-000123')).toBe('ГО-2026-000123');
    expect(normaliseNumber('ГО-2026-000123')).toBe('ГО-2026-000123');
    expect(normaliseNumber('something')).toBe('SOMETHING');
  });

  it('stays within its bound, and a report always matches its own title', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 200 }), (title) => {
        const keys = reportSearchKeys({ title, number: 'ГО-2026-000001' });
        expect(keys.length).toBeLessThanOrEqual(MAX_REPORT_SEARCH_KEYS);
        expect(keys.every((key) => key.length >= 1 && key.length <= 80)).toBe(true);
        expect(
          matchesReportQuery(
            { title, number: null },
            reportQueryKeys(title).filter((k) => !k.startsWith('no:')),
          ),
        ).toBe(true);
      }),
    );
  });
});
