import { describe, expect, it } from 'vitest';
import { keepsEverything, PROPOSAL_DRAFTS } from './editor-autosave.js';
import { fieldOfPath, fromFlat, toFlat, validateEditor } from './editor-form.js';
import {
  emptyAct,
  emptyRow,
  emptyStandard,
  valuesOfDraft,
  type EditorValues,
} from './editor-values.js';

const LABELS = { title: 'Назва пропозиції', 'act.0.title': 'Назва акта (1)' };

function written(): EditorValues {
  return {
    ...valuesOfDraft(null),
    title: 'Окреме тримання дітей в ізоляторах',
    draftLawTitle: 'Про внесення змін до Закону України «Про попереднє ув’язнення»',
    problem: 'Закон не забороняє прямо тримати дітей разом із дорослими в ізоляторах.',
    legalActs: [
      {
        key: 'act1',
        title: 'Закон України «Про попереднє ув’язнення»',
        number: '3352-XII',
        articles: 'стаття 8',
      },
    ],
    internationalStandards: [{ instrument: 'crc', article: '37' }],
    caseLaw: 'Kharchenko v. Ukraine, no. 40107/02',
    justification:
      'Стаття 37 Конвенції ООН про права дитини вимагає тримати дітей окремо від дорослих.',
    expectedEffect: 'Діти не перебуватимуть разом із дорослими.',
    comparativeTable: [
      {
        ...emptyRow('act1'),
        provision: 'Стаття 8',
        current: 'Тримаються окремо.',
        proposed: 'Тримаються окремо завжди.',
      },
      {
        ...emptyRow('act1'),
        kind: 'insert',
        provision: 'Стаття 8-1',
        proposed: 'Нове положення про дітей.',
      },
    ],
  };
}

describe('the editor’s values on the forms kit', () => {
  it('go flat and back unchanged, the lists numbered as the fields’ ids', () => {
    const values = written();
    const flat = toFlat(values);
    expect(flat['act.0.title']).toBe('Закон України «Про попереднє ув’язнення»');
    expect(flat['standard.0.instrument']).toBe('crc');
    expect(flat['row.1.kind']).toBe('insert');
    expect(fromFlat(flat)).toEqual(values);
    const empty = valuesOfDraft(null);
    expect(fromFlat(toFlat(empty))).toEqual(empty);
  });

  it('puts each problem of the content’s schema on its field', () => {
    expect(fieldOfPath('legalActs.0.title')).toBe('act.0.title');
    expect(fieldOfPath('internationalStandards.2.article')).toBe('standard.2.article');
    expect(fieldOfPath('comparativeTable.1.proposed')).toBe('row.1.proposed');
    expect(fieldOfPath('comparativeTable')).toBe('comparativeTable');
    expect(fieldOfPath('caseLaw.3')).toBe('caseLaw');
    expect(fieldOfPath('title')).toBe('title');
  });
});

describe('checking the proposal before it is submitted', () => {
  it('passes a whole proposal', () => {
    expect(validateEditor(toFlat(written()), 'uk', LABELS).ok).toBe(true);
  });

  it('names each missing part on its field, lists and items alike', () => {
    const values = {
      ...written(),
      title: '',
      legalActs: [{ ...emptyAct('act1'), number: '3352-XII' }],
    };
    values.internationalStandards = [emptyStandard()];
    values.comparativeTable = [];
    const checked = validateEditor(toFlat(values), 'uk', LABELS);
    if (checked.ok) throw new Error('an incomplete proposal passed');
    expect(Object.keys(checked.problems)).toEqual(
      expect.arrayContaining([
        'title',
        'act.0.title',
        'act.0.articles',
        'standard.0.instrument',
        'comparativeTable',
      ]),
    );
    expect(checked.problems.title).toContain('Назва пропозиції');
  });
});

describe('the device copy of the editor', () => {
  it('says whether the server keeps all that was typed', () => {
    expect(keepsEverything(toFlat(written()))).toBe(true);
    // A number not of the form `2341-III` stays on the device until it is.
    const odd = written();
    odd.legalActs = [{ ...odd.legalActs[0]!, number: 'два' }];
    expect(keepsEverything(toFlat(odd))).toBe(false);
    expect(keepsEverything(toFlat(valuesOfDraft(null)))).toBe(true);
  });

  it('reads back only what a field may hold', () => {
    expect(PROPOSAL_DRAFTS.valuesFrom({ title: 'Назва', odd: 3, list: ['a'], bad: [1] })).toEqual({
      title: 'Назва',
      list: ['a'],
    });
    expect(PROPOSAL_DRAFTS.valuesFrom(null)).toEqual({});
  });
});
