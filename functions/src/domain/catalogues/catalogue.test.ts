import { describe, expect, it } from 'vitest';
import { AREAS } from './areas.js';
import { codesOf, labelOf, labelOfCode } from './catalogue.js';
import { regionCodeSchema } from './catalogue-schemas.js';
import { REGIONS } from './regions.js';
import { RESPONSE_FORMS } from './response-forms.js';
import { RIGHTS } from './rights.js';

describe('catalogues', () => {
  it('lists the 27 regions of Ukraine once each, by ISO 3166-2:UA code', () => {
    const codes = REGIONS.map((r) => r.code);
    expect(codes).toHaveLength(27);
    expect(new Set(codes).size).toBe(27);
    for (const code of codes) expect(code).toMatch(/^UA-\d{2}$/);
    expect(labelOf(REGIONS, 'UA-30')).toBe('м. Київ');
    expect(labelOf(REGIONS, 'UA-46', 'en')).toBe('Lviv Oblast');
  });

  it('keeps the regions in the official order: Crimea, the oblasts alphabetically, the two cities', () => {
    const oblasts = REGIONS.filter((r) => r.uk.endsWith(' область'));
    expect(oblasts).toHaveLength(24);
    const alphabetical = [...oblasts].sort((a, b) => new Intl.Collator('uk').compare(a.uk, b.uk));
    expect(REGIONS.map((r) => r.code)).toEqual([
      'UA-43',
      ...alphabetical.map((r) => r.code),
      'UA-30',
      'UA-40',
    ]);
    // The Ukrainian alphabet, not the code points: І after И and before К, Ч after Х.
    expect(oblasts.map((r) => r.uk.split(' ')[0]).slice(6, 10)).toEqual([
      'Запорізька',
      'Івано-Франківська',
      'Київська',
      'Кіровоградська',
    ]);
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
    expect(labelOfCode(REGIONS, 'UA-99')).toBe('UA-99');
    expect(labelOfCode(REGIONS, 'UA-30', 'en')).toBe(labelOf(REGIONS, 'UA-30', 'en'));
    expect(() => codesOf([])).toThrow('A catalogue cannot be empty');
  });

  it('validates region codes against the list', () => {
    expect(regionCodeSchema.safeParse('UA-43').success).toBe(true);
    expect(regionCodeSchema.safeParse('UA-01').success).toBe(false);
  });
});
