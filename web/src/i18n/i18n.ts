import { signal } from '@preact/signals';
import rosetta from 'rosetta';
import type { Language } from '@domain/catalogues/catalogue.js';
import { storage } from '../storage.js';
import type { ListKey, MessageKey } from './keys.js';
import { SECTIONS, type SectionName } from './sections.js';
import { uk, type BaseMessages, type Messages } from './uk.js';

export type { Language, Messages };
export type { ListKey, MessageKey };

/**
 * The main catalogue (uk.ts: what the public pages' script shows) comes in Ukrainian with the
 * first download; English only when someone chooses it (most visitors never do, and public
 * pages have a budget of 35 KB of JavaScript). The rest of the text is in sections.
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

// A copy: rosetta merges each loaded section into the table it holds.
const translations = rosetta<Messages>({ uk: { ...uk } as Messages });
/**
 * The interface language as a signal: a component that calls `t()` or `currentLanguage()`
 * while rendering is rendered again when the language changes.
 */
const language = signal<Language>('uk');
translations.locale('uk');

export function isLanguage(value: unknown): value is Language {
  return value === 'uk' || value === 'en';
}

/** The catalogue of a language, loading it first if needed. */
export async function loadCatalogue(wanted: Language): Promise<BaseMessages> {
  // A language chosen after a section was loaded gets that section too, downloaded alongside.
  const [loaded] = await Promise.all([
    loadMain(wanted),
    ...[...wantedSections].map((name) => loadSectionIn(name, wanted)),
  ]);
  return loaded;
}

async function loadMain(wanted: Language): Promise<BaseMessages> {
  let loaded = catalogues[wanted];
  if (!loaded) {
    const { en } = await import('./en.js');
    catalogues.en = loaded = en;
    translations.set('en', en as Messages);
  }
  return loaded;
}

async function loadSectionIn(name: SectionName, wanted: Language): Promise<void> {
  if (sections[wanted][name]) return;
  const part = await SECTIONS[name][wanted]();
  sections[wanted][name] = part;
  translations.set(wanted, part as Partial<Messages> as Messages);
}

/** Loads a section of the catalogue (see sections.ts) in the current language; pages await it. */
export async function loadSection(name: SectionName): Promise<void> {
  wantedSections.add(name);
  await loadSectionIn(name, currentLanguage());
}

function apply(next: Language): void {
  translations.locale(next);
  language.value = next;
  if (typeof document !== 'undefined') document.documentElement.lang = next;
}

/**
 * Ukrainian unless the person chose English on this device before (then English is loaded
 * before the first page is shown; if it cannot be, the page comes in Ukrainian). The sections
 * `needed` from the start (the app's `pages`) are loaded with it, in the language chosen.
 */
export async function initLanguage(
  wanted: Language | null = null,
  needed: readonly SectionName[] = [],
): Promise<Language> {
  for (const name of needed) wantedSections.add(name);
  const saved = storage.get(LANGUAGE_KEY);
  let chosen: Language = wanted ?? (isLanguage(saved) ? saved : 'uk');
  try {
    await loadCatalogue(chosen);
  } catch (error) {
    if (chosen === 'uk') throw error;
    console.error(error);
    chosen = 'uk';
    await loadCatalogue(chosen);
  }
  apply(chosen);
  return chosen;
}

/** The language this device remembers (from the switch or the profile), or null. */
export function rememberedLanguage(): Language | null {
  const saved = storage.get(LANGUAGE_KEY);
  return isLanguage(saved) ? saved : null;
}

export function rememberLanguage(chosen: Language): void {
  storage.set(LANGUAGE_KEY, chosen);
}

export function currentLanguage(): Language {
  return language.value;
}

/** Switches the interface language (loading it first) and remembers the choice here. */
export async function setLanguage(next: Language): Promise<void> {
  if (next === language.peek()) return;
  await loadCatalogue(next);
  apply(next);
  rememberLanguage(next);
}

/**
 * Renders something in a language, synchronously, and puts the language back (the server
 * renders public pages in the language the address asks for; the catalogue must be loaded).
 */
export function inLanguage<T>(wanted: Language, render: () => T): T {
  const previous = language.peek();
  apply(wanted);
  try {
    return render();
  } finally {
    apply(previous);
  }
}

/** The current language's catalogue, with the sections loaded so far. */
export function catalogue(): Messages {
  const current = currentLanguage();
  return Object.assign(
    {},
    catalogues[current] ?? uk,
    ...Object.values(sections[current]),
  ) as Messages;
}

/** A catalogue string in the current language, with `{{name}}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  // Read so that a component rendering this text follows the language.
  void language.value;
  return translations.t(key, params);
}

/** A catalogue list in the current language. */
export function list(key: ListKey): readonly string[] {
  let node: unknown = catalogue();
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as readonly string[];
}
