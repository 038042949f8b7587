import { describe, expect, it } from 'vitest';
import { validateMemberForm } from './member-form.js';

const labels = { uid: 'Особа', role: 'Роль', from: 'З', to: 'По' };

describe('the form that adds a council member', () => {
  it('gives the schema ISO dates from dates typed day first', () => {
    const checked = validateMemberForm(
      { uid: 'olena', role: 'chair', from: '01.02.2026', to: '31.12.2027' },
      'uk',
      labels,
    );
    expect(checked).toEqual({
      ok: true,
      value: { uid: 'olena', role: 'chair', from: '2026-02-01', to: '2027-12-31' },
    });
  });

  it('leaves the end out when none is typed, and asks for the person and the role', () => {
    expect(
      validateMemberForm(
        { uid: 'olena', role: 'member', from: '01.02.2026', to: '' },
        'uk',
        labels,
      ),
    ).toEqual({ ok: true, value: { uid: 'olena', role: 'member', from: '2026-02-01' } });
    const missing = validateMemberForm(
      { uid: '', role: '', from: '01.02.2026', to: '' },
      'uk',
      labels,
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.problems).sort()).toEqual(['role', 'uid']);
  });

  it('refuses a period that ends before it starts', () => {
    const checked = validateMemberForm(
      { uid: 'olena', role: 'member', from: '01.02.2026', to: '01.01.2026' },
      'uk',
      labels,
    );
    expect(checked.ok).toBe(false);
    if (!checked.ok) expect(checked.problems.to).toMatch(/раніше/);
  });
});
