import { describe, expect, it } from 'vitest';
import { parliamentAddresseeSchema } from './catalogue-schemas.js';
import {
  addresseeName,
  PARLIAMENT_ADDRESSEES,
  RADA_COMMITTEES,
  VERKHOVNA_RADA,
} from './parliament.js';

describe('addressees of a recommendation to Parliament', () => {
  it('has the Verkhovna Rada and the 23 committees of the 9th convocation, each once', () => {
    expect(PARLIAMENT_ADDRESSEES[0]).toBe(VERKHOVNA_RADA);
    expect(RADA_COMMITTEES).toHaveLength(23);
    const codes = PARLIAMENT_ADDRESSEES.map((a) => a.code);
    expect(new Set(codes).size).toBe(24);
    for (const committee of RADA_COMMITTEES) {
      expect(committee.uk).toMatch(/^Комітет з питань /);
      expect(committee.en).toMatch(/Committee/);
    }
  });

  it('includes the committee on human rights that most recommendations go to', () => {
    const humanRights = RADA_COMMITTEES.find((c) => c.code === 'human_rights');
    expect(humanRights?.uk).toContain('прав людини, деокупації та реінтеграції');
    expect(humanRights?.uk).toContain('національних меншин і міжнаціональних відносин');
  });

  it('names the addressee as a letter does', () => {
    const legal = RADA_COMMITTEES.find((c) => c.code === 'legal_policy')!;
    expect(addresseeName(legal, 'uk')).toBe(
      'Комітет Верховної Ради України з питань правової політики',
    );
    expect(addresseeName(legal, 'en')).toBe('Verkhovna Rada of Ukraine Committee on Legal Policy');
    expect(addresseeName(VERKHOVNA_RADA, 'uk')).toBe('Верховна Рада України');
  });

  it('validates addressee codes against the list', () => {
    expect(parliamentAddresseeSchema.safeParse('legal_policy').success).toBe(true);
    expect(
      parliamentAddresseeSchema.safeParse('cabinet_of_ministers').error?.issues[0]?.message,
    ).toBe('Оберіть адресата: Верховну Раду України або її комітет');
  });
});
