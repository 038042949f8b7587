/**
 * Reading public Firestore documents over the REST API with `fetch`, so that public pages load
 * no Firebase SDK. Security rules apply as to any unauthenticated client; only the public
 * collections (docs/API.md) can be read this way.
 *
 *   GET {base}/v1/projects/{projectId}/databases/(default)/documents/{path}
 *
 * Documents arrive as typed values (`{"stringValue": "…"}`); `decodeValue` turns them into
 * plain JavaScript values.
 */

/** A Firestore REST value: exactly one of these keys is present. */
export type RestValue =
  | { nullValue: null | 'NULL_VALUE' }
  | { booleanValue: boolean }
  | { integerValue: string | number }
  | { doubleValue: number | string }
  | { timestampValue: string }
  | { stringValue: string }
  | { bytesValue: string }
  | { referenceValue: string }
  | { geoPointValue: { latitude?: number; longitude?: number } }
  | { arrayValue: { values?: RestValue[] } }
  | { mapValue: { fields?: Record<string, RestValue> } };

export interface GeoPoint {
  latitude: number;
  longitude: number;
}

export type Decoded =
  null | boolean | number | string | Date | GeoPoint | Decoded[] | { [field: string]: Decoded };

export interface RestDocument {
  /** `projects/{p}/databases/(default)/documents/{path}` */
  name: string;
  fields?: Record<string, RestValue>;
  createTime?: string;
  updateTime?: string;
}

export interface DecodedDocument {
  /** The last segment of the path. */
  id: string;
  /** The path below `documents/`, e.g. `coordinators/abc`. */
  path: string;
  data: Record<string, Decoded>;
}

/**
 * One value. Integers beyond 2^53 stay strings (exactly as sent) rather than losing digits;
 * timestamps become Dates; bytes stay base64 text; references stay resource names.
 */
export function decodeValue(value: RestValue): Decoded {
  if ('nullValue' in value) return null;
  if ('booleanValue' in value) return value.booleanValue === true;
  if ('integerValue' in value) {
    const number = Number(value.integerValue);
    return Number.isSafeInteger(number) ? number : String(value.integerValue);
  }
  if ('doubleValue' in value) return Number(value.doubleValue);
  if ('timestampValue' in value) return new Date(value.timestampValue);
  if ('stringValue' in value) return value.stringValue;
  if ('bytesValue' in value) return value.bytesValue;
  if ('referenceValue' in value) return value.referenceValue;
  if ('geoPointValue' in value) {
    return {
      latitude: value.geoPointValue.latitude ?? 0,
      longitude: value.geoPointValue.longitude ?? 0,
    };
  }
  if ('arrayValue' in value) return (value.arrayValue.values ?? []).map(decodeValue);
  if ('mapValue' in value) return decodeFields(value.mapValue.fields);
  throw new TypeError(`Unknown Firestore value: ${JSON.stringify(value)}`);
}

export function decodeFields(fields: Record<string, RestValue> | undefined): {
  [field: string]: Decoded;
} {
  const data: { [field: string]: Decoded } = {};
  for (const [name, value] of Object.entries(fields ?? {})) data[name] = decodeValue(value);
  return data;
}

export function decodeDocument(document: RestDocument): DecodedDocument {
  const path = document.name.split('/documents/').slice(1).join('/documents/');
  return {
    id: path.split('/').pop() ?? '',
    path,
    data: decodeFields(document.fields),
  };
}

export interface RestTarget {
  /** `https://firestore.googleapis.com`, or `http://{emulator host}` on the emulators. */
  base: string;
  projectId: string;
  /** The web API key, where the project has one (attributes the request to it). */
  apiKey?: string | undefined;
}

/** The address of a document or collection; every segment is escaped on its own. */
export function restUrl(
  target: RestTarget,
  path: string,
  query: Record<string, string> = {},
): string {
  const segments = path.split('/').filter(Boolean).map(encodeURIComponent).join('/');
  const url = new URL(
    `${target.base.replace(/\/$/, '')}/v1/projects/${encodeURIComponent(target.projectId)}/databases/(default)/documents/${segments}`,
  );
  for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
  if (target.apiKey) url.searchParams.set('key', target.apiKey);
  return url.toString();
}

/** Why a public read failed: no connection, or the server said no. */
export class PublicDataError extends Error {
  constructor(
    readonly kind: 'network' | 'http',
    readonly status: number | null,
    message: string,
  ) {
    super(message);
    this.name = 'PublicDataError';
  }
}

type Fetch = (input: string, init?: RequestInit) => Promise<Response>;

async function getJson(url: string, fetchImpl: Fetch): Promise<unknown> {
  let response: Response;
  try {
    response = await fetchImpl(url, { headers: { accept: 'application/json' } });
  } catch (error) {
    throw new PublicDataError('network', null, String(error));
  }
  if (response.status === 404) return null;
  if (!response.ok) throw new PublicDataError('http', response.status, `HTTP ${response.status}`);
  return response.json();
}

/** One document (one read), or null when it does not exist. */
export async function fetchDocument(
  target: RestTarget,
  path: string,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<DecodedDocument | null> {
  const body = (await getJson(restUrl(target, path), fetchImpl)) as RestDocument | null;
  return body ? decodeDocument(body) : null;
}

/** The documents of a collection, up to `pageSize` (one read per document). */
export async function listDocuments(
  target: RestTarget,
  collectionPath: string,
  pageSize: number,
  fetchImpl: Fetch = (input, init) => fetch(input, init),
): Promise<DecodedDocument[]> {
  const body = (await getJson(
    restUrl(target, collectionPath, { pageSize: String(pageSize) }),
    fetchImpl,
  )) as { documents?: RestDocument[] } | null;
  return (body?.documents ?? []).map(decodeDocument);
}
