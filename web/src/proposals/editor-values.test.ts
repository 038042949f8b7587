import { describe, expect, it } from 'vitest';
import {
  contentOfValues,
  draftContentOf,
  emptyAct,
  emptyRow,
  nextActKey,
  valuesOfDraft,
} from './editor-values.js';

describe('the proposal editor’s values', () => {
  it('starts empty from no draft and reads a stored draft back', () => {
    expect(valuesOfDraft(null).comparativeTable).toEqual([]);
    const values = valuesOfDraft({
      title: 'Окреме тримання дітей',
      caseLaw: ['Güveç v. Turkey', 'Kharchenko v. Ukraine'],
      comparativeTable: [{ kind: 'insert', proposed: 'Нова частина.' }],
    });
    expect(values.caseLaw).toBe('Güveç v. Turkey\nKharchenko v. Ukraine');
    expect(values.comparativeTable[0]).toMatchObject({
      kind: 'insert',
      current: '',
      proposed: 'Нова частина.',
    });
  });

  it('keeps only the wordings a row’s kind has, so switching kinds leaves nothing invalid', () => {
    const values = valuesOfDraft(null);
    values.legalActs = [
      { ...emptyAct('act1'), title: 'Кримінальний кодекс України', articles: 'ст. 1' },
    ];
    values.comparativeTable = [
      { ...emptyRow(), kind: 'delete', current: 'Стара частина.', proposed: 'залишок' },
      { ...emptyRow(), kind: 'insert', current: 'залишок', proposed: 'Нова частина.' },
    ];
    const rows = contentOfValues(values).comparativeTable as Record<string, unknown>[];
    expect(rows[0]).toMatchObject({
      kind: 'delete',
      current: 'Стара частина.',
      proposed: undefined,
    });
    expect(rows[1]).toMatchObject({
      kind: 'insert',
      current: undefined,
      proposed: 'Нова частина.',
    });
    // With one act, rows belong to it.
    expect(rows[0]!.actKey).toBe('act1');
    expect(draftContentOf(values).comparativeTable).toHaveLength(2);
  });

  it('drops from the draft a field not yet valid, and keeps the others', () => {
    const values = valuesOfDraft(null);
    values.title = 'Ні';
    values.problem = 'Закон не забороняє тримати неповнолітніх разом із дорослими в ІТТ.';
    const kept = draftContentOf(values);
    expect(kept.title).toBeUndefined();
    expect(kept.problem).toBe(values.problem);
  });

  it('gives a new act a key unlike those in use', () => {
    expect(nextActKey([emptyAct('act1'), emptyAct('act3')])).toBe('act4');
    expect(nextActKey([])).toBe('act1');
  });
});
