import { describe, expect, it } from 'vitest';
import { stemOf, termsOf } from './search-terms.js';

describe('the light Ukrainian stemmer', () => {
  it.each([
    ['порушення', 'порушень', 'порушенням', 'порушенню', 'порушеннями', 'порушеннях', 'порушено'],
    ['право', 'права', 'праву', 'правом', 'правами', 'правах', 'прав'],
    ['суд', 'суду', 'суді', 'судом', 'суди', 'судів'],
    ['затриманий', 'затриманого', 'затриманому', 'затриманим', 'затримана', 'затриманої'],
    ['дитина', 'дитини', 'дитині', 'дитину', 'дитиною'],
    ['Львівська', 'Львівської', 'Львівській', 'львівську'],
    ['адвокат', 'адвоката', 'адвокатові', 'адвокатом', 'адвокатів', 'адвокатами'],
    ['сім’я', "сім'ї", 'сімʼєю'],
    ['подання', 'подань', 'поданням'],
    ['звертається', 'звертаються'],
    ['ґрати', 'грати'],
  ])('brings the forms of «%s» to one stem', (...forms) => {
    const stems = new Set(forms.map(stemOf));
    expect([...stems]).toHaveLength(1);
  });

  it.each([
    ['право', 'правовий'],
    ['суд', 'судовий'],
    ['порушення', 'поруч'],
    ['свобода', 'свідок'],
  ])('keeps «%s» and «%s» apart', (a, b) => {
    expect(stemOf(a)).not.toBe(stemOf(b));
  });

  it('leaves short words and stems of three letters alone', () => {
    expect(stemOf('ЄСПЛ')).toBe('єспл');
    expect(stemOf('суд')).toBe('суд');
    expect(stemOf('Київ')).toBe('київ');
  });

  it('stems English plurals and -ing lightly', () => {
    expect(stemOf('Rights')).toBe(stemOf('right'));
    expect(stemOf('violations')).toBe(stemOf('violation'));
    expect(stemOf('policies')).toBe(stemOf('policy'));
  });
});

describe('terms of a text', () => {
  it('folds case, apostrophes and look-alike letters, drops stop words', () => {
    expect(termsOf("ПРАВО на сім’ю і СІМ'Ю, та Kиїв")).toEqual([
      stemOf('право'),
      stemOf('сімʼю'),
      'київ',
    ]);
  });

  it('keeps numbers of three digits or more as terms', () => {
    expect(termsOf('Закон № 2341-III, ГО-2026-000123, ст. 29')).toEqual([
      stemOf('закон'),
      '2341',
      'iii',
      'го',
      '2026',
      '000123',
      'ст',
    ]);
  });
});
