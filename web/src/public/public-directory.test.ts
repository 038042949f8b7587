import { describe, expect, it } from 'vitest';
import { REGIONS } from '@domain/catalogues/regions.js';
import { StoredDocumentError } from '@domain/stored/stored-document.js';
import { filterPartners, groupByRegion, type CoordinatorEntry } from './public-directory.js';
import { coordinatorsFrom, councilsFrom, partnersFrom } from './public-directory-read.js';

const directory = (partners: unknown[]) => ({ partners, updatedAt: new Date() });

describe('partnersFrom', () => {
  it('reads the partners of the directory document', () => {
    expect(
      partnersFrom(
        directory([
          {
            orgId: '43900115',
            name: 'Правозахисна ініціатива «Гідність»',
            shortName: 'ПІ «Гідність»',
            regionCode: 'UA-30',
            areas: ['restoration'],
            website: 'https://gidnist.example.org',
          },
        ]),
      ),
    ).toEqual([
      {
        orgId: '43900115',
        name: 'Правозахисна ініціатива «Гідність»',
        shortName: 'ПІ «Гідність»',
        regionCode: 'UA-30',
        areas: ['restoration'],
        website: 'https://gidnist.example.org',
      },
    ]);
  });

  it('keeps only http(s) web addresses, and reads nothing from a missing document', () => {
    const partners = partnersFrom(
      directory([
        { orgId: '1', name: 'Н', shortName: 'Н', regionCode: 'UA-46', areas: [] },
        {
          orgId: '2',
          name: 'Назва',
          shortName: 'Назва',
          regionCode: 'UA-46',
          areas: [],
          website: 'javascript:alert(1)',
        },
      ]),
    );
    expect(partners.map((p) => p.website)).toEqual([null, null]);
    expect(partnersFrom(null)).toEqual([]);
  });

  it('refuses data that does not fit the directory schema, naming the field', () => {
    const refused = (data: unknown) => {
      try {
        partnersFrom(data);
      } catch (error) {
        expect(error).toBeInstanceOf(StoredDocumentError);
        return (error as StoredDocumentError).error.params;
      }
      throw new Error('not refused');
    };
    expect(
      refused(directory([{ orgId: '1', name: 'Без області', shortName: 'Б', areas: [] }])),
    ).toMatchObject({ path: 'directory/partners', field: 'partners.0.regionCode' });
    expect(refused({ partners: 'not a list' })).toMatchObject({ field: 'partners' });
  });
});

describe('filterPartners', () => {
  const partners = partnersFrom(
    directory([
      { orgId: '1', name: 'Я', shortName: 'Ялта', regionCode: 'UA-30', areas: ['education'] },
      { orgId: '2', name: 'Є', shortName: 'Євро', regionCode: 'UA-30', areas: ['prevention'] },
      { orgId: '3', name: 'А', shortName: 'Аліна', regionCode: 'UA-46', areas: ['education'] },
    ]),
  );

  it('filters by region and by area, and sorts by name in Ukrainian order', () => {
    expect(filterPartners(partners, {}, 'uk').map((p) => p.orgId)).toEqual(['3', '2', '1']);
    expect(filterPartners(partners, { region: 'UA-30' }, 'uk').map((p) => p.orgId)).toEqual([
      '2',
      '1',
    ]);
    expect(filterPartners(partners, { area: 'education' }, 'uk').map((p) => p.orgId)).toEqual([
      '3',
      '1',
    ]);
    expect(filterPartners(partners, { region: 'UA-46', area: 'prevention' }, 'uk')).toEqual([]);
  });
});

describe('coordinators', () => {
  const directory = {
    updatedAt: new Date(),
    coordinators: [
      {
        uid: 'b',
        displayName: 'Богдан',
        regions: ['UA-46', 'UA-07'],
        workEmail: 'b@ombudsman.example',
      },
      { uid: 'a', displayName: 'Андрій', regions: ['UA-46'] },
    ],
  };

  it('reads the listings, with what a listing may leave out as null', () => {
    const coordinators = coordinatorsFrom(directory);
    expect(coordinators.map((c) => c.uid)).toEqual(['b', 'a']);
    expect(coordinators[0]).toEqual<CoordinatorEntry>({
      uid: 'b',
      displayName: 'Богдан',
      position: null,
      regions: ['UA-46', 'UA-07'],
      workEmail: 'b@ombudsman.example',
      workPhone: null,
    });
  });

  it('refuses a listing without regions, naming the field', () => {
    const broken = { coordinators: [{ uid: 'x', displayName: 'Без областей', regions: [] }] };
    expect(() => coordinatorsFrom(broken)).toThrow(StoredDocumentError);
    expect(() => coordinatorsFrom(broken)).toThrow('coordinators.0.regions');
  });

  it('reads nothing from a missing document', () => {
    expect(coordinatorsFrom(null)).toEqual([]);
  });

  it('groups them under all 27 regions in order, a person under each region they serve', () => {
    const groups = groupByRegion(coordinatorsFrom(directory), 'uk');
    expect(groups.map((g) => g.code)).toEqual(REGIONS.map((r) => r.code));
    expect(groups).toHaveLength(27);
    const byCode = new Map(groups.map((g) => [g.code, g.coordinators.map((c) => c.uid)]));
    expect(byCode.get('UA-46')).toEqual(['a', 'b']);
    expect(byCode.get('UA-07')).toEqual(['b']);
    expect(byCode.get('UA-30')).toEqual([]);
  });
});

describe('councils', () => {
  const entry = (id: string, kind: string, uk: string, extra: object = {}) => ({
    id,
    kind,
    name: { uk },
    organisationCount: 2,
    ...extra,
  });

  it('lists the Advisory Council first, then the Expert Councils by name in the language', () => {
    const councils = councilsFrom(
      {
        updatedAt: new Date(),
        councils: [
          entry('b', 'expert', 'Рада Б', { name: { uk: 'Рада Б', en: 'A council' } }),
          entry('a', 'expert', 'Рада А', { theme: 'legislation' }),
          entry('advisory', 'advisory', 'Консультативна рада'),
        ],
      },
      'uk',
    );
    expect(councils.map((c) => c.id)).toEqual(['advisory', 'a', 'b']);
    expect(councils[1]).toEqual({
      id: 'a',
      kind: 'expert',
      name: { uk: 'Рада А', en: null },
      theme: 'legislation',
      organisationCount: 2,
    });
    const english = councilsFrom(
      {
        councils: [
          entry('a', 'expert', 'Рада А'),
          entry('b', 'expert', 'Рада Б', { name: { uk: 'Рада Б', en: 'A council' } }),
        ],
      },
      'en',
    );
    expect(english.map((c) => c.id)).toEqual(['b', 'a']);
    expect(councilsFrom(null, 'uk')).toEqual([]);
  });

  it('refuses an entry that does not fit the schema, naming the field', () => {
    expect(() =>
      councilsFrom({ councils: [entry('x', 'expert', 'Рада', { email: 'a@b.c' })] }, 'uk'),
    ).toThrow(StoredDocumentError);
  });
});
