import { describe, expect, it } from 'vitest';
import { affectsCouncilDirectory, councilEntry } from './directory.schema.js';

const council = {
  kind: 'expert',
  name: { uk: 'Експертна рада з питань захисту прав дитини', en: '' },
  description: { uk: 'Готує пропозиції щодо законодавства про захист дітей.' },
  theme: 'legislation',
  memberOrgs: [
    { orgId: '1', name: 'ГО «Один»' },
    { orgId: '2', name: 'ГО «Два»' },
  ],
  chair: { displayName: 'Тарас Мельник' },
  createdBy: 'demo-admin',
};

describe('the councils directory', () => {
  it('keeps what /councils lists of a council, and nothing else', () => {
    expect(councilEntry('expert-children', council)).toEqual({
      id: 'expert-children',
      kind: 'expert',
      name: { uk: council.name.uk },
      theme: 'legislation',
      organisationCount: 2,
    });
    expect(councilEntry('broken', { ...council, name: undefined })).toBeNull();
    expect(councilEntry('broken', { ...council, memberOrgs: undefined })).toBeNull();
  });

  it('is rebuilt when what it lists changes, not for the description or the chair', () => {
    expect(affectsCouncilDirectory(undefined, council)).toBe(true);
    expect(affectsCouncilDirectory(council, undefined)).toBe(true);
    expect(affectsCouncilDirectory(council, { ...council, memberOrgs: [] })).toBe(true);
    expect(affectsCouncilDirectory(council, { ...council, name: { uk: 'Інша назва ради' } })).toBe(
      true,
    );
    expect(
      affectsCouncilDirectory(council, { ...council, description: { uk: 'Інший опис ради.' } }),
    ).toBe(false);
    expect(affectsCouncilDirectory(council, { ...council, chair: undefined })).toBe(false);
  });
});
