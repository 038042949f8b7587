import type { Language } from './catalogues/catalogue.js';

/**
 * The words of the interface for the things people confuse most, and the synonyms they rule
 * out: the machine-readable half of docs/GLOSSARY.md (which mirrors it). A unit test
 * (web/src/i18n/glossary.test.ts) reads every text of the web catalogue, the mail templates
 * (which are also the in-app notices) and the error catalogue, and fails on a ruled-out word.
 */
export type TermId = 'report' | 'message' | 'notification';

export interface Term {
  id: TermId;
  uk: string;
  en: string;
}

export const TERMS: readonly Term[] = [
  { id: 'report', uk: 'звернення', en: 'report' },
  { id: 'message', uk: 'повідомлення (у листуванні щодо звернення)', en: 'message' },
  { id: 'notification', uk: 'сповіщення', en: 'notification' },
];

export interface RuledOut {
  term: TermId;
  language: Language;
  /** The ruled-out words: a regular expression, matched case-insensitively, Unicode-aware. */
  pattern: string;
  /** What to write instead. */
  use: string;
  /**
   * Where the word keeps its own meaning: a pattern over the place of a text (a catalogue key
   * such as `reports.thread.write`, or `mail:report.message` for a mail template).
   */
  allowedWhere?: string;
}

/** A whole word, in Cyrillic too (`\b` knows only Latin letters). */
const word = (stem: string) => `(?<!\\p{L})${stem}(?!\\p{L})`;

/** The noun «повідомлення» in any case and number (not the verb «повідомлено»). */
const MESSAGE_NOUN = word('повідомлен(?:ня|ь|ню|ням|ні|нями|нях)');

export const RULED_OUT: readonly RuledOut[] = [
  {
    term: 'report',
    language: 'uk',
    pattern: `${MESSAGE_NOUN}\\s+про\\s+порушення`,
    use: 'звернення (про порушення прав людини)',
  },
  {
    term: 'report',
    language: 'uk',
    pattern: word('(?:скарг\\p{L}*|кейс\\p{L}*)'),
    use: 'звернення',
  },
  {
    term: 'message',
    language: 'uk',
    // «Повідомлення» names only a message in a report's thread (and the template for one).
    pattern: MESSAGE_NOUN,
    use: 'звернення (про порушення), сповіщення (про подію), лист (електронний)',
    allowedWhere: '(?:^|\\.)(?:thread|message)(?:\\.|$)|^mail:report\\.message$',
  },
  {
    term: 'notification',
    language: 'uk',
    pattern: word('(?:оповіщен\\p{L}*|нотифікаці\\p{L}*)'),
    use: 'сповіщення',
  },
  {
    term: 'report',
    language: 'en',
    // «Case law» (judgments a proposal relies on) is the lawyers' own term, not a report.
    pattern: word('(?:complaints?|cases?(?!\\s+law(?!\\p{L}))|petitions?|appeals?)'),
    use: 'report',
  },
  {
    term: 'notification',
    language: 'en',
    pattern: word('(?:notices?|alerts?)'),
    use: 'notification',
  },
];

export interface GlossaryProblem {
  place: string;
  text: string;
  found: string;
  use: string;
}

/** The ruled-out words in one text of the interface, in its language, at its place. */
export function ruledOutIn(place: string, text: string, language: Language): GlossaryProblem[] {
  return RULED_OUT.flatMap((rule) => {
    if (rule.language !== language) return [];
    if (rule.allowedWhere && new RegExp(rule.allowedWhere, 'u').test(place)) return [];
    const found = new RegExp(rule.pattern, 'iu').exec(text);
    return found ? [{ place, text, found: found[0], use: rule.use }] : [];
  });
}
