import { describe, expect, it } from 'vitest';
import { en } from './en.js';
import { SECTIONS } from './sections.js';
import { uk } from './uk.js';

type Entry = { path: string; value: unknown };

/** Every leaf of a catalogue with its dotted path; list items get their index. */
function entries(node: unknown, path = ''): Entry[] {
  if (typeof node === 'string') return [{ path, value: node }];
  if (Array.isArray(node)) return node.flatMap((item, index) => entries(item, `${path}[${index}]`));
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) =>
      entries(value, path ? `${path}.${key}` : key),
    );
  }
  return [{ path, value: node }];
}

/** A whole catalogue: the main one and every section (sections.test.ts checks they are apart). */
async function whole(language: 'uk' | 'en'): Promise<object> {
  const sections = await Promise.all(Object.values(SECTIONS).map((loaders) => loaders[language]()));
  return Object.assign({}, language === 'uk' ? uk : en, ...sections) as object;
}

const ukEntries = entries(await whole('uk'));
const enEntries = entries(await whole('en'));
const placeholders = (text: string) => [...text.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();

describe('i18n catalogues', () => {
  it('have the same keys, and list entries the same number of items', () => {
    expect(enEntries.map((e) => e.path)).toEqual(ukEntries.map((e) => e.path));
  });

  it('hold only non-empty strings', () => {
    for (const { path, value } of [...ukEntries, ...enEntries]) {
      expect(typeof value, path).toBe('string');
      expect((value as string).trim(), path).not.toBe('');
    }
  });

  it('use the same {{placeholders}} in both languages', () => {
    const enByPath = new Map(enEntries.map((e) => [e.path, e.value as string]));
    for (const { path, value } of ukEntries) {
      expect(placeholders(enByPath.get(path) ?? ''), path).toEqual(placeholders(value as string));
    }
  });

  it('are actually translated: Ukrainian text is in Cyrillic, English text is not', () => {
    // Names and examples may repeat (a registration number is ГО-… in both), prose may not.
    // A text of punctuation and placeholders alone (a full stop after a link) has no language.
    const untranslated = ukEntries.filter(({ value }) => {
      const words = (value as string).replace(/\{\{\w+\}\}/g, '');
      return /\p{L}/u.test(words) && !/[а-щьюяєіїґ]/i.test(words);
    });
    expect(untranslated.map((e) => e.path)).toEqual([]);
    const englishWithCyrillic = enEntries.filter(
      ({ path, value }) => /[а-щьюяєіїґ]/i.test(value as string) && path !== 'language.name',
    );
    // Each quotes Ukrainian on purpose: a registration number, word forms the search finds, an
    // act's number, the placeholder that redaction leaves in a published text.
    expect(englishWithCyrillic.map((e) => e.path)).toEqual([
      'home.steps.items[1]',
      'publications.intro',
      'proposals.editor.actNumberHint',
      'publishing.flags.redacted',
    ]);
  });
});
