import { describe, expect, it } from 'vitest';
import { organisationSchema } from '../schemas/organisation.schema.js';
import { StoredDocumentError, storedConverter } from './stored-document.js';

/** An organisation as the server stores it (registration, then a review). */
const STORED = {
  name: 'Громадська організація «Центр прав людини»',
  shortName: 'ЦПЛ',
  edrpou: '43005393',
  legalForm: 'public_organisation',
  regionCode: 'UA-30',
  areas: ['prevention', 'education'],
  website: 'https://cpl.org.ua',
  publicEmail: 'info@cpl.org.ua',
  publicPhone: '+380442537589',
  listedInDirectory: true,
  status: 'verified',
  verifiedAt: new Date('2026-11-02T10:00:00Z'),
  verifiedBy: 'demo-staff1',
  createdBy: 'demo-ngo-admin',
  createdAt: new Date('2026-11-01T10:00:00Z'),
  updatedAt: new Date('2026-11-02T10:00:00Z'),
};

const converter = storedConverter(organisationSchema);
const read = (data: unknown) =>
  converter.fromFirestore({ ref: { path: 'organisations/43005393' }, data: () => data });

function refusedField(data: unknown): string {
  try {
    read(data);
  } catch (error) {
    if (error instanceof StoredDocumentError) {
      expect(error.error.code).toBe('DOCUMENT.INVALID');
      expect(error.message).toContain('organisations/43005393');
      return String(error.error.params?.field);
    }
    throw error;
  }
  throw new Error('the organisation was not refused');
}

describe('organisations read through their schema (organisation-store.ts)', () => {
  it('reads a stored organisation, typed, with the review fields', () => {
    const organisation = read(STORED);
    expect(organisation.status).toBe('verified');
    expect(organisation.regionCode).toBe('UA-30');
  });

  it('refuses one without a status, naming the field', () => {
    const { status: _status, ...withoutStatus } = STORED;
    expect(refusedField(withoutStatus)).toBe('status');
  });

  it('refuses a status or region it does not know, naming the field', () => {
    expect(refusedField({ ...STORED, status: 'approved' })).toBe('status');
    expect(refusedField({ ...STORED, regionCode: 'UA-99' })).toBe('regionCode');
    expect(refusedField({ ...STORED, areas: ['prevention', 7] })).toBe('areas.1');
  });
});
