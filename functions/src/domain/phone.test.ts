import { describe, expect, it } from 'vitest';
import { errorText } from './errors/catalogue.js';
import { phoneSchema, ukrainianPhoneE164 } from './phone.js';

describe('Ukrainian phone numbers', () => {
  it.each([
    '0501234567',
    '050 123 45 67',
    '050-123-45-67',
    '(050) 123-45-67',
    '+380 50 123 45 67',
    '+380-50-123-45-67',
    '+380 (50) 123 45 67',
    '+38 050 123 45 67',
    '380501234567',
    ' +380501234567 ',
  ])('reads %j as +380501234567', (typed) => {
    expect(ukrainianPhoneE164(typed)).toBe('+380501234567');
  });

  it('reads landlines with longer area codes', () => {
    expect(ukrainianPhoneE164('044 253 75 89')).toBe('+380442537589');
    expect(ukrainianPhoneE164('+380 332 12 34 56')).toBe('+380332123456');
    expect(ukrainianPhoneE164('(0342) 20-00-00')).toBe('+380342200000');
  });

  it.each([
    '',
    'телефон',
    '050 123 45 6',
    '050 123 45 678',
    '+38067123456',
    '+3806712345678',
    '+48 601 234 567',
    'тел. 050 123 45 67',
    '050 123 45 67, 067 123 45 67',
  ])('refuses %j', (typed) => {
    expect(ukrainianPhoneE164(typed)).toBeNull();
  });

  it('gives E.164 from the schema, and one message for anything else', () => {
    expect(phoneSchema.parse('(067) 123-45-67')).toBe('+380671234567');
    const refused = phoneSchema.safeParse('12345');
    expect(refused.success).toBe(false);
    expect(refused.error?.issues.map((issue) => issue.message)).toEqual([
      errorText('FIELD.PHONE', 'uk'),
    ]);
    expect(refused.error?.issues[0]).toMatchObject({ params: { code: 'FIELD.PHONE' } });
  });

  it('reads a stored number back unchanged', () => {
    for (const stored of ['+380501234567', '+380442537589']) {
      expect(phoneSchema.parse(stored)).toBe(stored);
    }
  });
});
