import { z } from 'zod';
import { itemKeySchema, optionalText } from '../fields.js';

/**
 * A row of the comparative table («порівняльна таблиця»): the provision as it stands and as
 * proposed. A new provision has no current wording (the table shows «Положення відсутнє»),
 * a deletion has no proposed wording («Виключити»), a provision quoted for context is
 * unchanged («Без змін»).
 */
export const COMPARATIVE_ROW_KINDS = ['amend', 'insert', 'delete', 'unchanged'] as const;
export type ComparativeRowKind = (typeof COMPARATIVE_ROW_KINDS)[number];

const rowFields = z.object({
  /** The legal act of the proposal this row changes (its `key`). */
  actKey: itemKeySchema.optional(),
  /** The structural unit, e.g. «Стаття 176, частина перша». */
  provision: optionalText(300, 'Структурна одиниця'),
  kind: z.enum(COMPARATIVE_ROW_KINDS, { error: 'Оберіть, що відбувається з положенням' }),
  current: optionalText(20_000, 'Чинна редакція'),
  proposed: optionalText(20_000, 'Запропонована редакція'),
  justification: optionalText(5000, 'Обґрунтування зміни'),
});

/** Which wordings each kind needs and forbids. */
const WORDINGS: Record<ComparativeRowKind, { current: boolean; proposed: boolean }> = {
  amend: { current: true, proposed: true },
  insert: { current: false, proposed: true },
  delete: { current: true, proposed: false },
  unchanged: { current: true, proposed: false },
};

const sameWords = (a: string, b: string) =>
  a.replace(/\s+/g, ' ').trim() === b.replace(/\s+/g, ' ').trim();

export const comparativeRowSchema = rowFields.superRefine((row, ctx) => {
  const needs = WORDINGS[row.kind];
  const check = (field: 'current' | 'proposed', need: boolean, missing: string, extra: string) => {
    const present = Boolean(row[field]);
    if (present !== need) {
      ctx.addIssue({ code: 'custom', path: [field], message: present ? extra : missing });
    }
  };
  check(
    'current',
    needs.current,
    'Наведіть чинну редакцію положення',
    'Нове положення не має чинної редакції: у таблиці буде «Положення відсутнє»',
  );
  check(
    'proposed',
    needs.proposed,
    'Наведіть запропоновану редакцію положення',
    row.kind === 'delete'
      ? 'Положення виключається: у таблиці буде «Виключити»'
      : 'Положення без змін не має нової редакції',
  );
  if (row.kind === 'amend' && row.current && row.proposed && sameWords(row.current, row.proposed)) {
    ctx.addIssue({
      code: 'custom',
      path: ['proposed'],
      message: 'Запропонована редакція збігається з чинною',
    });
  }
});
export type ComparativeRow = z.infer<typeof comparativeRowSchema>;

/**
 * A row while the authors are still typing it: each field valid on its own, the wordings not
 * yet checked against the kind. Lets a draft keep a half-written row.
 */
export const comparativeRowDraftSchema = rowFields.partial();
export type ComparativeRowDraft = z.infer<typeof comparativeRowDraftSchema>;

export const comparativeTableSchema = z
  .array(comparativeRowSchema)
  .min(1, 'Додайте хоча б один рядок порівняльної таблиці')
  .max(200, 'Порівняльна таблиця: не більше 200 рядків');
