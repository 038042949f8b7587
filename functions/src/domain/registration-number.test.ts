import { describe, expect, it } from 'vitest';
import {
  allocateRegistrationNumber,
  counterId,
  formatRegistrationNumber,
  parseRegistrationNumber,
} from './registration-number.js';

describe('registration number format', () => {
  it('writes the prefix, the year and a six-digit sequence', () => {
    expect(formatRegistrationNumber('report', 2026, 123)).toBe('ГО-2026-000123');
    expect(formatRegistrationNumber('proposal', 2027, 1)).toBe('ЗП-2027-000001');
    expect(formatRegistrationNumber('report', 2026, 999_999)).toBe('ГО-2026-999999');
  });

  it('reads back what it writes', () => {
    for (const [kind, year, sequence] of [
      ['report', 2026, 123],
      ['proposal', 2027, 1],
      ['report', 2030, 999_999],
    ] as const) {
      expect(parseRegistrationNumber(formatRegistrationNumber(kind, year, sequence))).toEqual({
        kind,
        year,
        sequence,
      });
    }
  });

  it('reads a number typed with spaces around it', () => {
    expect(parseRegistrationNumber('  ГО-2026-000123 ')).toEqual({
      kind: 'report',
      year: 2026,
      sequence: 123,
    });
  });

  it.each([
    'ГО-2026-000000', // sequences start at 1
    'ХХ-2026-000001', // unknown prefix
    'GO-2026-000001', // Latin letters
    'ГO-2026-000001', // Cyrillic Г with a Latin O
    'ГО-26-000001',
    'ГО-2026-00123',
    'ГО-2026-1234567',
    'ГО 2026 000123',
    'го-2026-000123',
    '',
  ])('does not read %j', (value) => {
    expect(parseRegistrationNumber(value)).toBeNull();
  });

  it('names the counter document by kind and year', () => {
    expect(counterId('report', 2026)).toBe('report-2026');
    expect(counterId('proposal', 2027)).toBe('proposal-2027');
  });
});

describe('allocating registration numbers', () => {
  const may = new Date('2026-05-01T09:00:00Z');

  it('starts the year at 1 when there is no counter yet', () => {
    expect(allocateRegistrationNumber('report', undefined, may)).toEqual({
      ok: true,
      value: { number: 'ГО-2026-000001', counter: { kind: 'report', year: 2026, lastSequence: 1 } },
    });
  });

  it('continues from the counter without gaps', () => {
    const first = allocateRegistrationNumber(
      'report',
      { kind: 'report', year: 2026, lastSequence: 122 },
      may,
    );
    expect(first.ok && first.value.number).toBe('ГО-2026-000123');
    const second = allocateRegistrationNumber(
      'report',
      first.ok ? first.value.counter : undefined,
      may,
    );
    expect(second).toEqual({
      ok: true,
      value: {
        number: 'ГО-2026-000124',
        counter: { kind: 'report', year: 2026, lastSequence: 124 },
      },
    });
  });

  it('numbers proposals with their own prefix', () => {
    const result = allocateRegistrationNumber(
      'proposal',
      { kind: 'proposal', year: 2026, lastSequence: 41 },
      may,
    );
    expect(result.ok && result.value.number).toBe('ЗП-2026-000042');
  });

  it('takes the year from the Kyiv calendar: 22:30 UTC on 31 December is already next year', () => {
    const result = allocateRegistrationNumber(
      'report',
      undefined,
      new Date('2026-12-31T22:30:00Z'),
    );
    expect(result).toEqual({
      ok: true,
      value: { number: 'ГО-2027-000001', counter: { kind: 'report', year: 2027, lastSequence: 1 } },
    });
    const stillOld = allocateRegistrationNumber(
      'report',
      undefined,
      new Date('2026-12-31T21:59:59Z'),
    );
    expect(stillOld.ok && stillOld.value.number).toBe('ГО-2026-000001');
  });

  it('refuses the previous year’s counter after the Kyiv new year', () => {
    const counter2026 = { kind: 'report' as const, year: 2026, lastSequence: 5000 };
    expect(() =>
      allocateRegistrationNumber('report', counter2026, new Date('2026-12-31T22:30:00Z')),
    ).toThrow(/report-2026.*report-2027/);
  });

  it('refuses a counter of the other kind', () => {
    const proposals = { kind: 'proposal' as const, year: 2026, lastSequence: 3 };
    expect(() => allocateRegistrationNumber('report', proposals, may)).toThrow(/proposal-2026/);
  });

  it('gives the last number 999999 and then reports exhaustion', () => {
    const last = allocateRegistrationNumber(
      'report',
      { kind: 'report', year: 2026, lastSequence: 999_998 },
      may,
    );
    expect(last.ok && last.value.number).toBe('ГО-2026-999999');
    const exhausted = allocateRegistrationNumber(
      'report',
      { kind: 'report', year: 2026, lastSequence: 999_999 },
      may,
    );
    expect(exhausted.ok).toBe(false);
    expect(exhausted.ok || exhausted.error.code).toBe('NUMBERING.SEQUENCE_EXHAUSTED');
    expect(exhausted.ok || exhausted.error.message).toBe('Вичерпано номери на 2026 рік');
  });
});
