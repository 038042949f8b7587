import { describe, expect, it } from 'vitest';
import { findPersonalData, redactPersonalData, REDACTED } from './redaction.js';

const YEAR = 2026;
const find = (text: string, knownNames: string[] = []) =>
  findPersonalData(text, { knownNames, referenceYear: YEAR });
const spans = (text: string, knownNames: string[] = []) =>
  find(text, knownNames).map((f) => [f.kind, f.text]);

/** The one finding expected when `value` is embedded in a sentence. */
function expectSingleFinding(value: string, kind: string, hint?: string) {
  const prefix = 'Контакт: ';
  const text = `${prefix}${value}, далі текст.`;
  const findings = find(text);
  expect(findings).toHaveLength(1);
  expect(findings[0]).toMatchObject({
    kind,
    index: prefix.length,
    length: value.length,
    text: value,
  });
  expect(findings[0]!.hint).toBe(hint);
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
    '0 800 50 17 20',
    '8 067 123 45 67',
    '+48 601 234 567',
    '+1 202 555 0143',
  ])('finds the whole phone number %s', (phone) => expectSingleFinding(phone, 'phone'));

  it('finds every number of a list, and a local number after «тел.»', () => {
    expect(spans('Телефони: 067 123 45 67, 068 765 43 21; тел. 253-75-89.')).toEqual([
      ['phone', '067 123 45 67'],
      ['phone', '068 765 43 21'],
      ['phone', '253-75-89'],
    ]);
  });

  it('takes an invalid number for a phone only after a phone word', () => {
    expect(spans('код 010 123 45 67')).toEqual([]);
    expect(spans('тел. 010 123 45 67')).toEqual([['phone', '010 123 45 67']]);
  });

  it.each(['3012345670', '3012345687', '2900108456'])(
    'finds the tax number %s, whose check digit is right',
    (taxNumber) => expectSingleFinding(taxNumber, 'tax_number'),
  );

  it('does not call a ten-digit number with a wrong check digit a tax number, but flags it', () => {
    expectSingleFinding('3012345678', 'number', 'ten_digits_not_tax_number');
    expectSingleFinding('2345678901', 'number', 'ten_digits_not_tax_number');
  });

  it('takes a ten-digit number called РНОКПП for a tax number even with a wrong check digit', () => {
    const [finding] = find('РНОКПП: 3012345678.');
    expect(finding).toMatchObject({ kind: 'tax_number', text: '3012345678' });
    expect(finding!.hint).toBe('tax_number_by_context');
    expect(find('ідентифікаційний номер 2345678901')[0]!.kind).toBe('tax_number');
  });

  it.each(['АБ123456', 'АБ 123456', 'КВ№123456', 'КВ №123456', 'КВ № 123456', 'ІЇ654321'])(
    'finds the booklet passport %s',
    (passport) => expectSingleFinding(passport, 'passport'),
  );

  it('finds a 9-digit ID card number, saying it may be a phone too', () =>
    expectSingleFinding('123456789', 'passport', 'id_card_or_phone'));

  it('finds the demographic register record number of an ID card', () =>
    expectSingleFinding('19850222-01234', 'passport', 'demographic_record'));

  it.each(['4149 6090 1234 5678', '4149-6090-1234-5678', '4149609012345678'])(
    'finds the card number %s',
    (card) => expectSingleFinding(card, 'bank_card'),
  );

  it('finds a valid IBAN and leaves an invalid one', () => {
    expectSingleFinding('UA213223130000026007233566001', 'bank_account');
    expect(spans('UA213223130000026007233566002').map(([kind]) => kind)).not.toContain(
      'bank_account',
    );
  });

  it('reports every finding once, in the order of the text, with its text', () => {
    const text =
      'Свідок: ivan@example.com, тел. 067 123 45 67, РНОКПП 3012345678, паспорт АБ123456.';
    expect(spans(text)).toEqual([
      ['email', 'ivan@example.com'],
      ['phone', '067 123 45 67'],
      ['tax_number', '3012345678'],
      ['passport', 'АБ123456'],
    ]);
  });

  it('gives findings ids that survive edits elsewhere and count repeated text', () => {
    const first = find('Тел. 067 123 45 67. Ще раз: 067 123 45 67.');
    const edited = find('Нове речення на початку. Тел. 067 123 45 67. Ще раз: 067 123 45 67.');
    expect(first.map((f) => f.id)).toEqual(edited.map((f) => f.id));
    expect(new Set(first.map((f) => f.id)).size).toBe(2);
    expect(first[0]!.id).toMatch(/^phone-[0-9a-f]{8}-0$/);
    expect(first[1]!.id).toMatch(/^phone-[0-9a-f]{8}-1$/);
  });
});

describe('dates of birth', () => {
  it.each([
    ['народилася 22.02.1985 р.', '22.02.1985'],
    ['дата народження: 03.12.2019', '03.12.2019'],
    ['3 грудня 2020 року народження', '3 грудня 2020'],
    ['22.02.1985 р.н.', '22.02.1985'],
    ['Петро, 1985 р.н., свідок', '1985'],
    ['свідок (н. 1990) пояснив', '1990'],
    ['1979 року народження', '1979'],
    ['народився у 2001 році', '2001'],
    ['д.н. 2015-06-01', '2015-06-01'],
  ])('finds the date of birth in %j', (text, date) => {
    const findings = find(text);
    expect(findings.map((f) => [f.kind, f.text, f.hint])).toEqual([
      ['birth_date', date, 'birth_date_by_context'],
    ]);
  });

  it('flags a full date of a year when the person could be alive as a possible date of birth', () => {
    expect(find('Потерпіла: 15.03.1975, пенсіонерка').map((f) => [f.text, f.hint])).toEqual([
      ['15.03.1975', 'possible_birth_date'],
    ]);
    expect(spans('3 травня 1948 року')).toEqual([['birth_date', '3 травня 1948']]);
  });

  it.each([
    'подія сталася 24.02.2022',
    '15 березня 2026 р.',
    'лист від 01.04.2025',
    'Конституції України від 28 червня 1996 року',
    'Закон України від 05.07.2012 № 5076-VI',
    'рішення суду від 12.03.2015 у справі',
    'указ 1 січня 1900 року',
  ])('does not take %j for a date of birth', (text) => {
    expect(find(text).filter((f) => f.kind === 'birth_date')).toEqual([]);
  });
});

describe('street addresses', () => {
  it.each([
    'вул. Шевченка, 12',
    'вул. Шевченка, 12, кв. 5',
    'м. Київ, вул. Хрещатик, 22',
    '01001, м. Київ, вул. Хрещатик, 22',
    'просп. Перемоги 37/2',
    'пров. Тихий, 3а',
    'бульв. Лесі Українки, 5, корп. 2, кв. 140',
    'пл. Ринок, 1',
    'вулиця Івана Франка, буд. 7',
    'Андріївський узвіз, 2',
    'Харківське шосе, 5',
  ])('finds %j', (address) => {
    const text = `Проживає за адресою: ${address}. Далі текст.`;
    const found = find(text).filter((f) => f.kind === 'address');
    expect(found.map((f) => f.text)).toEqual([address]);
  });

  it('finds a bare house and flat number', () => {
    expect(spans('мешкає у буд. 5, кв. 12 разом із сином')).toEqual([
      ['address', 'буд. 5, кв. 12'],
    ]);
  });

  it.each(['мітинг на вул. Хрещатик у Києві', 'м. Київ', 'ст. 29 Конституції', 'п. 3 ч. 1 ст. 13'])(
    'does not take %j for an address',
    (text) => expect(find(text)).toEqual([]),
  );
});

describe('names from the restricted part, in any case', () => {
  const victim = 'Петренко Іван Іванович';
  const witness = 'Олена Коваль';
  const names = [victim, witness];

  it.each([
    ['Іван Петренко звернувся до ГО', 'Іван Петренко'],
    ['Івана Петренка затримали', 'Івана Петренка'],
    ['повідомили Петренкові', 'Петренкові'],
    ['надали Петренку адвоката', 'Петренку'],
    ['разом із Петренком', 'Петренком'],
    ['Петренко Іван Іванович', 'Петренко Іван Іванович'],
    ['громадянина Петренка Івана Івановича', 'Петренка Івана Івановича'],
    ['Іванові Івановичу відмовили', 'Іванові Івановичу'],
    ['І. І. Петренко', 'І. І. Петренко'],
    ['Петренко І.І. подав скаргу', 'Петренко І.І.'],
    ['ПЕТРЕНКО', 'ПЕТРЕНКО'],
    ['петренка', 'петренка'],
    ['Олена Коваль', 'Олена Коваль'],
    ['у Олени Коваль', 'Олени Коваль'],
    ['Олені Коваль', 'Олені Коваль'],
    ['з Оленою Коваль', 'Оленою Коваль'],
    ['чоловікові пані Коваль — Ковалеві', 'Ковалеві'],
  ])('finds the name in %j', (text, name) => {
    const found = find(text, names).filter((f) => f.kind === 'name');
    expect(found.map((f) => f.text)).toContain(name);
  });

  it('finds feminine, adjectival, patronymic and apostrophe forms', () => {
    const people = ['Марія Ковальська', 'Мар’яна Олександрівна Гнатюк', 'Олександр Задорожній'];
    const text =
      "Марії Ковальській, з Марією, МАРʼЯНІ ОЛЕКСАНДРІВНІ, Мар'яною, Гнатюкові, Олександрові Задорожньому, Олександром.";
    expect(spans(text, people).map(([, t]) => t)).toEqual([
      'Марії Ковальській',
      'Марією',
      'МАРʼЯНІ ОЛЕКСАНДРІВНІ',
      "Мар'яною",
      'Гнатюкові',
      'Олександрові Задорожньому',
      'Олександром',
    ]);
  });

  it('joins a double family name', () => {
    expect(spans('Оксана Петренко-Коваль', ['Оксана Петренко-Коваль'])).toEqual([
      ['name', 'Оксана Петренко-Коваль'],
    ]);
  });

  it('finds nothing of other people', () => {
    expect(find('Петрович, Петров, Іванна, Петренківська громада, Ковальчук', names)).toEqual([]);
  });

  it('finds names only when names are known', () => {
    expect(find('Івана Петренка затримали')).toEqual([]);
  });
});

describe('text that is not personal data', () => {
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
    'Закон України № 2341-III',
    'стаття 3 Конвенції, стаття 29 Конституції',
    'ст. 29, ч. 2 ст. 13',
    'збитки на 1 500 000 грн',
    'сума 150000000 грн',
    'у справі № 910/12345/23',
    'справа 757/1234/22-к',
    'Указ Президента № 64/2022',
    'у 1991 році',
    'на 12 %, 3,5 млн гривень',
    'протокол № 7, пункт 12.3',
    'Гаряча лінія Уповноваженого працює цілодобово',
  ])('does not flag %j', (text) => {
    expect(find(text)).toEqual([]);
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

  it('redacts only the findings it is given', () => {
    const text = 'Івана Петренка, тел. 067 123 45 67';
    const [name] = find(text, ['Іван Петренко']);
    expect(redactPersonalData(text, [name!])).toBe('[приховано], тел. 067 123 45 67');
  });

  it('leaves clean text unchanged', () => {
    const text = 'Уповноважений направив подання до обласної адміністрації 15.03.2026.';
    expect(redactPersonalData(text)).toBe(text);
  });
});

describe('a whole draft of a publication', () => {
  it('finds exactly the personal data in a realistic text', () => {
    const text = [
      'За зверненням ГО «Право на захист» (код ЄДРПОУ 43005393), зареєстрованим 10.03.2026 за № ГО-2026-000123,',
      'Уповноважений відкрив провадження щодо порушення ст. 29 Конституції України та ст. 5 Конвенції.',
      'Громадянку Олену Коваль, 1987 р.н., яка мешкає за адресою: м. Львів, вул. Городоцька, 45, кв. 8,',
      'було затримано 5 березня 2026 року без складення протоколу. Її чоловікові, пану Ковалю, не повідомили',
      'про затримання. Свідок Петренко І. І. (тел. +380 50 123 45 67) підтвердив обставини.',
      'Закон України від 02.07.2015 № 580-VIII «Про Національну поліцію» вимагає повідомити родичів.',
      'Після подання від 20.03.2026 ГУНП у Львівській області провело службове розслідування; збитки — 15 000 грн.',
      'Гаряча лінія Уповноваженого: 0 800 50 17 20; пошта: hotline@ombudsman.gov.ua.',
    ].join('\n');
    expect(spans(text, ['Олена Коваль', 'Петренко Іван Іванович'])).toEqual([
      ['name', 'Олену Коваль'],
      ['birth_date', '1987'],
      ['address', 'м. Львів, вул. Городоцька, 45, кв. 8'],
      ['name', 'Ковалю'],
      ['name', 'Петренко І. І.'],
      ['phone', '+380 50 123 45 67'],
      ['phone', '0 800 50 17 20'],
      ['email', 'hotline@ombudsman.gov.ua'],
    ]);
  });
});
