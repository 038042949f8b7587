import './validation.js';
import { describe, expect, it } from 'vitest';
import {
  documentIdProblem,
  documentIdSchema,
  emailSchema,
  idSchema,
  millisOf,
  optionalText,
  text,
  timestampSchema,
} from './fields.js';

describe('shared field types', () => {
  it('trims texts and bounds them with messages naming the field', () => {
    const title = text(5, 10, 'Назва');
    expect(title.parse('  Назва ГО  ')).toBe('Назва ГО');
    expect(title.safeParse('   ').error?.issues[0]?.message).toBe('«Назва»: щонайменше 5 символів');
    expect(title.safeParse('Дуже довга назва').error?.issues[0]?.message).toBe(
      '«Назва»: не більше 10 символів',
    );
    expect(title.safeParse(undefined).error?.issues[0]?.message).toBe('Заповніть поле «Назва»');
    expect(text(1, 10, 'Автор').safeParse(' ').error?.issues[0]?.message).toBe(
      'Заповніть поле «Автор»',
    );
    expect(optionalText(3, 'Примітка').safeParse('abcd').error?.issues[0]?.message).toBe(
      '«Примітка»: не більше 3 символів',
    );
  });

  it('refuses ids that would break a Firestore path', () => {
    expect(idSchema.safeParse('reports/r1').error?.issues[0]?.message).toBe(
      'Ідентифікатор не може містити «/»',
    );
    expect(idSchema.safeParse('').success).toBe(false);
    expect(idSchema.safeParse('r1').success).toBe(true);
    expect(idSchema.safeParse('a__b__c').success).toBe(true);
    expect(idSchema.safeParse('_x_').success).toBe(true);
    expect(idSchema.safeParse('𝕏-👩‍👩‍👧').success).toBe(true);
  });

  it.each(['.', '..', '__x__', '____', '__.__', 'a/b', '/', 'x'.repeat(129), '\uD800', 'a\uDFFFb'])(
    'refuses %j, which Firestore would not take as a document id',
    (id) => {
      expect(idSchema.safeParse(id).success).toBe(false);
    },
  );

  it('measures the 1,500-byte limit in UTF-8 bytes, not characters', () => {
    expect(documentIdProblem('ж'.repeat(750))).toBeNull();
    expect(documentIdProblem('ж'.repeat(751))).toBe('too_long');
    expect(documentIdSchema(2000).safeParse('ж'.repeat(751)).success).toBe(false);
    expect(documentIdProblem('..')).toBe('dots');
    expect(documentIdProblem('__proto__')).toBe('reserved');
    const refused = documentIdSchema(2000).safeParse('a/b');
    expect(refused.error?.issues[0]).toMatchObject({
      message: 'Ідентифікатор не може містити «/»',
      params: { code: 'FIELD.BAD_ID', params: { problem: 'slash' } },
    });
  });

  it('lower-cases and trims email addresses', () => {
    expect(emailSchema.parse('  Olena.Koval@Example.ORG ')).toBe('olena.koval@example.org');
  });

  it('takes Dates and Timestamp-like values, and reads their milliseconds', () => {
    const timestamp = { toMillis: () => 1_780_000_000_000 };
    expect(timestampSchema.safeParse(timestamp).success).toBe(true);
    expect(timestampSchema.safeParse(new Date(5)).success).toBe(true);
    expect(timestampSchema.safeParse('2026-05-10T09:00:00Z').success).toBe(false);
    expect(timestampSchema.safeParse({ seconds: 1, nanoseconds: 0 }).success).toBe(false);
    expect(millisOf(timestamp)).toBe(1_780_000_000_000);
    expect(millisOf(new Date('2026-05-10T09:00:00Z'))).toBe(Date.parse('2026-05-10T09:00:00Z'));
  });
});
