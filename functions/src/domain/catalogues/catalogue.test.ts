import { describe, expect, it } from 'vitest';
import { AREAS } from './areas.js';
import { codesOf, labelOf } from './catalogue.js';
import { regionCodeSchema } from './catalogue-schemas.js';
import { REGIONS } from './regions.js';
import { RESPONSE_FORMS } from './response-forms.js';
import { RIGHTS } from './rights.js';

describe('catalogues', () => {
  it('lists the 27 regions of Ukraine once each, by ISO 3166-2:UA code, in code order', () => {
    const codes = REGIONS.map((r) => r.code);
    expect(codes).toHaveLength(27);
    expect(new Set(codes).size).toBe(27);
    for (const code of codes) expect(code).toMatch(/^UA-\d{2}$/);
    expect([...codes].sort()).toEqual(codes);
    expect(labelOf(REGIONS, 'UA-30')).toBe('м. Київ');
    expect(labelOf(REGIONS, 'UA-46', 'en')).toBe('Lviv Oblast');
  });

  it('has the four areas of cooperation from the principles', () => {
    expect(AREAS.map((a) => a.code)).toEqual([
      'prevention',
      'legislation',
      'restoration',
      'education',
    ]);
  });

  it('has the seven response forms the Commissioner chooses from', () => {
    expect(RESPONSE_FORMS.map((f) => f.code)).toEqual([
      'proceedings',
      'submission',
      'constitutional_submission',
      'court',
      'monitoring_visit',
      'referral',
      'explain_remedies',
    ]);
  });

  it('keeps right codes unique', () => {
    expect(new Set(RIGHTS.map((r) => r.code)).size).toBe(RIGHTS.length);
  });

  it('falls back to the code for an unknown entry, and refuses an empty catalogue', () => {
    expect(labelOf(REGIONS, 'UA-99' as never)).toBe('UA-99');
    expect(() => codesOf([])).toThrow('A catalogue cannot be empty');
  });

  it('validates region codes against the list', () => {
    expect(regionCodeSchema.safeParse('UA-43').success).toBe(true);
    expect(regionCodeSchema.safeParse('UA-01').success).toBe(false);
  });
});
