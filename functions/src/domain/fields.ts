import { z } from 'zod';
import { EDRPOU_ERROR_CODES, edrpouProblem } from './edrpou.js';
import { codedIssue, type BadIdProblem } from './errors/field-issue.js';

/**
 * Field types shared by the document schemas. Texts are trimmed and bounded so that a
 * form, a callable and a trigger agree on what is acceptable.
 */
export const text = (min: number, max: number, what: string) =>
  z
    .string({ error: `Заповніть поле «${what}»` })
    .trim()
    .min(min, min <= 1 ? `Заповніть поле «${what}»` : `«${what}»: щонайменше ${min} символів`)
    .max(max, `«${what}»: не більше ${max} символів`);

export const optionalText = (max: number, what: string) =>
  z.string().trim().max(max, `«${what}»: не більше ${max} символів`).optional();

/** A text in Ukrainian, with its English twin where given. */
export const bilingualText = (min: number, max: number, what: string) =>
  z.object({ uk: text(min, max, what), en: optionalText(max, what) });

/** Firestore's own limit on a document id, in UTF-8 bytes. */
export const DOCUMENT_ID_MAX_BYTES = 1500;

/**
 * Why a string cannot name a Firestore document, or null if it can. Firestore refuses `.`,
 * `..`, ids containing `/`, ids of the form `__…__` (reserved), ids that are not valid UTF-8
 * (a lone surrogate) and ids over 1,500 bytes; such an id reaching the Admin SDK is a server
 * error, so every id is checked at the boundary.
 */
export function documentIdProblem(id: string): BadIdProblem | null {
  if (id.includes('/')) return 'slash';
  if (id === '.' || id === '..') return 'dots';
  if (/^__.*__$/s.test(id)) return 'reserved';
  // A lone surrogate has no UTF-8 form: the path would reach Firestore mangled.
  if (/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(id)) {
    return 'characters';
  }
  if (new TextEncoder().encode(id).length > DOCUMENT_ID_MAX_BYTES) {
    return 'too_long';
  }
  return null;
}

/** A document id of at most `maxLength` characters (and never one Firestore refuses). */
export const documentIdSchema = (maxLength: number) =>
  z
    .string()
    .min(1)
    .max(maxLength)
    .superRefine((id, ctx) => {
      const problem = documentIdProblem(id);
      if (problem) ctx.addIssue({ code: 'custom', ...codedIssue('FIELD.BAD_ID', { problem }) });
    });

export const idSchema = documentIdSchema(128);

export const uidSchema = idSchema;

export const emailSchema = z
  .string({ error: 'Вкажіть адресу електронної пошти' })
  .trim()
  .toLowerCase()
  .pipe(z.email({ error: 'Адреса електронної пошти має вигляд name@example.org' }));

export const urlSchema = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https?$/, error: 'Адреса сайту має починатися з https://' }));

export const edrpouSchema = z
  .string({ error: 'Вкажіть код ЄДРПОУ' })
  .trim()
  .superRefine((code, ctx) => {
    const problem = edrpouProblem(code);
    if (problem) {
      ctx.addIssue({
        code: 'custom',
        ...codedIssue(EDRPOU_ERROR_CODES[problem]),
      });
    }
  });

/** A calendar date typed by a person, `YYYY-MM-DD`, not in the future of `today`. */
export const isoDateSchema = z.iso.date({ error: 'Дата має вигляд РРРР-ММ-ДД' });

/** A time of day on the Kyiv clock, `HH:MM` (24-hour). */
export const kyivClockSchema = z
  .string({ error: 'Вкажіть час' })
  .trim()
  .regex(/^(?:[01]\d|2[0-3]):[0-5]\d$/, 'Час має вигляд ГГ:ХХ, наприклад 14:30');

/** A link to an online meeting or a page: secure addresses only. */
export const httpsUrlSchema = z
  .string()
  .trim()
  .pipe(z.url({ protocol: /^https$/, error: 'Посилання має починатися з https://' }));

/**
 * A key the client gives an item of a list (a legal act, an agenda item) so that other
 * items can refer to it however the list is reordered.
 */
export const itemKeySchema = z
  .string()
  .regex(/^[A-Za-z0-9_-]{1,40}$/, 'Ключ елемента: латинські літери, цифри, «_» і «-»');

/**
 * Firestore timestamps without importing Firestore: anything with `toMillis()` (a
 * Timestamp from either SDK) or a JavaScript Date.
 */
export interface TimestampLike {
  toMillis(): number;
}
export const timestampSchema = z.custom<TimestampLike | Date>(
  (value) =>
    value instanceof Date ||
    (typeof value === 'object' &&
      value !== null &&
      typeof (value as { toMillis?: unknown }).toMillis === 'function'),
  { message: 'Очікувалася позначка часу' },
);

export function millisOf(value: TimestampLike | Date): number {
  return value instanceof Date ? value.getTime() : value.toMillis();
}

/** Common metadata every workflow document carries. */
export const auditedFields = {
  createdBy: uidSchema,
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
};

/**
 * The fields of a half-filled form that are valid already, each checked on its own: what a
 * draft keeps on the server while the rest stays on the device until it is.
 */
export function validFields<Shape extends Record<string, z.ZodType>>(
  shape: Shape,
  input: Record<string, unknown>,
): { [K in keyof Shape]?: z.infer<Shape[K]> } {
  const kept: Record<string, unknown> = {};
  for (const key of Object.keys(shape)) {
    if (input[key] === undefined) continue;
    const field = shape[key]!.safeParse(input[key]);
    if (field.success) kept[key] = field.data;
  }
  return kept as { [K in keyof Shape]?: z.infer<Shape[K]> };
}
