import { foldWord, wordSpans } from '../text/ukrainian-text.js';
import type { Detection } from './kinds.js';
import { caseForms } from './name-declension.js';

/**
 * The names kept in a report's restricted part, found in any grammatical case, any letter
 * case and with any apostrophe: every word of every name is expanded into its case forms
 * (`caseForms`) and each word of the text is looked up among them. Neighbouring name words
 * («Івана Петренка», «Петренко-Коваль») and initials beside them («І. І. Петренко») make one
 * finding. A given name alone is flagged too: with the rest of the text it can identify.
 */
export function nameForms(knownNames: readonly string[]): Set<string> {
  const forms = new Set<string>();
  for (const fullName of knownNames) {
    for (const { word } of wordSpans(fullName)) {
      if (word.length < 2) continue; // an initial
      for (const form of caseForms(word)) forms.add(form);
    }
  }
  return forms;
}

const JOINER = /^[\s\u00A0]*-?[\s\u00A0]*$/u;
const INITIALS_BEFORE = /(?<!\p{L})(?:\p{Lu}\.\s?){1,2}$/u;
const INITIALS_AFTER = /^\s?(?:\p{Lu}\.\s?){1,2}/u;

export function findKnownNames(text: string, knownNames: readonly string[]): Detection[] {
  if (knownNames.length === 0) return [];
  const forms = nameForms(knownNames);
  const hits = wordSpans(text).filter(({ word }) => forms.has(foldWord(word)));
  const groups: { start: number; end: number }[] = [];
  for (const { word, index } of hits) {
    const previous = groups.at(-1);
    if (previous && JOINER.test(text.slice(previous.end, index)))
      previous.end = index + word.length;
    else groups.push({ start: index, end: index + word.length });
  }
  return groups.map(({ start, end }) => {
    const before = INITIALS_BEFORE.exec(text.slice(Math.max(0, start - 10), start));
    const after = INITIALS_AFTER.exec(text.slice(end, end + 6));
    const from = before ? start - before[0].length : start;
    const to = after ? end + after[0].trimEnd().length : end;
    return { kind: 'name' as const, index: from, length: to - from };
  });
}
