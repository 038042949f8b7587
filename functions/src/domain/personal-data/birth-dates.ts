import type { Detection } from './kinds.js';

/**
 * Dates of birth. A date (in numbers or in words, or a bare year) next to «народження»,
 * «народився», «н.», «р.н.», «д.н.» is a date of birth. A full date with no such word is
 * flagged as a possible one when its year lies between 110 and 6 years before the reference
 * year: the person could be alive, and events in a report are rarely that old; dates of the
 * last five years are taken for events (a young child's date of birth is still caught next
 * to a birth word). Dates of laws and documents («Закон … від 28.06.1996») are not flagged.
 */
const MONTHS =
  'січня|лютого|березня|квітня|травня|червня|липня|серпня|вересня|жовтня|листопада|грудня';

const DATE = new RegExp(
  [
    String.raw`(?<![\d.])(?<d1>\d{1,2})[./](?<m1>\d{1,2})[./](?<y1>\d{4})(?![\d.]\d)`,
    String.raw`(?<![\d-])(?<y2>\d{4})-(?<m2>\d{2})-(?<d2>\d{2})(?![\d-])`,
    String.raw`(?<![\d])(?<d3>\d{1,2})\s+(?<m3>${MONTHS})\s+(?<y3>\d{4})`,
  ].join('|'),
  'giu',
);

const CUE = String.raw`(?:народжен\p{L}*|народив\p{L}*|народил\p{L}*|нар\.|р\.\s?н\.|д\.\s?н\.|н\.)`;
const YEAR_AFTER = new RegExp(String.raw`(?<![\p{L}])${CUE}\s*[:–—-]?\s*$`, 'iu');
const CUE_AFTER = new RegExp(
  String.raw`^\s*(?:р\.|року|рік)?\s*(?:р\.\s?н\.|н\.|народження|нар\.)`,
  'iu',
);
/** «1985 р.н.», «1979 року народження». */
const YEAR_BEFORE_CUE = new RegExp(
  String.raw`(?<![\d.\-/])(?:19|20)\d{2}(?=\s*(?:р\.|року|рік)?\s*(?:р\.\s?н\.|народження))`,
  'giu',
);
/** «(н. 1990)», «народився у 2001»: matched forwards (a lookbehind here is slow on long texts). */
const CUE_THEN_YEAR = new RegExp(
  String.raw`(?<!\p{L})${CUE}\s*[:–—-]?\s*(?:[ув]\s+)?\(?((?:19|20)\d{2})(?![\d.\-/])`,
  'giud',
);
const DOCUMENT_BEFORE =
  /(?:закон\p{L}*|конституц\p{L}*|кодекс\p{L}*|постанов\p{L}*|рішенн\p{L}*|наказ\p{L}*|указ\p{L}*|розпорядженн\p{L}*|лист\p{L}*|поданн\p{L}*|ухвал\p{L}*|вирок\p{L}*|протокол\p{L}*|договор\p{L}*|угод\p{L}*|конвенц\p{L}*|№\s*[\p{L}\p{N}/-]+)[^.;]{0,40}\sвід\s*$/iu;

export interface BirthDateOptions {
  /** The year "now" for the plausibly-alive window. */
  referenceYear: number;
}

export function findBirthDates(text: string, { referenceYear }: BirthDateOptions): Detection[] {
  const found: Detection[] = [];
  for (const match of text.matchAll(DATE)) {
    const groups = match.groups!;
    const year = Number(groups.y1 ?? groups.y2 ?? groups.y3);
    const month = groups.m3
      ? MONTHS.split('|').indexOf(groups.m3.toLowerCase()) + 1
      : Number(groups.m1 ?? groups.m2);
    const day = Number(groups.d1 ?? groups.d2 ?? groups.d3);
    if (month < 1 || month > 12 || day < 1 || day > 31) continue;
    const start = match.index;
    const end = start + match[0].length;
    const before = text.slice(Math.max(0, start - 40), start);
    if (YEAR_AFTER.test(before) || CUE_AFTER.test(text.slice(end, end + 25))) {
      found.push({
        kind: 'birth_date',
        index: start,
        length: end - start,
        hint: 'birth_date_by_context',
      });
    } else if (
      year >= referenceYear - 110 &&
      year <= referenceYear - 6 &&
      !DOCUMENT_BEFORE.test(text.slice(Math.max(0, start - 120), start))
    ) {
      found.push({
        kind: 'birth_date',
        index: start,
        length: end - start,
        hint: 'possible_birth_date',
      });
    }
  }
  const years = [
    ...[...text.matchAll(YEAR_BEFORE_CUE)].map((match) => match.index),
    ...[...text.matchAll(CUE_THEN_YEAR)].map((match) => match.indices![1]![0]),
  ];
  for (const index of years) {
    const inside = found.some((f) => index >= f.index && index < f.index + f.length);
    if (!inside)
      found.push({ kind: 'birth_date', index, length: 4, hint: 'birth_date_by_context' });
  }
  return found;
}
