/**
 * EDRPOU (ЄДРПОУ) codes of legal entities: eight digits, the last a check digit computed
 * by the State Statistics Service's algorithm. Weights are 1..7, or 7,1..6 for codes between
 * 30 000 000 and 60 000 000; when the remainder is 10 the weights are raised by 2 and the sum
 * is taken again, and a second 10 gives check digit 0.
 */
export type EdrpouProblem = 'format' | 'check_digit';

export function edrpouCheckDigit(firstSevenDigits: string, wholeCode: number): number {
  const digits = [...firstSevenDigits].map(Number);
  const base =
    wholeCode < 30_000_000 || wholeCode > 60_000_000
      ? [1, 2, 3, 4, 5, 6, 7]
      : [7, 1, 2, 3, 4, 5, 6];
  const remainder = (weights: number[]) =>
    digits.reduce((sum, digit, i) => sum + digit * (weights[i] ?? 0), 0) % 11;
  let check = remainder(base);
  if (check === 10) {
    check = remainder(base.map((w) => w + 2));
    if (check === 10) check = 0;
  }
  return check;
}

/** Returns what is wrong with the code, or null if it is a valid EDRPOU code. */
export function edrpouProblem(code: string): EdrpouProblem | null {
  if (!/^\d{8}$/.test(code)) return 'format';
  const expected = edrpouCheckDigit(code.slice(0, 7), Number(code));
  return expected === Number(code[7]) ? null : 'check_digit';
}

export function isValidEdrpou(code: string): boolean {
  return edrpouProblem(code) === null;
}

/** Each problem's code in the error catalogue, which says it in Ukrainian and English. */
export const EDRPOU_ERROR_CODES = {
  format: 'EDRPOU.FORMAT',
  check_digit: 'EDRPOU.CHECK_DIGIT',
} as const satisfies Record<EdrpouProblem, string>;
