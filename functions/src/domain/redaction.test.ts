import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData, REDACTED } from './redaction.js';

/** The one finding expected when `value` is embedded in a sentence. */
function expectSingleFinding(value: string, kind: string) {
  const prefix = 'Контакт: ';
  const text = `${prefix}${value}, далі текст.`;
  expect(findPersonalData(text)).toEqual([{ kind, index: prefix.length, length: value.length }]);
}

describe('finding personal data', () => {
  it.each(['olena.koval@example.org', 'o.koval+ngo@pravo-ua.org.ua', 'олена@громада.укр'])(
    'finds the email %s',
    (email) => expectSingleFinding(email, 'email'),
  );

  it.each([
    '+380 67 123 45 67',
    '+380-67-123-45-67',
    '+380 (67) 123-45-67',
    '+380671234567',
    '+38 067 123 45 67',
    '+38 (067) 123-45-67',
    '38 067 123 45 67',
    '067 123 45 67',
    '067-123-45-67',
    '(067) 123-45-67',
    '0671234567',
    '044 253 75 89',
  ])('finds the whole phone number %s', (phone) => expectSingleFinding(phone, 'phone'));

  it.each(['3012345678', '2345678901'])('finds the 10-digit tax number %s', (taxNumber) =>
    expectSingleFinding(taxNumber, 'tax_number'),
  );

  it.each(['АБ123456', 'АБ 123456', 'КВ№123456', 'КВ №123456', 'КВ № 123456', 'ІЇ654321'])(
    'finds the booklet passport %s',
    (passport) => expectSingleFinding(passport, 'passport'),
  );

  it('finds a 9-digit ID card number', () => expectSingleFinding('123456789', 'passport'));

  it.each(['4149 6090 1234 5678', '4149-6090-1234-5678', '4149609012345678'])(
    'finds the card number %s',
    (card) => expectSingleFinding(card, 'bank_card'),
  );

  it('reports every finding once, in the order of the text', () => {
    const text =
      'Свідок: ivan@example.com, тел. 067 123 45 67, РНОКПП 3012345678, паспорт АБ123456.';
    expect(
      findPersonalData(text).map((f) => [f.kind, text.slice(f.index, f.index + f.length)]),
    ).toEqual([
      ['email', 'ivan@example.com'],
      ['phone', '067 123 45 67'],
      ['tax_number', '3012345678'],
      ['passport', 'АБ123456'],
    ]);
  });

  it.each([
    'Звернення ГО-2026-000123 зареєстровано',
    'Пропозиція ЗП-2027-000001 внесена до порядку денного',
    'ГО «Право на захист», код ЄДРПОУ 14360570',
    'код 00032129',
    'ЄДРПОУ 43005393',
    'у 2026 році, у 2020–2026 роках',
    'подія сталася 15.03.2026 о 10:30',
    'дата 2026-03-15',
    '15 березня 2026 р.',
    'Закон України № 1234-IX від 01.07.2026',
    'стаття 3 Конвенції, стаття 29 Конституції',
    'збитки на 1 500 000 грн',
  ])('does not flag %j', (text) => {
    expect(findPersonalData(text)).toEqual([]);
  });
});

describe('redacting personal data', () => {
  it('replaces each finding with a visible placeholder and keeps the rest', () => {
    expect(REDACTED).toBe('[приховано]');
    expect(
      redactPersonalData(
        'Пишіть на olena@example.org або телефонуйте +380 67 123 45 67 щодо ГО-2026-000123.',
      ),
    ).toBe('Пишіть на [приховано] або телефонуйте [приховано] щодо ГО-2026-000123.');
  });

  it('redacts a finding at the very start and end of the text', () => {
    expect(redactPersonalData('АБ123456')).toBe('[приховано]');
    expect(redactPersonalData('0671234567 і 4149 6090 1234 5678')).toBe(
      '[приховано] і [приховано]',
    );
  });

  it('leaves clean text unchanged', () => {
    const text = 'Уповноважений направив подання до обласної адміністрації 15.03.2026.';
    expect(redactPersonalData(text)).toBe(text);
  });
});
