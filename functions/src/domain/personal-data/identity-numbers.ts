import type { Detection } from './kinds.js';

/**
 * Numbers that identify a person: the tax number (РНОКПП) with its check digit, passports
 * (booklet series and number, the nine-digit ID card, the demographic register's record
 * number), bank cards and IBANs. Amounts («150000000 грн») are not identifiers.
 */

/** The check digit of a 10-digit РНОКПП (weights −1 5 7 9 4 6 10 5 7, sum mod 11 mod 10). */
export function isValidTaxNumber(digits: string): boolean {
  if (!/^\d{10}$/.test(digits)) return false;
  const weights = [-1, 5, 7, 9, 4, 6, 10, 5, 7];
  const sum = weights.reduce((total, weight, i) => total + weight * Number(digits[i]), 0);
  return (((sum % 11) + 11) % 11) % 10 === Number(digits[9]);
}

/** ISO 13616 mod-97 check of an IBAN (letters count 10..35). */
export function isValidIban(iban: string): boolean {
  const compact = iban.replace(/\s/g, '').toUpperCase();
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{10,30}$/.test(compact)) return false;
  const rearranged = compact.slice(4) + compact.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const value = /\d/.test(char) ? char : String(char.charCodeAt(0) - 55);
    for (const digit of value) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}

const AMOUNT_AFTER =
  /^\s?(?:грн|гривн|гривень|₴|uah|usd|\$|дол|євро|eur|€|тис|млн|млрд|коп|кв\.\s?м|м²|км|га\b)/iu;
const TAX_CONTEXT =
  /(?:рнокпп|іпн|інн|ідентифікаційн\p{L}*\s+(?:код|номер)|податков\p{L}*\s+номер)\D{0,20}$/iu;

function isAmount(text: string, end: number): boolean {
  return AMOUNT_AFTER.test(text.slice(end, end + 12));
}

function* matches(text: string, pattern: RegExp) {
  for (const match of text.matchAll(pattern)) yield { index: match.index, value: match[0] };
}

export function findIdentityNumbers(text: string): Detection[] {
  const found: Detection[] = [];
  const push = (index: number, length: number, detection: Omit<Detection, 'index' | 'length'>) =>
    found.push({ ...detection, index, length });

  for (const { index, value } of matches(text, /\bUA\d{2}(?: ?[0-9A-Z]){25}\b/g)) {
    if (isValidIban(value)) push(index, value.length, { kind: 'bank_account' });
  }
  for (const { index, value } of matches(text, /(?<![\d-])\d{4}(?:[ -]?\d{4}){3}(?![\d-])/g)) {
    push(index, value.length, { kind: 'bank_card' });
  }
  // УНЗР: the date of birth and five digits, as printed on the ID card.
  for (const { index, value } of matches(text, /(?<![\d-])(?:19|20)\d{6}-\d{5}(?![\d-])/g)) {
    push(index, value.length, { kind: 'passport', hint: 'demographic_record' });
  }
  // Booklet passports: two Cyrillic capitals, an optional «№», six digits.
  for (const { index, value } of matches(
    text,
    /(?<![\p{L}\d])[А-ЯІЇЄҐ]{2}(?: ?№ ?| )?\d{6}(?!\d)/gu,
  )) {
    push(index, value.length, { kind: 'passport' });
  }
  for (const { index, value } of matches(text, /(?<![\d\-/.,])\d{10}(?![\d\-/]|[.,]\d)/g)) {
    if (isAmount(text, index + value.length)) continue;
    const byContext = TAX_CONTEXT.test(text.slice(Math.max(0, index - 60), index));
    // A leading 0 is a phone number (0671234567); nobody alive has a РНОКПП that starts so.
    if (value.startsWith('0') && !byContext) continue;
    if (isValidTaxNumber(value)) push(index, value.length, { kind: 'tax_number' });
    else if (byContext)
      push(index, value.length, { kind: 'tax_number', hint: 'tax_number_by_context' });
    else push(index, value.length, { kind: 'number', hint: 'ten_digits_not_tax_number' });
  }
  for (const { index, value } of matches(text, /(?<![\d\-/.,])\d{9}(?![\d\-/]|[.,]\d)/g)) {
    if (isAmount(text, index + value.length)) continue;
    push(index, value.length, { kind: 'passport', hint: 'id_card_or_phone' });
  }
  return found;
}
