import { describe, expect, it } from 'vitest';
import {
  decodeDocument,
  decodeFields,
  decodeValue,
  fetchDocument,
  listDocuments,
  PublicDataError,
  restUrl,
  type RestValue,
} from './firestore-rest.js';

describe('decodeValue', () => {
  it('decodes the scalar values', () => {
    expect(decodeValue({ nullValue: null })).toBeNull();
    expect(decodeValue({ nullValue: 'NULL_VALUE' })).toBeNull();
    expect(decodeValue({ booleanValue: true })).toBe(true);
    expect(decodeValue({ booleanValue: false })).toBe(false);
    expect(decodeValue({ stringValue: 'Київ' })).toBe('Київ');
    expect(decodeValue({ stringValue: '' })).toBe('');
    expect(decodeValue({ doubleValue: 1.5 })).toBe(1.5);
    expect(decodeValue({ bytesValue: 'AQID' })).toBe('AQID');
    expect(decodeValue({ referenceValue: 'projects/p/databases/(default)/documents/a/b' })).toBe(
      'projects/p/databases/(default)/documents/a/b',
    );
  });

  it('decodes integers, which arrive as strings, without losing digits', () => {
    expect(decodeValue({ integerValue: '42' })).toBe(42);
    expect(decodeValue({ integerValue: '-7' })).toBe(-7);
    expect(decodeValue({ integerValue: 3 })).toBe(3);
    expect(decodeValue({ integerValue: '9007199254740993' })).toBe('9007199254740993');
  });

  it('decodes the special doubles, which arrive as strings', () => {
    expect(decodeValue({ doubleValue: 'NaN' })).toBeNaN();
    expect(decodeValue({ doubleValue: 'Infinity' })).toBe(Number.POSITIVE_INFINITY);
    expect(decodeValue({ doubleValue: '-Infinity' })).toBe(Number.NEGATIVE_INFINITY);
  });

  it('decodes timestamps to Dates and geo points to coordinates', () => {
    const date = decodeValue({ timestampValue: '2026-03-02T10:00:00.123456Z' });
    expect(date).toBeInstanceOf(Date);
    expect((date as Date).toISOString()).toBe('2026-03-02T10:00:00.123Z');
    expect(decodeValue({ geoPointValue: { latitude: 50.45, longitude: 30.52 } })).toEqual({
      latitude: 50.45,
      longitude: 30.52,
    });
    // Zero coordinates are left out of the JSON.
    expect(decodeValue({ geoPointValue: {} })).toEqual({ latitude: 0, longitude: 0 });
  });

  it('decodes nested arrays and maps, including empty ones sent without their key', () => {
    const value: RestValue = {
      mapValue: {
        fields: {
          regions: { arrayValue: { values: [{ stringValue: 'UA-30' }, { stringValue: 'UA-46' }] } },
          empty: { arrayValue: {} },
          nested: {
            mapValue: { fields: { deep: { arrayValue: { values: [{ mapValue: {} }] } } } },
          },
        },
      },
    };
    expect(decodeValue(value)).toEqual({
      regions: ['UA-30', 'UA-46'],
      empty: [],
      nested: { deep: [{}] },
    });
  });

  it('refuses a value of a kind it does not know, rather than guess', () => {
    expect(() => decodeValue({ somethingNew: 1 } as unknown as RestValue)).toThrow(TypeError);
  });
});

describe('decodeDocument', () => {
  it('gives the id, the path and the data', () => {
    expect(
      decodeDocument({
        name: 'projects/demo-spilno/databases/(default)/documents/coordinators/demo-coordinator-kyiv',
        fields: { displayName: { stringValue: 'Наталія Шевчук' } },
        createTime: '2026-03-02T10:00:00Z',
      }),
    ).toEqual({
      id: 'demo-coordinator-kyiv',
      path: 'coordinators/demo-coordinator-kyiv',
      data: { displayName: 'Наталія Шевчук' },
    });
  });

  it('reads a document without fields as empty', () => {
    expect(decodeDocument({ name: 'projects/p/databases/(default)/documents/a/b' }).data).toEqual(
      {},
    );
    expect(decodeFields(undefined)).toEqual({});
  });
});

describe('restUrl', () => {
  const target = { base: 'http://127.0.0.1:8080', projectId: 'demo-spilno' };

  it('addresses a document or a collection of a project', () => {
    expect(restUrl(target, 'directory/partners')).toBe(
      'http://127.0.0.1:8080/v1/projects/demo-spilno/databases/(default)/documents/directory/partners',
    );
    expect(
      restUrl({ ...target, base: 'https://firestore.googleapis.com/' }, 'coordinators', {
        pageSize: '300',
      }),
    ).toBe(
      'https://firestore.googleapis.com/v1/projects/demo-spilno/databases/(default)/documents/coordinators?pageSize=300',
    );
  });

  it('escapes each segment and adds the API key when there is one', () => {
    const url = restUrl({ ...target, apiKey: 'AIza-key' }, 'a b/c?d');
    expect(url).toBe(
      'http://127.0.0.1:8080/v1/projects/demo-spilno/databases/(default)/documents/a%20b/c%3Fd?key=AIza-key',
    );
  });
});

describe('fetching', () => {
  const target = { base: 'http://firestore.test', projectId: 'demo-spilno' };
  const json = (status: number, body: unknown) =>
    Promise.resolve(new Response(JSON.stringify(body), { status }));

  it('fetches and decodes one document, and says null when it does not exist', async () => {
    const urls: string[] = [];
    const document = await fetchDocument(target, 'directory/partners', (url) => {
      urls.push(url);
      return json(200, {
        name: 'projects/demo-spilno/databases/(default)/documents/directory/partners',
        fields: { partners: { arrayValue: {} } },
      });
    });
    expect(document?.data).toEqual({ partners: [] });
    expect(urls).toHaveLength(1);
    expect(
      await fetchDocument(target, 'directory/none', () => json(404, { error: {} })),
    ).toBeNull();
  });

  it('lists a collection in one request, and an empty one as no documents', async () => {
    const urls: string[] = [];
    const documents = await listDocuments(target, 'coordinators', 300, (url) => {
      urls.push(url);
      return json(200, {
        documents: [
          { name: 'projects/demo-spilno/databases/(default)/documents/coordinators/a', fields: {} },
        ],
      });
    });
    expect(documents.map((d) => d.id)).toEqual(['a']);
    expect(urls).toEqual([
      'http://firestore.test/v1/projects/demo-spilno/databases/(default)/documents/coordinators?pageSize=300',
    ]);
    expect(await listDocuments(target, 'coordinators', 300, () => json(200, {}))).toEqual([]);
  });

  it('tells a lost connection from a refusal', async () => {
    const offline = fetchDocument(target, 'directory/partners', () =>
      Promise.reject(new TypeError('Failed to fetch')),
    );
    await expect(offline).rejects.toMatchObject({ kind: 'network', status: null });
    const refused = fetchDocument(target, 'mail/x', () => json(403, { error: {} }));
    await expect(refused).rejects.toBeInstanceOf(PublicDataError);
    await expect(refused).rejects.toMatchObject({ kind: 'http', status: 403 });
  });
});
