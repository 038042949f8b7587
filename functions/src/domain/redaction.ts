/**
 * Detection of personal data in text meant for the public. Deliberately eager: a false
 * alarm costs an editor a minute, a leak can endanger a victim or a witness.
 */
export type PersonalDataKind = 'email' | 'phone' | 'tax_number' | 'passport' | 'bank_card';

export interface PersonalDataFinding {
  kind: PersonalDataKind;
  index: number;
  length: number;
}

export const PERSONAL_DATA_LABELS: Record<PersonalDataKind, { uk: string; en: string }> = {
  email: { uk: 'адреса електронної пошти', en: 'email address' },
  phone: { uk: 'номер телефону', en: 'phone number' },
  tax_number: { uk: 'реєстраційний номер облікової картки платника податків', en: 'tax number' },
  passport: { uk: 'номер паспорта', en: 'passport number' },
  bank_card: { uk: 'номер банківської картки', en: 'bank card number' },
};

const PATTERNS: { kind: PersonalDataKind; pattern: RegExp }[] = [
  { kind: 'email', pattern: /[\p{L}\p{N}._%+-]+@[\p{L}\p{N}.-]+\.\p{L}{2,}/gu },
  { kind: 'bank_card', pattern: /(?<![\d-])\d{4}(?:[ -]?\d{4}){3}(?![\d-])/g },
  // 067 123 45 67 and +38 067 … as well as +380 67 123 45 67, where the 0 goes with the country code.
  {
    kind: 'phone',
    pattern:
      /(?<![\d-])(?:(?:\+?38[ -]?)?\(?0\d{2}\)?|\+?380[ -]?\(?\d{2}\)?)[ -]?\d{3}[ -]?\d{2}[ -]?\d{2}(?![\d-])/g,
  },
  { kind: 'tax_number', pattern: /(?<![\d-])\d{10}(?![\d-])/g },
  // Old booklet passports (two Cyrillic letters, an optional «№», six digits) and ID cards (nine digits).
  {
    kind: 'passport',
    pattern: /(?<![\p{L}\d])[А-ЯІЇЄҐ]{2}(?: ?№ ?| )?\d{6}(?!\d)|(?<![\d-])\d{9}(?![\d-])/gu,
  },
];

export function findPersonalData(text: string): PersonalDataFinding[] {
  const findings: PersonalDataFinding[] = [];
  const taken: [number, number][] = [];
  for (const { kind, pattern } of PATTERNS) {
    for (const match of text.matchAll(pattern)) {
      const start = match.index;
      const end = start + match[0].length;
      // A span already claimed by an earlier, more specific pattern is not reported twice.
      if (taken.some(([s, e]) => start < e && end > s)) continue;
      taken.push([start, end]);
      findings.push({ kind, index: start, length: match[0].length });
    }
  }
  return findings.sort((a, b) => a.index - b.index);
}

export const REDACTED = '[приховано]';

/** Replaces every finding with a visible placeholder. */
export function redactPersonalData(text: string): string {
  let result = '';
  let cursor = 0;
  for (const finding of findPersonalData(text)) {
    result += text.slice(cursor, finding.index) + REDACTED;
    cursor = finding.index + finding.length;
  }
  return result + text.slice(cursor);
}
