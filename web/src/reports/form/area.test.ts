import { RIGHTS } from '@domain/catalogues/rights.js';
import { describe, expect, it } from 'vitest';
import { COMMON_RIGHTS, rightsInOrder, suggestedArea } from './area.js';

describe('the area of cooperation suggested from the answers', () => {
  it('is restoring rights when people were affected, or when it is not said yet', () => {
    expect(suggestedArea({ victimsCount: '3', rights: ['liberty'] })).toBe('restoration');
    expect(suggestedArea({ victimsCount: '', rights: [] })).toBe('restoration');
  });

  it('is prevention when nobody was affected, legislation when only law-rooted rights are', () => {
    expect(suggestedArea({ victimsCount: '0', rights: ['environment'] })).toBe('prevention');
    expect(suggestedArea({ victimsCount: ' 0 ', rights: [] })).toBe('prevention');
    expect(suggestedArea({ victimsCount: '0', rights: ['electoral', 'language'] })).toBe(
      'legislation',
    );
    expect(suggestedArea({ victimsCount: '0', rights: ['electoral', 'health'] })).toBe(
      'prevention',
    );
  });
});

describe('the rights in the form', () => {
  it('put the common ones first, then the rest in the catalogue’s order, none lost', () => {
    const ordered = rightsInOrder(RIGHTS).map((right) => right.code);
    expect(ordered.slice(0, COMMON_RIGHTS.length)).toEqual([...COMMON_RIGHTS]);
    const rest = RIGHTS.map((right) => right.code).filter(
      (code) => !(COMMON_RIGHTS as readonly string[]).includes(code),
    );
    expect(ordered.slice(COMMON_RIGHTS.length)).toEqual(rest);
    expect(new Set(ordered).size).toBe(RIGHTS.length);
  });

  it('name only rights of the catalogue as common', () => {
    const codes = new Set<string>(RIGHTS.map((right) => right.code));
    for (const code of COMMON_RIGHTS) expect(codes.has(code)).toBe(true);
  });
});
