import type { z } from 'zod';
import { describe, expect, it } from 'vitest';
import type { Language } from '../catalogues/catalogue.js';
import { escapeHtml } from './render.js';
import { renderWith, type Template } from './template.js';

/**
 * The checks every email template passes, whatever registry it belongs to: sample data its
 * schema accepts, a subject in each language, well-formed accessible HTML in the recipient's
 * language, absolute links into the web client, escaped user text, dates as people write them
 * in Kyiv time. A registry's test gives one sample per template.
 */
export const WEB_BASE_URL = 'https://spilno.example.org';
export const LANGUAGES = ['uk', 'en'] as const satisfies readonly Language[];

/** Text a person typed, with everything HTML must not take literally. */
export const HOSTILE = '«Рух» & <script>alert(1)</script>';

/** Late on 31 December in UTC, already 1 January in Kyiv (UTC+2 in winter). */
export const NEW_YEAR_IN_KYIV = '2026-12-31T22:30:00.000Z';
export const NEW_YEAR_READS = { uk: ['1 січня 2027 р.'], en: ['1 January 2027'] };

export interface Sample<Data> {
  data: Data;
  /** Path in the web client that the mail's button opens; null for a mail without one. */
  link: string | null;
  /** How the dates in the data must read in each language; needed when the data has dates. */
  dates?: Record<Language, string[]>;
  /**
   * `false` only for a template whose data carries no text a person typed; otherwise the
   * sample puts HOSTILE into a free-text field to check the escaping.
   */
  userText?: false;
}

export function stringsIn(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === 'object') return Object.values(value).flatMap(stringsIn);
  return [];
}

const VOID_ELEMENTS = new Set(['meta', 'hr', 'br', 'img', 'link', 'input']);

/** Unclosed, misnested or stray tags, and `<`/`>` left in text; empty for a sound document. */
export function markupProblems(html: string): string[] {
  const problems: string[] = [];
  const open: string[] = [];
  for (const [, closing, tag] of html.matchAll(/<(\/?)([a-zA-Z][a-zA-Z0-9]*)\b[^<>]*>/g)) {
    const name = tag!.toLowerCase();
    if (VOID_ELEMENTS.has(name)) continue;
    if (!closing) open.push(name);
    else if (open.at(-1) === name) open.pop();
    else problems.push(`</${name}> closes <${open.at(-1) ?? 'nothing'}>`);
  }
  problems.push(...open.map((name) => `<${name}> is never closed`));
  const text = html.replace(/^<!doctype html>/, '').replace(/<\/?[a-zA-Z][^<>]*>/g, '');
  if (/[<>]/.test(text)) problems.push('a raw < or > outside a tag');
  const strayAmpersand = html.match(/&(?!(?:amp|lt|gt|quot|#39);)[^\s]{0,10}/);
  if (strayAmpersand) problems.push(`an unescaped & at "${strayAmpersand[0]}"`);
  return problems;
}

export function describeTemplateSuite(
  registry: string,
  templates: Record<string, Template<z.ZodType>>,
  samples: Record<string, Sample<unknown> | undefined>,
): void {
  const names = Object.keys(templates);
  const sampleFor = (name: string): Sample<unknown> => {
    const sample = samples[name];
    if (!sample) throw new Error(`No sample for template "${name}" in ${registry}`);
    return sample;
  };

  describe(`${registry}: the sample table`, () => {
    it('has a sample for every template', () => {
      const missing = names.filter((name) => !samples[name]);
      expect(missing, `Templates without a sample: ${missing.join(', ')}`).toEqual([]);
    });

    it('names only templates that exist', () => {
      expect(Object.keys(samples).filter((name) => !Object.hasOwn(templates, name))).toEqual([]);
    });
  });

  describe.each(names)(`${registry} template %s`, (name) => {
    it('has sample data that its schema accepts as it is', () => {
      const sample = sampleFor(name);
      const parsed = templates[name]!.data.safeParse(sample.data);
      expect(parsed.error?.issues ?? []).toEqual([]);
      // Nothing stripped: a misspelt optional field would otherwise go untested.
      expect(parsed.data).toEqual(sample.data);
    });

    it('has a subject in each language, Ukrainian in Cyrillic', () => {
      const sample = sampleFor(name);
      const uk = renderWith(templates[name]!, sample.data, 'uk', WEB_BASE_URL).subject;
      const en = renderWith(templates[name]!, sample.data, 'en', WEB_BASE_URL).subject;
      expect(uk).not.toBe(en);
      expect(uk).toMatch(/\p{Script=Cyrillic}/u);
    });

    describe.each(LANGUAGES)('in %s', (language) => {
      const render = () =>
        renderWith(templates[name]!, sampleFor(name).data, language, WEB_BASE_URL);

      it('has a one-line subject, a text, an html and an in-app notice text', () => {
        const mail = render();
        expect(mail.subject.trim()).not.toBe('');
        expect(mail.subject).not.toMatch(/[\r\n]/);
        expect(mail.text.trim()).not.toBe('');
        expect(mail.html.trim()).not.toBe('');
        expect(mail.body.trim()).not.toBe('');
      });

      it('says in the in-app notice all the email says, bar its heading, button and footer', () => {
        const mail = render();
        // The text is: heading, blank, paragraphs and facts (each followed by a blank), the
        // button's line, «—», the footer.
        const [heading, ...rest] = mail.text.split('\n');
        const said = rest
          .slice(0, rest.lastIndexOf('—'))
          .filter(
            (line) => line !== '' && !line.endsWith(`${WEB_BASE_URL}${sampleFor(name).link}`),
          );
        expect(mail.body.split('\n')).toEqual(said.length ? said : [heading]);
      });

      it('is a well-formed html document in its language', () => {
        const { subject, html } = render();
        expect(html.startsWith('<!doctype html>\n')).toBe(true);
        expect(html.endsWith('</html>')).toBe(true);
        expect(html.match(/<html\b[^>]*>/g)).toEqual([`<html lang="${language}">`]);
        expect(html).toContain('<meta charset="utf-8">');
        expect(html).toContain(`<title>${escapeHtml(subject)}</title>`);
        expect(html.match(/<h1\b/g)).toHaveLength(1);
        expect(markupProblems(html)).toEqual([]);
      });

      it('links to the web client with an absolute address, in the text and the html', () => {
        const { link } = sampleFor(name);
        const { text, html } = render();
        const hrefs = [...html.matchAll(/<a\b[^>]*\bhref="([^"]*)"/g)].map(([, href]) => href);
        if (link === null) {
          expect(hrefs).toEqual([]);
          return;
        }
        const url = `${WEB_BASE_URL}${link}`;
        expect(new URL(url).href).toBe(url);
        expect(hrefs).toEqual([escapeHtml(url)]);
        expect(text).toContain(url);
        // Links written into the text (a digest's items) are absolute too.
        for (const [address] of text.matchAll(/\bhttps?:\/\/\S+/g)) {
          expect(address.startsWith(`${WEB_BASE_URL}/`), address).toBe(true);
        }
      });

      it('escapes what people typed in the html and keeps it as typed in the text', () => {
        const sample = sampleFor(name);
        const { subject, text, html } = render();
        expect(html).not.toMatch(/<script/i);
        expect(text).not.toMatch(/&(?:amp|lt|gt|quot|#39);/);
        if (sample.userText === false) return;
        expect(
          stringsIn(sample.data).some((value) => value.includes(HOSTILE)),
          `Put HOSTILE into a free-text field of the ${name} sample, or mark it userText: false`,
        ).toBe(true);
        expect(html).toContain(escapeHtml(HOSTILE));
        expect(html).toContain('&lt;script&gt;');
        expect(html).toContain('&amp; &lt;');
        expect(`${subject}\n${text}`).toContain(HOSTILE);
      });

      it('writes dates as people do, in Kyiv time', () => {
        const sample = sampleFor(name);
        const { subject, text, html } = render();
        const isoDates = stringsIn(sample.data).filter((value) => /^\d{4}-\d{2}-\d{2}/.test(value));
        if (!sample.dates) {
          expect(isoDates, `The ${name} sample has dates but no \`dates\` to expect`).toEqual([]);
          return;
        }
        expect(isoDates).not.toEqual([]);
        for (const date of sample.dates[language]) {
          expect(`${subject}\n${text}`).toContain(date);
          expect(html).toContain(escapeHtml(date));
        }
        for (const iso of isoDates) {
          expect(text).not.toContain(iso);
          expect(html).not.toContain(iso);
        }
      });
    });
  });
}
