/**
 * Folding Ukrainian words for comparison, shared by the personal-data check and search:
 * what a person types differs from what we compare in case, apostrophe, Unicode composition,
 * a Russian layout's letters and Latin look-alikes, none of which change the word.
 */

/** The apostrophe Ukrainian orthography recommends; every variant is folded into it. */
export const APOSTROPHE = '\u02BC';

/** ' ’ ‘ ` ´ ʹ ′ ＇ and ʼ itself: what keyboards and word processors put between letters. */
const APOSTROPHES = /['\u2019\u2018`\u00B4\u02B9\u2032\uFF07\u02BC]/g;

/** Letters of a Russian layout typed in Ukrainian words. */
const RUSSIAN_LETTERS: Record<string, string> = { ё: 'е', ы: 'и', э: 'е', ъ: APOSTROPHE };

/** Latin letters that look like Cyrillic ones, typed inside a Cyrillic word. */
const LATIN_LOOKALIKES: Record<string, string> = {
  a: 'а',
  c: 'с',
  e: 'е',
  i: 'і',
  o: 'о',
  p: 'р',
  x: 'х',
  y: 'у',
  k: 'к',
  m: 'м',
  t: 'т',
  h: 'н',
  b: 'в',
};

const CYRILLIC = /\p{Script=Cyrillic}/u;

/** Lower case, NFC, one apostrophe, Russian letters and Latin look-alikes in Cyrillic words folded. */
export function foldWord(word: string): string {
  const lower = word.normalize('NFC').toLowerCase().replace(APOSTROPHES, APOSTROPHE);
  let folded = '';
  const cyrillic = CYRILLIC.test(lower);
  for (const char of lower) {
    folded += RUSSIAN_LETTERS[char] ?? (cyrillic ? (LATIN_LOOKALIKES[char] ?? char) : char);
  }
  return folded;
}

export interface WordSpan {
  /** The word as written. */
  word: string;
  /** Its UTF-16 offset in the text. */
  index: number;
}

/**
 * Words of a text with their positions: letters and combining marks, with an apostrophe
 * between letters kept inside the word (сімʼя, Мар'яна). Hyphens split (Петренко-Коваль is two
 * words), digits are not words.
 */
const WORD = /[\p{L}\p{M}]+(?:['\u2019\u2018`\u02BC\u02B9][\p{L}\p{M}]+)*/gu;

export function wordSpans(text: string): WordSpan[] {
  return [...text.matchAll(WORD)].map((match) => ({ word: match[0], index: match.index }));
}
