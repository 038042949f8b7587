import { describe, expect, it } from 'vitest';
import { fill, plural } from './plural.js';

const days = {
  one: '{{count}} день',
  few: '{{count}} дні',
  many: '{{count}} днів',
  other: '{{count}} дня',
};

describe('plural forms', () => {
  it.each([
    [1, '1 день'],
    [2, '2 дні'],
    [4, '4 дні'],
    [5, '5 днів'],
    [11, '11 днів'],
    [21, '21 день'],
    [22, '22 дні'],
    [0, '0 днів'],
  ])('%i → %s', (count, words) => {
    expect(plural(days, count, 'uk')).toBe(words);
  });

  it('writes fractions as given, with their own form', () => {
    expect(plural(days, 2.5, 'uk', '2,5')).toBe('2,5 дня');
    expect(
      plural({ one: '{{count}} day', few: 'x', many: 'x', other: '{{count}} days' }, 1, 'en'),
    ).toBe('1 day');
  });

  it('fills placeholders and leaves unknown ones', () => {
    expect(fill('{{a}} і {{b}}', { a: 1 })).toBe('1 і {{b}}');
  });
});
