import { FieldPath, Timestamp, type Query } from 'firebase-admin/firestore';
import { millisOf } from '../domain/fields.js';
import { publicationSchema, type Publication } from '../domain/schemas/publication.schema.js';
import {
  createEmbeddedSearch,
  type CandidateSource,
  type PublicationSearchPage,
  type PublicationSearchQuery,
} from '../domain/search/publication-search.js';
import { readStored, storedConverter } from '../domain/stored/stored-document.js';
import { publicationCandidateSchema } from '../domain/stored/stored-publication.js';
import { db } from '../shared/firebase.js';
import type { PublicRecordView } from './render-contract.js';

/**
 * The public records (`publications/{id}`) as the public pages and the open data read them:
 * every document through `publicationSchema`, the search through the embedded default
 * (domain/search, docs/SEARCH.md) on one Firestore query per batch.
 */
export const publicRecords = () =>
  db().collection('publications').withConverter(storedConverter(publicationSchema));

/** The embedded search's one query (see `CandidateSource`), with a field mask. */
export const firestoreCandidates: CandidateSource = {
  async fetch(plan, after, limit) {
    let query: Query = db().collection('publications').where('status', '==', plan.equals.status);
    if (plan.equals.kind !== undefined) query = query.where('kind', '==', plan.equals.kind);
    if (plan.equals.year !== undefined) query = query.where('year', '==', plan.equals.year);
    if (plan.driver !== null) query = query.where('searchKeys', 'array-contains', plan.driver);
    query = query.orderBy('publishedAt', 'desc').orderBy(FieldPath.documentId(), 'desc');
    if (after) query = query.startAfter(Timestamp.fromMillis(after.publishedAtMillis), after.id);
    const snapshot = await query.select('publishedAt', 'searchKeys').limit(limit).get();
    return snapshot.docs.map((doc) => {
      const { publishedAt, searchKeys } = readStored(
        publicationCandidateSchema,
        doc.ref.path,
        doc.data(),
      );
      return { id: doc.id, publishedAtMillis: millisOf(publishedAt), searchKeys };
    });
  },
};

const search = createEmbeddedSearch(firestoreCandidates);

const iso = (at: Publication['publishedAt']) => new Date(millisOf(at)).toISOString();

/** What a page is given of a record: plain data, dates as ISO strings, no search keys. */
export function recordView(id: string, record: Publication): PublicRecordView {
  const { searchKeys: _keys, publishedAt, updatedAt, retraction, ...rest } = record;
  return {
    id,
    ...rest,
    publishedAt: iso(publishedAt),
    updatedAt: iso(updatedAt),
    ...(retraction ? { retraction: { note: retraction.note, at: iso(retraction.at) } } : {}),
  };
}

/** A page of the search, with the records it found (one `getAll`), newest first. */
export async function searchPublicRecords(
  query: PublicationSearchQuery,
): Promise<PublicationSearchPage & { records: PublicRecordView[] }> {
  const page = await search.search(query);
  if (page.ids.length === 0) return { ...page, records: [] };
  const snapshots = await db().getAll(...page.ids.map((id) => db().doc(`publications/${id}`)));
  const records = snapshots.flatMap((snapshot) => {
    if (!snapshot.exists) return [];
    const record = readStored(publicationSchema, snapshot.ref.path, snapshot.data());
    // Retracted between the query and the read: it leaves the page at once.
    return record && record.status === 'published' ? [recordView(snapshot.id, record)] : [];
  });
  return { ...page, records };
}

/** One record, live or retracted (its page shows the note), or null. */
export async function readPublicRecord(id: string): Promise<PublicRecordView | null> {
  const snapshot = await publicRecords().doc(id).get();
  const record = snapshot.data();
  return record ? recordView(snapshot.id, record) : null;
}

/** Every live record, newest first (the open data, the feed, the sitemap). */
export async function readLiveRecords(
  limit?: number,
): Promise<{ id: string; record: Publication }[]> {
  let query = publicRecords().where('status', '==', 'published').orderBy('publishedAt', 'desc');
  if (limit !== undefined) query = query.limit(limit);
  const snapshot = await query.get();
  return snapshot.docs.map((doc) => ({ id: doc.id, record: doc.data() }));
}
