import { describe, expect, it } from 'vitest';
import { billNumberSchema, formatBillNumber, normaliseBillNumber } from './bill-number.js';
import {
  LEGAL_ACT_NUMBER_MESSAGE,
  legalActNumberSchema,
  normaliseLegalActNumber,
} from './legal-act-number.js';

describe('numbers of legal acts', () => {
  it.each([
    ['2341-III', '2341-III'], // Criminal Code
    ['4651-VI', '4651-VI'], // Criminal Procedure Code
    ['8073-X', '8073-X'], // Code of Administrative Offences (10th convocation of the Ukrainian SSR)
    ['1023-XII', '1023-XII'],
    ['40-XIV', '40-XIV'], // laws of 1998–99
    ['19-IX', '19-IX'],
    ['№ 2341-III', '2341-III'],
    [' 2341 - III ', '2341-III'],
    ['2341-ІІІ', '2341-III'], // typed with Cyrillic І
    ['5464-Х', '5464-X'], // Cyrillic Х
    ['435-iv', '435-IV'],
    ['254к/96-ВР', '254к/96-ВР'], // the Constitution
    ['254K/96-BP', '254к/96-ВР'], // Latin look-alikes
    ['75/95-вр', '75/95-ВР'],
    ['322-08', '322-08'], // Labour Code
    ['1147-2011-п', '1147-2011-п'], // a Cabinet resolution
    ['64/2022', '64/2022'], // a decree
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseLegalActNumber(input)).toBe(expected);
  });

  it.each([
    '',
    '2341',
    'III-2341',
    '2341-IIII',
    '2341-XIII',
    '2341-ABC',
    '254/96',
    '123456-IX',
    '2341-III-1',
  ])('refuses %j', (input) => {
    expect(normaliseLegalActNumber(input)).toBeNull();
  });

  it('normalises in the schema and explains a wrong number in Ukrainian', () => {
    expect(legalActNumberSchema.parse('№2341-ІІІ')).toBe('2341-III');
    expect(legalActNumberSchema.safeParse('ККУ').error?.issues[0]?.message).toBe(
      LEGAL_ACT_NUMBER_MESSAGE,
    );
  });
});

describe('numbers of bills', () => {
  it.each([
    ['5655', '5655'],
    ['№ 5655', '5655'],
    ['№5655-1', '5655-1'],
    ['3196-д', '3196-д'],
    ['3196-Д', '3196-д'],
    ['9665-д-1', '9665-д-1'],
    ['5655-П', '5655-П'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseBillNumber(input)).toBe(expected);
  });

  it.each(['', '№', 'ab12', '5655-xyz', '123456', '5655-1-2-3'])('refuses %j', (input) => {
    expect(normaliseBillNumber(input)).toBeNull();
  });

  it('shows a bill number with «№» and validates it in Ukrainian', () => {
    expect(formatBillNumber(billNumberSchema.parse('№ 5655'))).toBe('№ 5655');
    expect(billNumberSchema.safeParse('законопроєкт').error?.issues[0]?.message).toBe(
      'Номер законопроєкту має вигляд 5655, 5655-1 або 5655-д',
    );
  });
});
