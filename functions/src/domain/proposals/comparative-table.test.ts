import { describe, expect, it } from 'vitest';
import {
  comparativeRowSchema,
  comparativeTableSchema,
} from '../schemas/comparative-table.schema.js';
import { actHeading, comparativeTableItems, rowCells, tableSubtitle } from './comparative-table.js';

const amend = {
  kind: 'amend' as const,
  provision: 'Стаття 183, частина четверта',
  current: 'Слідчий суддя, суд має право не визначати розмір застави.',
  proposed: 'Слідчий суддя, суд зобов’язаний визначити розмір застави.',
};

describe('comparative table rows', () => {
  it('mark removed words on the left and new words on the right of an amended provision', () => {
    const { current, proposed } = rowCells(amend, 'uk');
    expect(current).toEqual({
      kind: 'text',
      segments: [
        { text: 'Слідчий суддя, суд ', changed: false },
        { text: 'має право не визначати', changed: true },
        { text: ' розмір застави.', changed: false },
      ],
    });
    expect(proposed).toEqual({
      kind: 'text',
      segments: [
        { text: 'Слідчий суддя, суд ', changed: false },
        { text: 'зобов’язаний визначити', changed: true },
        { text: ' розмір застави.', changed: false },
      ],
    });
  });

  it('show «Положення відсутнє» for a new provision and mark all of it new', () => {
    expect(rowCells({ kind: 'insert', proposed: 'Стаття 176-1. Нова стаття' }, 'uk')).toEqual({
      current: { kind: 'phrase', text: 'Положення відсутнє' },
      proposed: { kind: 'text', segments: [{ text: 'Стаття 176-1. Нова стаття', changed: true }] },
    });
  });

  it('show «Виключити» for a deletion and mark all of the current text removed', () => {
    expect(rowCells({ kind: 'delete', current: 'Частина третя.' }, 'uk')).toEqual({
      current: { kind: 'text', segments: [{ text: 'Частина третя.', changed: true }] },
      proposed: { kind: 'phrase', text: 'Виключити' },
    });
  });

  it('show «Без змін» for a provision quoted for context, in the interface language', () => {
    expect(rowCells({ kind: 'unchanged', current: 'Стаття 1.' }, 'en').proposed).toEqual({
      kind: 'phrase',
      text: 'Unchanged',
    });
    expect(rowCells({ kind: 'insert', proposed: 'x' }, 'en').current).toEqual({
      kind: 'phrase',
      text: 'No such provision',
    });
  });

  it('head the table with the draft law’s name in Ukrainian quotes', () => {
    expect(
      tableSubtitle('Про внесення змін до Кримінального процесуального кодексу України', 'uk'),
    ).toBe(
      'до проекту Закону України «Про внесення змін до Кримінального процесуального кодексу України»',
    );
  });
});

describe('comparativeTableItems', () => {
  const acts = [
    {
      key: 'kpk',
      title: 'Кримінальний процесуальний кодекс України',
      number: '4651-VI',
      articles: 'ст. 183',
    },
    { key: 'kk', title: 'Кримінальний кодекс України', number: '2341-III', articles: 'ст. 127' },
  ];

  it('names the act above its rows wherever the act changes, and numbers the rows', () => {
    const items = comparativeTableItems(
      {
        legalActs: acts,
        comparativeTable: [
          { ...amend, actKey: 'kpk' },
          { kind: 'delete', current: 'Абзац другий.', actKey: 'kpk' },
          {
            kind: 'insert',
            proposed: 'Примітка.',
            actKey: 'kk',
            justification: 'Стаття 3 Конвенції',
          },
        ],
      },
      'uk',
    );
    expect(items.map((i) => (i.type === 'act' ? i.title : `row ${i.number}`))).toEqual([
      'Кримінальний процесуальний кодекс України (№ 4651-VI)',
      'row 1',
      'row 2',
      'Кримінальний кодекс України (№ 2341-III)',
      'row 3',
    ]);
    expect(items.at(-1)).toMatchObject({ justification: 'Стаття 3 Конвенції' });
  });

  it('takes the only act for rows that name none, and shows a half-written draft as it is', () => {
    const items = comparativeTableItems(
      { legalActs: [acts[0]!], comparativeTable: [{ kind: 'amend', current: 'Текст' }] },
      'uk',
    );
    expect(items[0]).toEqual({
      type: 'act',
      title: 'Кримінальний процесуальний кодекс України (№ 4651-VI)',
    });
    expect(items[1]).toMatchObject({
      type: 'row',
      current: { kind: 'text', segments: [{ text: 'Текст', changed: true }] },
    });
    expect(comparativeTableItems({}, 'uk')).toEqual([]);
    expect(actHeading({ title: 'Новий закон' })).toBe('Новий закон');
  });
});

describe('comparativeRowSchema', () => {
  it('accepts each kind with the wordings it needs', () => {
    for (const row of [
      amend,
      { kind: 'insert', proposed: 'Нове положення' },
      { kind: 'delete', current: 'Старе положення' },
      { kind: 'unchanged', current: 'Положення для контексту' },
    ]) {
      expect(comparativeRowSchema.safeParse(row).error?.issues ?? []).toEqual([]);
    }
  });

  it.each([
    [{ kind: 'amend', current: 'Текст' }, 'proposed', 'Наведіть запропоновану редакцію положення'],
    [
      { kind: 'insert', current: 'Було', proposed: 'Стало' },
      'current',
      'Нове положення не має чинної редакції: у таблиці буде «Положення відсутнє»',
    ],
    [
      { kind: 'delete', current: 'Було', proposed: 'Стало' },
      'proposed',
      'Положення виключається: у таблиці буде «Виключити»',
    ],
    [{ kind: 'delete' }, 'current', 'Наведіть чинну редакцію положення'],
    [
      { kind: 'amend', current: 'Той  самий текст', proposed: 'Той самий текст ' },
      'proposed',
      'Запропонована редакція збігається з чинною',
    ],
  ])('refuses %j at %s', (row, field, message) => {
    expect(comparativeRowSchema.safeParse(row).error?.issues).toContainEqual(
      expect.objectContaining({ path: [field], message }),
    );
  });

  it('needs at least one row', () => {
    expect(comparativeTableSchema.safeParse([]).error?.issues[0]?.message).toBe(
      'Додайте хоча б один рядок порівняльної таблиці',
    );
  });
});
