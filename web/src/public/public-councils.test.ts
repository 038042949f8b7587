import { describe, expect, it } from 'vitest';
import { councilFrom, instrumentName, themeName } from './public-councils.js';

const council = {
  id: 'expert-children',
  kind: 'expert',
  name: { uk: 'Експертна рада з питань захисту прав дитини', en: 'Expert Council on Children' },
  description: { uk: 'Готує пропозиції щодо законодавства про захист дітей.' },
  theme: 'legislation',
  instruments: ['crc', 42],
  memberOrgs: [{ orgId: '43900335', name: 'ГО «Харківський центр»' }, { orgId: '1' }],
  chair: { displayName: 'Тарас Мельник', orgName: 'ГО «Харківський центр»', email: 'x@y.z' },
  proposals: [
    {
      id: 'p1',
      number: 'ЗП-2026-000001',
      title: 'Окреме тримання дітей',
      status: 'discussed',
      authors: ['ГО «Харківський центр»'],
      createdBy: 'secret-uid',
    },
    { id: 'p2', number: 'ЗП-2026-000002', title: 'Без статусу', status: 'nonsense' },
  ],
  createdBy: 'demo-admin',
};

describe('the public councils', () => {
  it('keep only what the public page shows, never a contact', () => {
    const shown = councilFrom(council);
    expect(shown).toEqual({
      id: 'expert-children',
      kind: 'expert',
      name: { uk: council.name.uk, en: 'Expert Council on Children' },
      description: { uk: council.description.uk, en: null },
      theme: 'legislation',
      instruments: ['crc'],
      memberOrgs: [{ orgId: '43900335', name: 'ГО «Харківський центр»' }],
      chair: { displayName: 'Тарас Мельник', orgName: 'ГО «Харківський центр»' },
      meetings: [],
      proposals: [
        {
          id: 'p1',
          number: 'ЗП-2026-000001',
          title: 'Окреме тримання дітей',
          status: 'discussed',
          authors: ['ГО «Харківський центр»'],
        },
      ],
    });
    expect(JSON.stringify(shown)).not.toContain('@');
    expect(JSON.stringify(shown)).not.toContain('secret-uid');
  });

  it('name the theme and the instruments from the catalogues in both languages', () => {
    expect(themeName('legislation', 'en')).not.toBe('legislation');
    expect(instrumentName('crc', 'uk')).toBe('Конвенція про права дитини');
    expect(instrumentName('crc', 'en')).toBe('Convention on the Rights of the Child');
    expect(instrumentName('unknown', 'en')).toBe('unknown');
  });
});
