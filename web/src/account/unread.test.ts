import { describe, expect, it } from 'vitest';
import { formatUnread } from './unread.js';

describe('formatUnread', () => {
  it('shows nothing when nothing is unread or the count is not known yet', () => {
    expect(formatUnread(null)).toBe('');
    expect(formatUnread(0)).toBe('');
    expect(formatUnread(-1)).toBe('');
    expect(formatUnread(Number.NaN)).toBe('');
  });

  it('shows the number up to 99', () => {
    expect(formatUnread(1)).toBe('1');
    expect(formatUnread(42)).toBe('42');
    expect(formatUnread(99)).toBe('99');
  });

  it('shows 99+ beyond that (the listener counts at most 100)', () => {
    expect(formatUnread(100)).toBe('99+');
    expect(formatUnread(5000)).toBe('99+');
  });
});
