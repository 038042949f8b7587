import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Timestamp } from 'firebase-admin/firestore';
import { adminDb } from './admin.js';

/**
 * A fingerprint of everything in the test stack's Firestore: every document of every
 * collection, at any depth, with its data. Two equal digests mean nothing was written in
 * between. The collections are those firestore.rules names (every collection the platform
 * has, sub-collections included) and whatever else exists at the top level.
 */
export interface DatabaseDigest {
  hash: string;
  documents: number;
  /** Document path → hash of its data, to say what changed. */
  byPath: Map<string, string>;
}

const ROOT = join(import.meta.dirname, '..', '..');

function collectionIds(): Set<string> {
  const rules = readFileSync(join(ROOT, 'firestore.rules'), 'utf8');
  const ids = [...rules.matchAll(/match \/([A-Za-z]+)\/\{/g)].map(([, id]) => id!);
  return new Set(ids.filter((id) => id !== 'databases'));
}

/** JSON with sorted keys and Firestore values (timestamps, references) made plain. */
function canonical(value: unknown): string {
  if (value instanceof Timestamp) return `"@ts:${value.toMillis()}"`;
  if (Array.isArray(value)) return `[${value.map(canonical).join(',')}]`;
  if (value && typeof value === 'object') {
    if ('path' in value && typeof (value as { path: unknown }).path === 'string') {
      return `"@ref:${(value as { path: string }).path}"`;
    }
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) =>
      a < b ? -1 : a > b ? 1 : 0,
    );
    return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonical(v)}`).join(',')}}`;
  }
  return JSON.stringify(value) ?? 'undefined';
}

export async function databaseDigest(): Promise<DatabaseDigest> {
  const ids = collectionIds();
  for (const root of await adminDb().listCollections()) ids.add(root.id);
  const byPath = new Map<string, string>();
  await Promise.all(
    [...ids].map(async (id) => {
      const snapshot = await adminDb().collectionGroup(id).get();
      for (const doc of snapshot.docs) {
        byPath.set(doc.ref.path, createHash('sha256').update(canonical(doc.data())).digest('hex'));
      }
    }),
  );
  const whole = createHash('sha256');
  for (const path of [...byPath.keys()].sort()) whole.update(`${path}=${byPath.get(path)}\n`);
  return { hash: whole.digest('hex'), documents: byPath.size, byPath };
}

/** The paths added, removed or changed between two digests. */
export function digestChanges(before: DatabaseDigest, after: DatabaseDigest): string[] {
  const changes: string[] = [];
  for (const [path, hash] of after.byPath) {
    const was = before.byPath.get(path);
    if (was === undefined) changes.push(`+ ${path}`);
    else if (was !== hash) changes.push(`~ ${path}`);
  }
  for (const path of before.byPath.keys()) if (!after.byPath.has(path)) changes.push(`- ${path}`);
  return changes.sort();
}

/**
 * The digest once the stack is quiet: triggers of earlier tests (mail deliveries, statistics)
 * may still be writing, so the digest is taken until two in a row, `gapMs` apart, agree.
 */
export async function quietDigest({
  gapMs = 1500,
  timeoutMs = 60_000,
} = {}): Promise<DatabaseDigest> {
  const deadline = Date.now() + timeoutMs;
  let previous = await databaseDigest();
  for (;;) {
    await new Promise((resolve) => setTimeout(resolve, gapMs));
    const next = await databaseDigest();
    if (next.hash === previous.hash) return next;
    if (Date.now() > deadline) {
      throw new Error(
        `The database kept changing for ${timeoutMs} ms: ${digestChanges(previous, next).slice(0, 20).join(', ')}`,
      );
    }
    previous = next;
  }
}
