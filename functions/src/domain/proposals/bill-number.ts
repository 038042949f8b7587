import { z } from 'zod';

/**
 * Registration numbers of bills in the Verkhovna Rada: `5655`, an alternative bill `5655-1`,
 * a revised one `3196-д`, a draft resolution `5655-П`. Stored without «№», shown with it.
 */
const BILL = /^\d{1,5}(?:-(?:\d{1,2}|д|П)){0,2}$/;

export function normaliseBillNumber(input: string): string | null {
  const compact = input
    .trim()
    .replace(/^№\s*/, '')
    .replace(/\s+/g, '')
    .replace(/-[dД]$/, '-д')
    .replace(/-[pп]$/, '-П');
  return BILL.test(compact) ? compact : null;
}

/** «№ 5655». */
export function formatBillNumber(billNumber: string): string {
  return `№ ${billNumber}`;
}

export const billNumberSchema = z
  .string({ error: 'Вкажіть номер законопроєкту' })
  .trim()
  .transform((value, ctx) => {
    const number = normaliseBillNumber(value);
    if (number === null) {
      ctx.addIssue({
        code: 'custom',
        message: 'Номер законопроєкту має вигляд 5655, 5655-1 або 5655-д',
      });
    }
    return number ?? value;
  });
