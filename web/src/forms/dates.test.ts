import { describe, expect, it } from 'vitest';
import { dateForSchema, isoFromTyped, typedFromIso } from './dates.js';

describe('dates typed day first', () => {
  it('reads 12.03.2026 as the 12th of March, with any of the usual separators', () => {
    for (const typed of ['12.03.2026', '12/03/2026', '12-03-2026', '12 03 2026', ' 12.3.2026 ']) {
      expect(isoFromTyped(typed), typed).toBe('2026-03-12');
    }
  });

  it('takes an ISO date as it is, and refuses days that do not exist', () => {
    expect(isoFromTyped('2026-03-12')).toBe('2026-03-12');
    expect(isoFromTyped('29.02.2026')).toBeNull();
    expect(isoFromTyped('29.02.2028')).toBe('2028-02-29');
    expect(isoFromTyped('31.04.2026')).toBeNull();
    expect(isoFromTyped('12.13.2026')).toBeNull();
    expect(isoFromTyped('12.03.26')).toBeNull();
    expect(isoFromTyped('березень')).toBeNull();
  });

  it('shows an ISO date day first, and gives the schema ISO, nothing, or what was typed', () => {
    expect(typedFromIso('2026-12-03')).toBe('03.12.2026');
    expect(dateForSchema('03.12.2026')).toBe('2026-12-03');
    expect(dateForSchema('  ')).toBe('');
    expect(dateForSchema('31.04.2026')).toBe('31.04.2026');
  });
});
