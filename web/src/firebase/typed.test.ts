import { describe, expect, it } from 'vitest';
import { StoredDocumentError } from '@domain/stored/stored-document.js';
import { organisationNamesConverter, profileConverter, reportConverter } from './converters.js';
import { profileFrom } from './profile.js';
import type { TypedSnapshot } from './typed.js';

/** A stand-in for a Firestore timestamp: the schemas take anything with `toMillis()`. */
const at = (ms: number) => ({ toMillis: () => ms });

/** A snapshot as either web SDK hands it to a converter; records the options `data` got. */
function snapshot(path: string, data: unknown) {
  const asked: unknown[] = [];
  const snap: TypedSnapshot = {
    ref: { path },
    data(options) {
      asked.push(options);
      return data;
    },
  };
  return { snap, asked };
}

function refusal(run: () => unknown): StoredDocumentError {
  try {
    run();
  } catch (error) {
    if (error instanceof StoredDocumentError) return error;
    throw error;
  }
  throw new Error('the document was not refused');
}

const PROFILE = {
  email: 'olena@spilno.test',
  displayName: 'Олена Коваль',
  language: 'uk',
  notificationPreference: 'immediate',
  role: 'coordinator',
  regions: ['UA-46'],
  disabled: false,
  claimsUpdatedAt: at(2_000),
  createdAt: at(1_000),
  updatedAt: at(1_500),
};

const DRAFT = {
  title: 'Затримання',
  orgId: 'org1',
  status: 'draft',
  intake: 'web',
  createdBy: 'u1',
  createdAt: at(1_000),
  updatedAt: at(1_000),
};

describe('web converters from the domain schemas', () => {
  it('reads a profile that fits, typed, with server times estimated while pending', () => {
    const { snap, asked } = snapshot('users/u1', PROFILE);
    const profile = profileConverter.fromFirestore(snap);
    expect(profile.role).toBe('coordinator');
    expect(profileFrom(profile)).toMatchObject({
      role: 'coordinator',
      position: null,
      orgId: null,
      regions: ['UA-46'],
      claimsUpdatedAt: 2_000,
      createdAt: 1_000,
    });
    expect(asked).toEqual([{ serverTimestamps: 'estimate' }]);
  });

  it('refuses a profile with a missing field, naming the document and the field', () => {
    const { email: _dropped, ...withoutEmail } = PROFILE;
    const refused = refusal(() =>
      profileConverter.fromFirestore(snapshot('users/u2', withoutEmail).snap),
    );
    expect(refused.error.code).toBe('DOCUMENT.INVALID');
    expect(refused.error.params).toMatchObject({ path: 'users/u2', field: 'email' });
    expect(refused.error.message).toContain('«email»');
    expect(refused.message).toContain('users/u2');
  });

  it('refuses a wrong value by its field', () => {
    const refused = refusal(() =>
      profileConverter.fromFirestore(snapshot('users/u3', { ...PROFILE, role: 'superuser' }).snap),
    );
    expect(refused.error.params).toMatchObject({ field: 'role' });
  });

  it('reads a draft report through the draft schema, and a submitted one through the report’s', () => {
    const draft = reportConverter.fromFirestore(snapshot('reports/r1', DRAFT).snap);
    expect(draft.status).toBe('draft');
    // The same fields as a submitted report are not enough: the whole report is required then.
    const refused = refusal(() =>
      reportConverter.fromFirestore(snapshot('reports/r2', { ...DRAFT, status: 'submitted' }).snap),
    );
    expect(refused.error.params).toMatchObject({ path: 'reports/r2' });
    expect(refused.error.params?.field).toMatch(/^[a-zA-Z.]+$/);
    expect(refused.error.params?.field).not.toBe('(document)');
  });

  it('refuses a draft carrying a field a draft may not have, by name', () => {
    const refused = refusal(() =>
      reportConverter.fromFirestore(snapshot('reports/r3', { ...DRAFT, number: 'ГО-1' }).snap),
    );
    expect(refused.error.params).toMatchObject({ path: 'reports/r3' });
    expect(refused.error.message).toContain('number');
  });

  it('reads only the names of an organisation, and refuses a missing short name', () => {
    const names = organisationNamesConverter.fromFirestore(
      snapshot('organisations/o1', { name: 'Громадська організація', shortName: 'ГО', edrpou: 1 })
        .snap,
    );
    expect(names).toEqual({ name: 'Громадська організація', shortName: 'ГО' });
    const refused = refusal(() =>
      organisationNamesConverter.fromFirestore(
        snapshot('organisations/o2', { name: 'Громадська організація' }).snap,
      ),
    );
    expect(refused.error.params).toMatchObject({ field: 'shortName' });
  });

  it('refuses a document that is missing altogether', () => {
    const refused = refusal(() =>
      profileConverter.fromFirestore(snapshot('users/u4', undefined).snap),
    );
    expect(refused.error.params).toMatchObject({ field: '(document)' });
  });
});
