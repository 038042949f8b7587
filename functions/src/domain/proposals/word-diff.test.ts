import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { changedText, MAX_DIFF_CELLS, tokenise, wordDiff, type DiffSegment } from './word-diff.js';

const join = (segments: DiffSegment[]) => segments.map((s) => s.text).join('');
const words = (text: string) =>
  tokenise(text)
    .filter((t) => !t.space)
    .map((t) => t.text);

/** The textbook LCS length, to check the diff keeps a longest common subsequence. */
function lcsLength(a: string[], b: string[]): number {
  const row = new Array<number>(b.length + 1).fill(0);
  for (const x of a) {
    let diagonal = 0;
    for (let j = 1; j <= b.length; j++) {
      const above = row[j]!;
      row[j] = x === b[j - 1] ? diagonal + 1 : Math.max(above, row[j - 1]!);
      diagonal = above;
    }
  }
  return row[b.length]!;
}

describe('tokenise', () => {
  it('keeps apostrophes and hyphens inside Ukrainian words, and punctuation apart', () => {
    expect(tokenise("об’єднання, будь-який «м'ясо» (ст. 5)").map((t) => t.text)).toEqual([
      'об’єднання',
      ',',
      ' ',
      'будь-який',
      ' ',
      '«',
      "м'ясо",
      '»',
      ' ',
      '(',
      'ст',
      '.',
      ' ',
      '5',
      ')',
    ]);
  });

  it('keeps accents with their letter and takes a no-break space and a newline as spaces', () => {
    const tokens = tokenise('за́мок\u00A0№\u00A05\nдалі');
    expect(tokens.map((t) => t.text)).toEqual([
      'за́мок',
      '\u00A0',
      '№',
      '\u00A0',
      '5',
      '\n',
      'далі',
    ]);
    expect(tokens.filter((t) => t.space)).toHaveLength(3);
  });
});

describe('wordDiff', () => {
  it('marks a replaced term on both sides and keeps the rest', () => {
    const diff = wordDiff(
      'карається позбавленням волі на строк до двох років.',
      'карається позбавленням волі на строк до трьох років.',
    );
    expect(diff.current).toEqual([
      { text: 'карається позбавленням волі на строк до ', changed: false },
      { text: 'двох', changed: true },
      { text: ' років.', changed: false },
    ]);
    expect(changedText(diff.proposed)).toEqual(['трьох']);
  });

  it('marks a run of changed words as one, with the spaces inside it', () => {
    const diff = wordDiff(
      'Затримана особа має право на захисника.',
      'Затримана особа негайно та безоплатно має право на захисника.',
    );
    expect(changedText(diff.current)).toEqual([]);
    expect(changedText(diff.proposed)).toEqual(['негайно та безоплатно']);
    expect(join(diff.proposed)).toBe(
      'Затримана особа негайно та безоплатно має право на захисника.',
    );
  });

  it('marks removed words only on the current side', () => {
    const diff = wordDiff(
      'Суд може, за клопотанням прокурора, продовжити строк тримання під вартою.',
      'Суд може продовжити строк тримання під вартою.',
    );
    expect(changedText(diff.current)).toEqual([', за клопотанням прокурора,']);
    expect(changedText(diff.proposed)).toEqual([]);
  });

  it('counts a changed punctuation mark as a change', () => {
    const diff = wordDiff('строк — тридцять днів;', 'строк — тридцять днів.');
    expect(changedText(diff.current)).toEqual([';']);
    expect(changedText(diff.proposed)).toEqual(['.']);
  });

  it('sees the same word whichever apostrophe was typed, and shows each as written', () => {
    const diff = wordDiff("право на об'єднання", 'право на об’єднання');
    expect(changedText(diff.current)).toEqual([]);
    expect(changedText(diff.proposed)).toEqual([]);
    expect(join(diff.proposed)).toBe('право на об’єднання');
  });

  it('ignores a change of spacing only, and keeps each side’s own spacing', () => {
    const diff = wordDiff('частина  перша\nстатті 5', 'частина перша статті 5');
    expect(changedText(diff.current)).toEqual([]);
    expect(changedText(diff.proposed)).toEqual([]);
    expect(join(diff.current)).toBe('частина  перша\nстатті 5');
  });

  it('treats a change of letter case as a change', () => {
    expect(changedText(wordDiff('Суд', 'суд').proposed)).toEqual(['суд']);
  });

  it('marks everything when nothing is shared, and nothing when the texts are equal', () => {
    expect(wordDiff('а б', 'в г')).toEqual({
      current: [{ text: 'а б', changed: true }],
      proposed: [{ text: 'в г', changed: true }],
    });
    expect(wordDiff('без змін', 'без змін')).toEqual({
      current: [{ text: 'без змін', changed: false }],
      proposed: [{ text: 'без змін', changed: false }],
    });
  });

  it('handles empty texts and texts of spaces', () => {
    expect(wordDiff('', '')).toEqual({ current: [], proposed: [] });
    expect(wordDiff('', 'нове')).toEqual({
      current: [],
      proposed: [{ text: 'нове', changed: true }],
    });
    expect(wordDiff('  ', 'слово')).toEqual({
      current: [{ text: '  ', changed: false }],
      proposed: [{ text: 'слово', changed: true }],
    });
  });

  it('finds the longest common part when words move', () => {
    const diff = wordDiff('а б в г д', 'б в г д а');
    expect(changedText(diff.current)).toEqual(['а']);
    expect(changedText(diff.proposed)).toEqual(['а']);
  });

  it('marks the whole middle changed rather than diff texts too long to compare', () => {
    const words = (prefix: string, n: number) =>
      Array.from({ length: n }, (_, i) => `${prefix}${i}`);
    const size = Math.ceil(Math.sqrt(MAX_DIFF_CELLS)) + 1;
    const current = ['Початок', ...words('а', size), 'кінець'].join(' ');
    const proposed = ['Початок', ...words('б', size), 'кінець'].join(' ');
    const diff = wordDiff(current, proposed);
    expect(diff.current[0]).toEqual({ text: 'Початок ', changed: false });
    expect(diff.current).toHaveLength(3);
    expect(diff.current.at(-1)).toEqual({ text: ' кінець', changed: false });
  });

  it('always gives back each text exactly, and keeps a longest common sequence of words', () => {
    const word = fc.constantFrom(
      'суд',
      'право',
      'особа',
      'строк',
      'двох',
      'років',
      ',',
      '.',
      '—',
      'об’єднання',
    );
    const text = fc
      .array(fc.tuple(word, fc.constantFrom(' ', '  ', '\n', '')), { maxLength: 30 })
      .map((parts) => parts.map(([w, s]) => w + s).join(''));
    fc.assert(
      fc.property(text, text, (a, b) => {
        const diff = wordDiff(a, b);
        expect(join(diff.current)).toBe(a);
        expect(join(diff.proposed)).toBe(b);
        const kept = (segments: DiffSegment[]) =>
          segments
            .filter((s) => !s.changed)
            .flatMap((s) =>
              tokenise(s.text)
                .filter((t) => !t.space)
                .map((t) => t.text),
            );
        // What stays is the same sequence of words on both sides, and as long as it can be.
        expect(kept(diff.current)).toEqual(kept(diff.proposed));
        expect(kept(diff.current)).toHaveLength(lcsLength(words(a), words(b)));
        if (a === b) expect(changedText(diff.current)).toEqual([]);
      }),
    );
  });
});
