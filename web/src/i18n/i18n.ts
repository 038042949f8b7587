import rosetta from 'rosetta';
import type { Language } from '@domain/catalogues/catalogue.js';
import { storage } from '../storage.js';
import { en } from './en.js';
import type { ListKey, MessageKey } from './keys.js';
import { uk, type Messages } from './uk.js';

export type { Language };
export type { ListKey, MessageKey };

export const CATALOGUES: Readonly<Record<Language, Messages>> = { uk, en };
const LANGUAGE_KEY = 'spilno.language';

const translations = rosetta<Messages>({ uk, en });
const listeners = new Set<(language: Language) => void>();

export function isLanguage(value: unknown): value is Language {
  return value === 'uk' || value === 'en';
}

/** Ukrainian unless the person chose English on this device before. */
export function initLanguage(): Language {
  const saved = storage.get(LANGUAGE_KEY);
  const language = isLanguage(saved) ? saved : 'uk';
  translations.locale(language);
  document.documentElement.lang = language;
  return language;
}

export function currentLanguage(): Language {
  const language = translations.locale();
  return isLanguage(language) ? language : 'uk';
}

export function setLanguage(language: Language): void {
  if (language === currentLanguage()) return;
  translations.locale(language);
  storage.set(LANGUAGE_KEY, language);
  document.documentElement.lang = language;
  for (const listener of listeners) listener(language);
}

export function onLanguageChange(listener: (language: Language) => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** A catalogue string in the current language, with `{{name}}` placeholders filled in. */
export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translations.t(key, params);
}

/** A catalogue list in the current language. */
export function list(key: ListKey): readonly string[] {
  let node: unknown = CATALOGUES[currentLanguage()];
  for (const part of key.split('.')) node = (node as Record<string, unknown>)[part];
  return node as readonly string[];
}
