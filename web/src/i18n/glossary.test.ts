import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Language } from '@domain/catalogues/catalogue.js';
import { RULED_OUT, ruledOutIn, TERMS } from '@domain/glossary.js';
import { en } from './en.js';
import { SECTIONS } from './sections.js';
import { uk } from './uk.js';

interface Text {
  place: string;
  text: string;
  language: Language;
}

/** Every text of a catalogue with its dotted key; list items get their index. */
function catalogueTexts(node: unknown, language: Language, path = ''): Text[] {
  if (typeof node === 'string') return [{ place: path, text: node, language }];
  if (Array.isArray(node)) {
    return node.flatMap((item, index) => catalogueTexts(item, language, `${path}[${index}]`));
  }
  if (typeof node === 'object' && node !== null) {
    return Object.entries(node).flatMap(([key, value]) =>
      catalogueTexts(value, language, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

const domain = fileURLToPath(new URL('../../../functions/src/domain/', import.meta.url));
const sourcesIn = (folder: string, name: RegExp) =>
  readdirSync(`${domain}${folder}`)
    .filter((file) => name.test(file) && !file.includes('.test'))
    .map((file) => `${domain}${folder}/${file}`);

/**
 * The string literals of a source file (its comments and code left out), each placed under the
 * entry it belongs to: a mail template (`mail:report.decided`) or an error code. A literal with
 * Cyrillic in it is Ukrainian, any other is English.
 */
function literalTexts(file: string, prefix: string, entry: RegExp): Text[] {
  const source = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => !/^\s*(?:\/\/|\/\*|\*)/.test(line))
    .join('\n');
  const texts: Text[] = [];
  let place = `${prefix}${file.slice(domain.length)}`;
  const token = new RegExp(
    `${entry.source}|'(?:[^'\\\\\\n]|\\\\.)*'|\`(?:[^\`\\\\]|\\\\.)*\``,
    'gm',
  );
  for (const match of source.matchAll(token)) {
    if (match[1]) {
      place = `${prefix}${match[1]}`;
      continue;
    }
    const text = match[0].slice(1, -1);
    texts.push({ place, text, language: /\p{Script=Cyrillic}/u.test(text) ? 'uk' : 'en' });
  }
  return texts;
}

async function interfaceTexts(): Promise<Text[]> {
  const sections = await Promise.all(
    // A section's messages start with their own top-level keys (`reports.…`).
    Object.values(SECTIONS).flatMap((loaders) =>
      (['uk', 'en'] as const).map(async (language) =>
        catalogueTexts(await loaders[language](), language),
      ),
    ),
  );
  const mail = [`${domain}mail/templates.ts`, ...sourcesIn('mail/templates', /\.ts$/)].flatMap(
    (file) => literalTexts(file, 'mail:', /^\s*'?([\w.]+)'?: template\(/m),
  );
  const errors = sourcesIn('errors', /\.errors\.ts$/).flatMap((file) =>
    literalTexts(file, 'error:', /^\s*'([A-Z_]+\.[A-Z_.]+)':/m),
  );
  return [
    ...catalogueTexts(uk, 'uk'),
    ...catalogueTexts(en, 'en'),
    ...sections.flat(),
    ...mail,
    ...errors,
  ];
}

describe('the glossary (docs/GLOSSARY.md)', () => {
  it('rules out words in both languages, each with the word to use', () => {
    expect(new Set(RULED_OUT.map((rule) => rule.language))).toEqual(new Set(['uk', 'en']));
    for (const term of TERMS) expect(RULED_OUT.some((rule) => rule.term === term.id)).toBe(true);
  });

  it('finds a ruled-out word, in any case, and leaves the allowed meaning alone', () => {
    expect(ruledOutIn('home.x', 'Подайте повідомлення про порушення.', 'uk')).toHaveLength(2);
    expect(ruledOutIn('home.x', 'Чернетки повідомлень', 'uk')[0]?.found).toBe('повідомлень');
    expect(ruledOutIn('reports.thread.write', 'Нове повідомлення', 'uk')).toEqual([]);
    expect(ruledOutIn('mail:report.message', 'Нове повідомлення', 'uk')).toEqual([]);
    // The verb is not the noun: «організацію повідомлено».
    expect(ruledOutIn('home.x', 'Організацію повідомлено листом.', 'uk')).toEqual([]);
    expect(ruledOutIn('home.x', 'Нові оповіщення', 'uk')).toHaveLength(1);
    expect(ruledOutIn('home.x', 'When the case is closed', 'en')[0]?.use).toBe('report');
    expect(ruledOutIn('proposals.x', 'Case law (one judgment per line)', 'en')).toEqual([]);
    expect(ruledOutIn('home.x', 'Two cases lawfully closed', 'en')).toHaveLength(1);
    expect(ruledOutIn('home.x', 'Urgent notices', 'en')[0]?.use).toBe('notification');
    expect(ruledOutIn('home.x', 'Urgent notices', 'uk')).toEqual([]);
  });

  it('finds texts in the catalogue, the mail templates and the error catalogue', async () => {
    const places = (await interfaceTexts()).map((text) => text.place);
    expect(places).toContain('reports.thread.write');
    expect(places).toContain('mail:report.decided');
    expect(places).toContain('error:REPORT.NOT_FOUND');
  });

  it('finds no ruled-out word in any interface text', async () => {
    const problems = (await interfaceTexts()).flatMap((text) =>
      ruledOutIn(text.place, text.text, text.language),
    );
    expect(problems.map((p) => `${p.place}: «${p.found}» → ${p.use} (${p.text})`)).toEqual([]);
  });
});
