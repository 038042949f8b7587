import { describe, expect, it } from 'vitest';
import { normalise, searchOrganisations, searchPeople, type OrganisationRow } from './search.js';

const org = (
  orgId: string,
  shortName: string,
  status: OrganisationRow['status'] = 'verified',
  createdAt: number | null = null,
): OrganisationRow => ({
  orgId,
  edrpou: orgId,
  name: `ГО «${shortName}»`,
  shortName,
  status,
  createdAt,
});

describe('normalise', () => {
  it('ignores case, apostrophe variants and extra spaces', () => {
    expect(normalise("  Прав'я  ЛЮДИНИ ")).toBe('прав’я людини');
    expect(normalise('Правʼя')).toBe(normalise('Прав’я'));
  });
});

describe('searchOrganisations', () => {
  const rows = [
    org('43900115', 'Гідність'),
    org('43900225', 'Право на дім'),
    org('43900445', 'Центр доступності', 'pending', 2000),
    org('12345678', 'Світанок', 'pending', 1000),
  ];

  it('finds by the words of the name, in any order', () => {
    expect(searchOrganisations(rows, 'дім право', 'uk').map((r) => r.orgId)).toEqual(['43900225']);
    expect(searchOrganisations(rows, 'ГІДН', 'uk').map((r) => r.orgId)).toEqual(['43900115']);
  });

  it('finds by the start of the EDRPOU code, spaces allowed', () => {
    expect(searchOrganisations(rows, '4390 01', 'uk').map((r) => r.orgId)).toEqual(['43900115']);
    expect(searchOrganisations(rows, '439', 'uk').map((r) => r.orgId)).toEqual([
      '43900445',
      '43900115',
      '43900225',
    ]);
  });

  it('puts the verification queue first, oldest first, then the rest by name', () => {
    expect(searchOrganisations(rows, '', 'uk').map((r) => r.orgId)).toEqual([
      '12345678',
      '43900445',
      '43900115',
      '43900225',
    ]);
  });
});

describe('searchPeople', () => {
  const people = [
    { uid: 'a', displayName: 'Марія Левченко', email: 'ngo-admin@spilno.test' },
    { uid: 'b', displayName: 'Андрій Коваленко', email: 'admin@spilno.test' },
    { uid: 'c', displayName: null, email: 'new@spilno.test' },
  ];

  it('finds by name or email, every word typed', () => {
    expect(searchPeople(people, 'левченко', 'uk').map((p) => p.uid)).toEqual(['a']);
    expect(searchPeople(people, 'admin@', 'uk').map((p) => p.uid)).toEqual(['b', 'a']);
    expect(searchPeople(people, 'марія admin', 'uk').map((p) => p.uid)).toEqual(['a']);
    expect(searchPeople(people, 'nobody', 'uk')).toEqual([]);
  });

  it('lists everyone by name when nothing is typed', () => {
    expect(searchPeople(people, '', 'uk').map((p) => p.uid)).toEqual(['b', 'a', 'c']);
  });
});
