import { parsePhoneNumberFromString } from 'libphonenumber-js';
import type { Detection } from './kinds.js';

/**
 * Phone numbers. Candidates are cut out by the shapes people write (so that a list
 * «067 123 45 67, 068 123 45 67» gives two numbers; libphonenumber-js's own text scanner
 * runs such lists together) and kept when libphonenumber-js finds them valid, or when a phone
 * word stands before them:
 * - Ukrainian numbers, the trunk 0 and a two-digit code then seven digits grouped any way,
 *   with +38, 38 or the old long-distance 8 before them: +380 (67) 123-45-67, 044 253 75 89,
 *   0 800 50 17 20, 8 067 123 45 67;
 * - foreign numbers written with their +country code;
 * - short local numbers after «тел.», «моб.», «факс», «Viber» (253-75-89).
 */
const UKRAINIAN =
  /(?<![\d+/-])(?:(?:\+\s?)?38[ -]?|8[ -]?)?\(?0[ -]?\(?\d ?\d\)?(?:[ -]?\d){7}(?![\d/])/g;
const INTERNATIONAL = /(?<![\d+])\+\s?(?!38)[1-9][\d ()-]{6,18}\d(?![\d/])/g;
const CUE =
  /(?:тел|телефон\p{L}*|моб|мобільн\p{L}*|факс|viber|вайбер|telegram|телеграм|whatsapp)\.?:?\s{0,3}$/iu;
const LOCAL_AFTER_CUE =
  /(?:тел|телефон\p{L}*|моб|факс)\.?:?\s{0,3}(\d{2,3}[ -]\d{2}[ -]\d{2})(?![\d-])/dgiu;

function cueBefore(text: string, index: number) {
  return CUE.test(text.slice(Math.max(0, index - 25), index));
}

export function findPhoneNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(UKRAINIAN)) {
    const national = match[0].replace(/^8[ -]?(?=\(?0)/, '');
    const valid = parsePhoneNumberFromString(national, 'UA')?.isValid() ?? false;
    if (valid || cueBefore(text, match.index))
      found.push({ kind: 'phone', index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(INTERNATIONAL)) {
    if (parsePhoneNumberFromString(match[0])?.isValid())
      found.push({ kind: 'phone', index: match.index, length: match[0].length });
  }
  for (const match of text.matchAll(LOCAL_AFTER_CUE)) {
    const [start, end] = match.indices![1]!;
    found.push({ kind: 'phone', index: start, length: end - start });
  }
  return found;
}
