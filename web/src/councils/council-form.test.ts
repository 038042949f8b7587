import { describe, expect, it } from 'vitest';
import { validateCouncilForm, type CouncilFormValues } from './council-form.js';

const VALUES: CouncilFormValues = {
  kind: 'expert',
  nameUk: 'Експертна рада з питань прав людей похилого віку',
  nameEn: '',
  descriptionUk: 'Готує пропозиції щодо соціальних послуг для людей похилого віку.',
  descriptionEn: '',
  theme: 'legislation',
  instruments: ['icescr'],
};
const LABELS = { nameUk: 'Назва українською', theme: 'Напрям' };

describe('the council form', () => {
  it('gives the callable the schema’s input, without empty English texts', () => {
    const checked = validateCouncilForm(VALUES, 'uk', LABELS);
    expect(checked).toEqual({
      ok: true,
      value: {
        kind: 'expert',
        name: { uk: VALUES.nameUk },
        description: { uk: VALUES.descriptionUk },
        theme: 'legislation',
        rights: [],
        instruments: ['icescr'],
        quorum: { rule: 'more_than_half' },
      },
    });
  });

  it('puts the schema’s problems on the form’s own fields', () => {
    const checked = validateCouncilForm({ ...VALUES, nameUk: 'Р', theme: '' }, 'uk', LABELS);
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual(['nameUk', 'theme']);
    expect(checked.problems.theme).toMatch(/напрям/i);
  });
});
