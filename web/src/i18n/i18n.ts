import rosetta from 'rosetta';
import type { Language } from '@domain/catalogues/catalogue.js';
import { storage } from '../storage.js';
import type { ListKey, MessageKey } from './keys.js';
import { SECTIONS, type SectionName } from './sections.js';
import { uk, type BaseMessages, type Messages } from './uk.js';

export type { Language, Messages };
export type { ListKey, MessageKey };

/**
 * Ukrainian comes with the first download; English only when someone chooses it (most
 * visitors never do, and public pages have a budget of 35 KB of JavaScript).
 */
const catalogues: Partial<Record<Language, BaseMessages>> = { uk };
/** Sections loaded so far, per language, merged into the catalogue for `t()` and `list()`. */
const sections: Record<Language, Partial<Record<SectionName, object>>> = { uk: {}, en: {} };
const wantedSections = new Set<SectionName>();
const LANGUAGE_KEY = 'spilno.language';

/** Each language's own name, for the switch (shown before the other catalogue is loaded). */
export const LANGUAGE_NAMES: Readonly<Record<Language, string>> = {
  uk: 'Українська',
  en: 'English',
};

const translations = rosetta<Messages>({ uk: uk as Messages });
const listeners = new Set<(language: Language) => void>();

export function isLanguage(value: unknown): value is Language {
  return value === 'uk' || value === 'en';
}

/** The catalogue of a language, loading it first if needed. */
export async function loadCatalogue(language: Language): Promise<BaseMessages> {
  let loaded = catalogues[language];
  if (!loaded) {
    const { en } = await import('./en.js');
    catalogues.en = loaded = en;
    translations.set('en', en as Messages);
  }
  // A language chosen after a section was loaded gets that section too.
  await Promise.all([...wantedSections].map((name) => loadSectionIn(name, language)));
  return loaded;
}

async function loadSectionIn(name: SectionName, language: Language): Promise<void> {
  if (sections[language][name]) return;
  const part = await SECTIONS[name][language]();
  sections[language][name] = part;
  translations.set(language, part as Partial<Messages> as Messages);
}

/** Loads a section of the catalogue (see sections.ts) in the current language; pages await it. */
export async function loadSection(name: SectionName): Promise<void> {
  wantedSections.add(name);
  await loadSectionIn(name, currentLanguage());
}

function apply(language: Language): void {
  translations.locale(language);
  document.documentElement.lang = language;
}

/**
 * Ukrainian unless the person chose English on this device before (then English is loaded
 * before the first page is shown; if it cannot be, the page comes in Ukrainian).
 */
export async function initLanguage(): Promise<Language> {
  const saved = storage.get(LANGUAGE_KEY);
  let language: Language = isLanguage(saved) ? saved : 'uk';
  try {
    await loadCatalogue(language);
  } catch (error) {
    console.error(error);
    language = 'uk';
  }
  apply(language);
  return language;
}

export function currentLanguage(): Language {
  const language = translations.locale();
  return isLanguage(language) ? language : 'uk';
}

/** Switches the interface language (loading it first) and remembers the choice here. */
export async function setLanguage(language: Language): Promise<void> {
  if (language === currentLanguage()) return;
  await loadCatalogue(language);
  apply(language);
  storage.set(LANGUAGE_KEY, language);
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The current language's catalogue, with the sections loaded so far. */
export function catalogue(): Messages {
  const language = currentLanguage();
  return Object.assign(
    {},
    catalogues[language] ?? uk,
    ...Object.values(sections[language]),
  ) as Messages;
}

/** A catalogue string in the current language, with `{{name}}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translations.t(key, params);
}

/** A catalogue list in the current language. */
export function list(key: ListKey): readonly string[] {
  let node: unknown = catalogue();
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as readonly string[];
}
