import { describe, expect, it } from 'vitest';
import { citeStandard, INSTRUMENTS, articleOf, instrumentOf } from './instruments.js';
import { internationalStandardSchema } from './international-standard.schema.js';

const CYRILLIC = /\p{Script=Cyrillic}/u;
const codes = INSTRUMENTS.map((i) => i.code as string);

describe('the catalogue of international instruments', () => {
  it('has the instruments the issue names, each once', () => {
    expect(new Set(codes).size).toBe(codes.length);
    for (const code of [
      'echr',
      'echr_p1',
      'echr_p4',
      'echr_p6',
      'echr_p7',
      'echr_p12',
      'echr_p13',
      'iccpr',
      'iccpr_op1',
      'iccpr_op2',
      'icescr',
      'crc',
      'crc_opac',
      'crc_opsc',
      'crc_opic',
      'crpd',
      'cedaw',
      'cat',
      'opcat',
      'cerd',
      'cped',
      'esc_revised',
      'istanbul',
      'fcnm',
      'aarhus',
    ]) {
      expect(codes, code).toContain(code);
    }
  });

  it.each(INSTRUMENTS.map((i) => [i.code, i] as const))(
    '%s: names in both languages, articles once each and in order',
    (_code, instrument) => {
      expect(instrument.uk).toMatch(CYRILLIC);
      expect(instrument.short.uk).toMatch(CYRILLIC);
      expect(instrument.en).not.toMatch(CYRILLIC);
      expect(instrument.short.en).not.toMatch(CYRILLIC);
      expect(instrument.year).toBeGreaterThanOrEqual(1950);
      expect(instrument.year).toBeLessThanOrEqual(2011);
      const articles = instrument.articles as readonly { code: string; uk: string; en: string }[];
      const numbers = articles
        .map((a) => a.code)
        .filter((c) => /^\d+$/.test(c))
        .map(Number);
      expect([...numbers].sort((a, b) => a - b)).toEqual(numbers);
      expect(new Set(numbers).size).toBe(numbers.length);
      for (const a of articles) {
        expect(a.code).toMatch(/^(\d{1,2}|E)$/);
        expect(a.uk, `${instrument.code} ${a.code}`).toMatch(CYRILLIC);
        expect(a.en, `${instrument.code} ${a.code}`).not.toMatch(CYRILLIC);
        expect(a.en.trim()).toBe(a.en);
      }
    },
  );

  it('ties every protocol to the instrument it supplements', () => {
    for (const instrument of INSTRUMENTS) {
      if (!('parent' in instrument)) continue;
      expect(codes).toContain(instrument.parent);
      expect(instrumentOf(instrument.parent)?.year).toBeLessThanOrEqual(instrument.year);
    }
    expect(INSTRUMENTS.filter((i) => 'parent' in i && i.parent === 'echr')).toHaveLength(6);
  });

  it('keeps to the substantive parts of each treaty', () => {
    // The last substantive article of each treaty's rights section.
    const lastSubstantive: Record<string, number> = {
      iccpr: 27,
      icescr: 15,
      crc: 41,
      cedaw: 16,
      cat: 16,
      cerd: 7,
      cped: 25,
      esc_revised: 31,
      istanbul: 61,
      fcnm: 19,
      aarhus: 9,
    };
    for (const [code, last] of Object.entries(lastSubstantive)) {
      const numbers = instrumentOf(code)!
        .articles.map((a) => Number(a.code))
        .filter(Number.isFinite);
      expect(Math.max(...numbers), code).toBe(last);
    }
    // The ECHR's rights are Section I; of the rest only the execution of judgments is kept.
    const echr = instrumentOf('echr')!.articles.map((a) => a.code);
    expect(echr).toEqual([...Array.from({ length: 18 }, (_, i) => String(i + 1)), '46']);
    expect(instrumentOf('esc_revised')!.articles.at(-1)).toEqual({
      code: 'E',
      uk: 'Недискримінація',
      en: 'Non-discrimination',
    });
  });

  it.each([
    ['echr', '3', 'Prohibition of torture', 'Заборона катування'],
    ['echr', '5', 'Right to liberty and security', 'Право на свободу та особисту недоторканність'],
    ['echr', '13', 'Right to an effective remedy', 'Право на ефективний засіб юридичного захисту'],
    ['echr_p1', '1', 'Protection of property', 'Захист власності'],
    ['echr_p4', '2', 'Freedom of movement', 'Свобода пересування'],
    [
      'echr_p7',
      '4',
      'Right not to be tried or punished twice',
      'Право не бути притягненим до суду або покараним двічі',
    ],
    ['echr_p12', '1', 'General prohibition of discrimination', 'Загальна заборона дискримінації'],
    ['echr_p13', '1', 'Abolition of the death penalty', 'Скасування смертної кари'],
    ['crc', '3', 'Best interests of the child', 'Найкращі інтереси дитини'],
    ['crpd', '12', 'Equal recognition before the law', 'Рівність перед законом'],
    [
      'crpd',
      '19',
      'Living independently and being included in the community',
      'Самостійний спосіб життя і залучення до місцевої спільноти',
    ],
    ['cat', '1', 'Definition of torture', 'Визначення катування'],
    ['cped', '2', 'Definition of enforced disappearance', 'Визначення насильницького зникнення'],
    ['esc_revised', '31', 'The right to housing', 'Право на житло'],
    ['istanbul', '52', 'Emergency barring orders', 'Термінові заборонні приписи'],
  ])('%s article %s is “%s”', (instrument, code, en, uk) => {
    expect(articleOf(instrument, code)).toEqual({ code, uk, en });
  });

  it('finds what the ICCPR, OPCAT and CERD articles guarantee', () => {
    expect(articleOf('iccpr', '7')?.en).toMatch(/torture/);
    expect(articleOf('iccpr', '9')?.en).toMatch(/liberty and security/);
    expect(articleOf('iccpr', '14')?.en).toBe('Right to a fair trial');
    expect(articleOf('opcat', '18')?.en).toMatch(/independence/);
    expect(articleOf('cerd', '4')?.en).toMatch(/propaganda/);
    expect(articleOf('echr', '19')).toBeUndefined();
    expect(articleOf('nope', '1')).toBeUndefined();
  });

  it('cites procedural protocols as a whole: they list no articles', () => {
    expect(instrumentOf('iccpr_op1')?.articles).toEqual([]);
    expect(instrumentOf('crc_opic')?.articles).toEqual([]);
  });
});

describe('citeStandard', () => {
  it('writes an article as lawyers cite it, in each language', () => {
    expect(citeStandard({ instrument: 'echr', article: '5' }, 'uk')).toBe(
      'Конвенція (ЄКПЛ), стаття 5 «Право на свободу та особисту недоторканність»',
    );
    expect(citeStandard({ instrument: 'echr', article: '5' }, 'en')).toBe(
      'ECHR, Article 5 (Right to liberty and security)',
    );
    expect(citeStandard({ instrument: 'esc_revised', article: 'E' }, 'en')).toBe(
      'ESC (revised), Article E (Non-discrimination)',
    );
  });

  it('names the instrument in full when no article is given', () => {
    expect(citeStandard({ instrument: 'iccpr_op1' }, 'uk')).toBe(
      'Факультативний протокол до Міжнародного пакту про громадянські і політичні права',
    );
  });

  it('shows what it does not know as it is', () => {
    expect(citeStandard({ instrument: 'echr', article: '99' }, 'en')).toBe('ECHR, Article 99');
    expect(citeStandard({ instrument: 'unknown' as never, article: '1' }, 'uk')).toBe('unknown, 1');
  });
});

describe('internationalStandardSchema', () => {
  it('accepts an article of the instrument, or the instrument alone', () => {
    expect(internationalStandardSchema.parse({ instrument: 'cat', article: ' 14 ' })).toEqual({
      instrument: 'cat',
      article: '14',
    });
    expect(internationalStandardSchema.safeParse({ instrument: 'crc_opic' }).success).toBe(true);
  });

  it('refuses an article the instrument does not have, at the article, in Ukrainian', () => {
    const result = internationalStandardSchema.safeParse({ instrument: 'echr_p1', article: '4' });
    expect(result.error?.issues).toEqual([
      expect.objectContaining({
        path: ['article'],
        message: 'Оберіть статтю цього документа зі списку',
      }),
    ]);
  });

  it('refuses an instrument not in the catalogue', () => {
    const result = internationalStandardSchema.safeParse({ instrument: 'udhr', article: '1' });
    expect(result.error?.issues[0]?.message).toBe('Оберіть міжнародний документ зі списку');
  });
});
