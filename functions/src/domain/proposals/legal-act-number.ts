import { z } from 'zod';

/**
 * Numbers of Ukrainian legal acts as zakon.rada.gov.ua and the official gazettes write them:
 * - a law or code: its number and the convocation in Roman numerals, `2341-III` (the Criminal
 *   Code), `4651-VI`, `8073-X` (Code of Administrative Offences, 10th convocation of the
 *   Ukrainian SSR); laws of 1998–99 carry `-XIV`, e.g. `40-XIV`;
 * - acts of 1994–98 numbered with the year and «ВР»: `75/95-ВР`, `254к/96-ВР` (the Constitution);
 * - Soviet-era codes numbered with a two-digit convocation: `322-08` (the Labour Code);
 * - a Cabinet resolution `1147-2011-п` or a decree `64/2022`, as the Rada's database codes them.
 * Roman numerals typed with the Cyrillic letters І and Х, a leading «№» and spaces are accepted
 * and normalised.
 */
const CONVOCATIONS = new Set([
  'I',
  'II',
  'III',
  'IV',
  'V',
  'VI',
  'VII',
  'VIII',
  'IX',
  'X',
  'XI',
  'XII',
  'XIV',
]);

const LAW = /^(\d{1,5})-([IVX]{1,4})$/;
const RADA_1990S = /^(\d{1,5})(к?)\/(\d{2})-ВР$/;
const SOVIET_CODE = /^(\d{1,5})-(0[1-9])$/;
const CABINET_RESOLUTION = /^(\d{1,5})-(\d{4})-п$/;
const DECREE = /^(\d{1,4})\/(\d{4})$/;

/** Roman numerals as typed on a Ukrainian keyboard: Cyrillic І and Х, any case. */
function latinRoman(value: string): string {
  return value.toUpperCase().replace(/І/g, 'I').replace(/Х/g, 'X');
}

/** The number written the one way the Rada's database writes it, or null when it is not one. */
export function normaliseLegalActNumber(input: string): string | null {
  const compact = input.trim().replace(/^№\s*/, '').replace(/\s+/g, '');
  const dash = compact.lastIndexOf('-');
  if (dash > 0) {
    const law = LAW.exec(`${compact.slice(0, dash)}-${latinRoman(compact.slice(dash + 1))}`);
    if (law && CONVOCATIONS.has(law[2]!)) return `${law[1]}-${law[2]}`;
  }
  const rada = RADA_1990S.exec(
    compact.replace(/-[BВвb][PРрp]$/, '-ВР').replace(/[kKК](?=\/)/, 'к'),
  );
  if (rada) return `${rada[1]}${rada[2]}/${rada[3]}-ВР`;
  for (const pattern of [SOVIET_CODE, CABINET_RESOLUTION, DECREE]) {
    if (pattern.test(compact)) return compact;
  }
  return null;
}

export const LEGAL_ACT_NUMBER_MESSAGE =
  'Номер акта має вигляд 2341-III (номер і скликання), 254к/96-ВР або 1147-2011-п';

export const legalActNumberSchema = z
  .string()
  .trim()
  .transform((value, ctx) => {
    const number = normaliseLegalActNumber(value);
    if (number === null) ctx.addIssue({ code: 'custom', message: LEGAL_ACT_NUMBER_MESSAGE });
    return number ?? value;
  });
