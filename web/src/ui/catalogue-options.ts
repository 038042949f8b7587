import type { CatalogueEntry, Language } from '@domain/catalogues/catalogue.js';
import type { Option } from './field.js';

/**
 * A catalogue of the domain (regions, areas, legal forms) as the options of a select or a
 * group of choices, in the catalogue's own order (regions: the official order) and the
 * interface's language.
 */
export function catalogueOptions(entries: readonly CatalogueEntry[], language: Language): Option[] {
  return entries.map((entry) => ({ value: entry.code, label: entry[language] }));
}
