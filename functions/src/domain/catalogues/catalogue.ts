/** A catalogue entry: a stable code with labels in both interface languages. */
export interface CatalogueEntry<Code extends string = string> {
  readonly code: Code;
  readonly uk: string;
  readonly en: string;
}

export type Language = 'uk' | 'en';

export function labelOf<Code extends string>(
  catalogue: readonly CatalogueEntry<Code>[],
  code: Code,
  language: Language = 'uk',
): string {
  return labelOfCode(catalogue, code, language);
}

/**
 * The label of a code that arrives as plain text (a stored field, a mail's data): the code
 * itself when the catalogue does not know it.
 */
export function labelOfCode<Code extends string>(
  catalogue: readonly CatalogueEntry<Code>[],
  code: string,
  language: Language = 'uk',
): string {
  return catalogue.find((entry) => entry.code === code)?.[language] ?? code;
}

export function codesOf<Code extends string>(
  catalogue: readonly CatalogueEntry<Code>[],
): [Code, ...Code[]] {
  const codes = catalogue.map((entry) => entry.code);
  if (codes.length === 0) throw new Error('A catalogue cannot be empty');
  return codes as [Code, ...Code[]];
}
