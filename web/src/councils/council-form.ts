import { councilInputSchema, type CouncilInput } from '@domain/schemas/council.schema.js';
import type { Language } from '../i18n/i18n.js';
import { validate, type FieldLabels, type Problems, type Validation } from '../forms/problems.js';

/**
 * The administrators' council form: what was typed, as the input of `councilAction`
 * (`create`), checked with the same schema as the server. The form's fields are flat; the
 * schema's paths (`name.uk`) are mapped onto them.
 */
export type CouncilFormValues = {
  kind: string;
  nameUk: string;
  nameEn: string;
  descriptionUk: string;
  descriptionEn: string;
  theme: string;
  instruments: readonly string[];
};

const FIELD_OF: Readonly<Record<string, keyof CouncilFormValues>> = {
  'name.uk': 'nameUk',
  'name.en': 'nameEn',
  'description.uk': 'descriptionUk',
  'description.en': 'descriptionEn',
};

const optional = (value: string) => value.trim() || undefined;

export function validateCouncilForm(
  values: CouncilFormValues,
  language: Language,
  labels: FieldLabels,
): Validation<CouncilInput> {
  const input = {
    kind: values.kind || undefined,
    name: { uk: values.nameUk, en: optional(values.nameEn) },
    description: { uk: values.descriptionUk, en: optional(values.descriptionEn) },
    theme: optional(values.theme),
    instruments: [...values.instruments],
  };
  const schemaLabels = Object.fromEntries(
    Object.entries(labels).map(([field, label]) => [
      Object.entries(FIELD_OF).find(([, name]) => name === field)?.[0] ?? field,
      label,
    ]),
  );
  const checked = validate(councilInputSchema, input, language, schemaLabels);
  if (checked.ok) return checked;
  const problems: Problems = {};
  for (const [path, message] of Object.entries(checked.problems)) {
    const field = FIELD_OF[path] ?? path.split('.')[0] ?? path;
    problems[field] ??= message;
  }
  return { ok: false, problems };
}
