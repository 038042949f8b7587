import { foldWord } from '../text/ukrainian-text.js';
import { englishStem, ukrainianStem } from './ukrainian-stemmer.js';

/**
 * Terms of a text for search: words folded (case, apostrophes, Unicode, ґ → г, a Russian
 * layout's letters, Latin look-alikes), stop words dropped, each stemmed; numbers of three
 * digits or more are terms as they are, so «2341-III» or «000123» can be searched.
 */
const TOKEN = /[\p{L}\p{M}]+(?:['\u2019\u2018`\u02BC\u02B9][\p{L}\p{M}]+)*|\d{3,}/gu;

const STOP_WORDS = new Set(
  (
    'і й та в у на з із зі до що як від за про не ні це для по при або а але чи ще його її їх він ' +
    'вона воно вони ми ви я ти був була було були бути є також який яка яке які цей ця це ці те та ' +
    'той так вже лише після під над між через без щодо тому коли де хто чого якщо вся весь все усі ' +
    'всі the and of to in for on by with a an is are was were be or at from as that this'
  ).split(' '),
);

/** A search word: folded, without apostrophes, ґ as г. */
export function searchWord(word: string): string {
  return foldWord(word)
    .replace(/\u02BC/g, '')
    .replace(/ґ/g, 'г');
}

export function stemOf(word: string): string {
  const folded = searchWord(word);
  return /^[a-z]+$/.test(folded) ? englishStem(folded) : ukrainianStem(folded);
}

/** How often each term occurs in a text, in order of first appearance. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>();
  for (const [token] of text.matchAll(TOKEN)) {
    const word = searchWord(token);
    if (word.length < 2 || STOP_WORDS.has(word)) continue;
    const term = /^\d+$/.test(word) ? word : stemOf(word);
    counts.set(term, (counts.get(term) ?? 0) + 1);
  }
  return counts;
}

/** The distinct terms of a text, in order of first appearance. */
export function termsOf(text: string): string[] {
  return [...termCounts(text).keys()];
}
