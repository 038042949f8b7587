// @vitest-environment happy-dom
import { REGIONS } from '@domain/catalogues/regions.js';
import { edrpouCheckDigit } from '@domain/edrpou.js';
import { cleanup, fireEvent, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { currentLanguage } from '../i18n/i18n.js';
import { settle } from '../ui/kit.test-support.js';
import { useForm } from '../ui/use-form.js';
import { EMPTY_ORGANISATION, validateOrganisation } from './organisation-form.js';
import { OrganisationProfileFields, organisationLabels } from './organisation-profile-fields.js';

afterEach(cleanup);

function Registration() {
  const form = useForm({
    id: 'register',
    initial: EMPTY_ORGANISATION,
    validate: (values) => validateOrganisation(values, currentLanguage(), organisationLabels()),
  });
  return <OrganisationProfileFields form={form} withEdrpou />;
}

const validCode = (firstSeven: string) =>
  `${firstSeven}${edrpouCheckDigit(firstSeven, Number(`${firstSeven}0`))}`;

describe('the organisation’s profile fields', () => {
  it('checks the EDRPOU code as it is typed, and says it once', async () => {
    render(<Registration />);
    const code = screen.getByLabelText('Код ЄДРПОУ') as HTMLInputElement;
    const check = document.getElementById('register-edrpou-check')!;
    expect(code.getAttribute('aria-describedby')).toBe(
      'register-edrpou-hint register-edrpou-check',
    );
    expect(check.textContent).toBe('');

    fireEvent.input(code, { target: { value: '43900' } });
    await settle();
    expect(check.textContent).toBe('Введено цифр: 5 з 8.');
    const good = validCode('4390011');
    fireEvent.input(code, { target: { value: good } });
    await settle();
    expect(check.textContent).toBe('Код ЄДРПОУ правильний.');
    expect(check.dataset.valid).toBe('true');
    fireEvent.input(code, {
      target: { value: `${good.slice(0, 7)}${(Number(good[7]) + 1) % 10}` },
    });
    await settle();
    expect(check.textContent).toMatch(/контрольної цифри/);
    expect(check.dataset.valid).toBe('false');

    // Once the field shows the problem itself, the check says nothing more.
    fireEvent.focusOut(code, { relatedTarget: document.body });
    await settle();
    expect(document.getElementById('register-edrpou-error')!.hidden).toBe(false);
    expect(check.textContent).toBe('');
  });

  it('lists the regions in the official order, and the areas as checkboxes', () => {
    render(<Registration />);
    const region = screen.getByLabelText(/^Область/) as HTMLSelectElement;
    const codes = [...region.options].map((option) => option.value).filter(Boolean);
    expect(codes).toEqual(REGIONS.map((entry) => entry.code));
    expect(region.options[1]!.textContent).toBe('Автономна Республіка Крим');
    expect(region.options[27]!.textContent).toBe('м. Севастополь');
    expect(screen.getAllByRole('checkbox').map((box) => box.getAttribute('value'))).toEqual([
      'prevention',
      'legislation',
      'restoration',
      'education',
      null,
    ]);
  });

  it('leaves the code out when it cannot change (editing)', () => {
    function Editing() {
      const form = useForm({
        id: 'org-edit',
        initial: EMPTY_ORGANISATION,
        validate: () => ({ ok: true as const, value: null }),
      });
      return <OrganisationProfileFields form={form} />;
    }
    render(<Editing />);
    expect(screen.queryByLabelText('Код ЄДРПОУ')).toBeNull();
    expect((screen.getByLabelText(/^Телефон для зв’язку/) as HTMLInputElement).type).toBe('tel');
  });
});
