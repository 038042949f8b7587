import { describe, expect, it } from 'vitest';
import { edrpouCheckDigit, edrpouProblem, isValidEdrpou } from './edrpou.js';
import { errorText } from './errors/catalogue.js';

/** Real codes from the Unified State Register (banks, ministries, public companies). */
const REAL_CODES = [
  '14360570',
  '00032129',
  '40075815',
  '20077720',
  '21560045',
  '00032106',
  '00013480',
  '33270581',
  '43005393',
  '21708016',
];

/** Each real code with one digit changed: the check digit, then a digit in the body. */
const ONE_DIGIT_CHANGED: [real: string, typo: string][] = [
  ['14360570', '14360571'],
  ['14360570', '14460570'],
  ['00032129', '00032120'],
  ['00032129', '00132129'],
  ['40075815', '40075816'],
  ['40075815', '40175815'],
  ['20077720', '20077721'],
  ['20077720', '20177720'],
  ['21560045', '21560046'],
  ['21560045', '21660045'],
  ['00032106', '00032107'],
  ['00032106', '00132106'],
  ['00013480', '00013481'],
  ['00013480', '00113480'],
  ['33270581', '33270582'],
  ['33270581', '33370581'],
  ['43005393', '43005394'],
  ['43005393', '43105393'],
  ['21708016', '21708017'],
  ['21708016', '21808016'],
];

describe('EDRPOU codes', () => {
  it.each(REAL_CODES)('accepts the real code %s', (code) => {
    expect(edrpouProblem(code)).toBeNull();
    expect(isValidEdrpou(code)).toBe(true);
  });

  it.each(ONE_DIGIT_CHANGED)('rejects %s mistyped as %s by its check digit', (_real, typo) => {
    expect(edrpouProblem(typo)).toBe('check_digit');
    expect(isValidEdrpou(typo)).toBe(false);
  });

  it.each([
    '',
    '1436057',
    '143605701',
    '1436057O',
    ' 14360570',
    '1436-0570',
    '14 360 570',
    '١٤٣٦٠٥٧٠',
    '+1436057',
  ])('rejects %j as not eight digits', (code) => {
    expect(edrpouProblem(code)).toBe('format');
  });

  it('computes the check digit with weights 1..7 below 30 000 000', () => {
    // 1436057: 1·1 + 4·2 + 3·3 + 6·4 + 0·5 + 5·6 + 7·7 = 121; 121 mod 11 = 0.
    expect(edrpouCheckDigit('1436057', 14360570)).toBe(0);
  });

  it('computes the check digit with weights 7,1..6 between 30 000 000 and 60 000 000', () => {
    // 3327058: 3·7 + 3·1 + 2·2 + 7·3 + 0·4 + 5·5 + 8·6 = 122; 122 mod 11 = 1.
    expect(edrpouCheckDigit('3327058', 33270581)).toBe(1);
  });

  it('takes the sum again with weights raised by 2 when the first remainder is 10', () => {
    // 0000003 (below 30 000 000): 3·7 = 21; 21 mod 11 = 10 → weights 3..9: 3·9 = 27; 27 mod 11 = 5.
    expect(edrpouCheckDigit('0000003', 35)).toBe(5);
    expect(edrpouProblem('00000035')).toBeNull();
    // Had the second round been skipped, no digit could match a remainder of 10.
    for (const last of '01234678'.split(''))
      expect(edrpouProblem(`0000003${last}`)).toBe('check_digit');
  });

  it('takes the second round with weights 9,3..8 between 30 000 000 and 60 000 000', () => {
    // 3000000: 3·7 = 21; 21 mod 11 = 10 → weights 9,3,4,5,6,7,8: 3·9 = 27; 27 mod 11 = 5.
    expect(edrpouProblem('30000005')).toBeNull();
    expect(edrpouProblem('30000000')).toBe('check_digit');
  });

  it('gives check digit 0 when the second remainder is 10 too', () => {
    // 2000009: 2·1 + 9·7 = 65; 65 mod 11 = 10 → weights 3..9: 2·3 + 9·9 = 87; 87 mod 11 = 10 → 0.
    expect(edrpouCheckDigit('2000009', 20000090)).toBe(0);
    expect(edrpouProblem('20000090')).toBeNull();
    expect(edrpouProblem('20000091')).toBe('check_digit');
  });

  it('explains each problem in Ukrainian and English', () => {
    expect(errorText('EDRPOU.FORMAT', 'uk')).toBe('Код ЄДРПОУ складається з 8 цифр');
    expect(errorText('EDRPOU.CHECK_DIGIT', 'uk')).toContain('контрольної цифри');
    expect(errorText('EDRPOU.CHECK_DIGIT', 'en')).toContain('check digit');
  });
});
