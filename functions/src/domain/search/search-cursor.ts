import { z } from 'zod';

/**
 * The opaque cursor of a search page: where the scan stopped (publication date and id, the
 * order of the listing) and a signature of the query, so that a cursor pasted into another
 * query starts that query from its beginning instead of skipping records. URL-safe base64 of
 * JSON, made with Web APIs only (the domain runs in the browser too).
 */
export interface Position {
  publishedAtMillis: number;
  id: string;
}

const cursorSchema = z.strictObject({
  v: z.literal(1),
  t: z.int().min(0),
  id: z.string().min(1).max(200),
  q: z.string().max(16),
});

function toBase64Url(text: string): string {
  let binary = '';
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

function fromBase64Url(encoded: string): string | null {
  if (!/^[A-Za-z0-9_-]*$/.test(encoded)) return null;
  try {
    const binary = atob(encoded.replace(/-/g, '+').replace(/_/g, '/'));
    return new TextDecoder('utf-8', { fatal: true }).decode(
      Uint8Array.from(binary, (c) => c.charCodeAt(0)),
    );
  } catch {
    return null;
  }
}

export function encodeCursor(position: Position, querySignature: string): string {
  return toBase64Url(
    JSON.stringify({ v: 1, t: position.publishedAtMillis, id: position.id, q: querySignature }),
  );
}

/** The position a cursor holds, or null when it is malformed or belongs to another query. */
export function decodeCursor(
  cursor: string | null | undefined,
  querySignature: string,
): Position | null {
  if (!cursor || cursor.length > 600) return null;
  const json = fromBase64Url(cursor);
  if (json === null) return null;
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = cursorSchema.safeParse(value);
  if (!parsed.success || parsed.data.q !== querySignature) return null;
  return { publishedAtMillis: parsed.data.t, id: parsed.data.id };
}
