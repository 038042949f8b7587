import { FieldPath, Timestamp, type Transaction } from 'firebase-admin/firestore';
import {
  buildFirstPage,
  samePage,
  withoutRecord,
  type FirstPage,
} from '../domain/publications/first-page.js';
import { millisOf } from '../domain/fields.js';
import { publicationsFirstPageSchema } from '../domain/schemas/publications-first-page.schema.js';
import { DEFAULT_PAGE_SIZE } from '../domain/search/publication-search.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { publicRecords } from '../public-pages/public-records.js';
import type { PublicationsData } from '../public-pages/render-contract.js';
import { db } from '../shared/firebase.js';

/**
 * `directory/publications`: the first page of `/publications` kept as one document
 * (domain/publications/first-page.ts), rebuilt from the records by the trigger that follows
 * them and taken off at once by a retraction; read by the public page.
 */
export const firstPageRef = () =>
  db().doc('directory/publications').withConverter(storedConverter(publicationsFirstPageSchema));

/**
 * Rebuilds the page from the newest live records in one transaction that also reads the
 * page: a rebuild that read the records before a later change commits after it only by
 * reading again (Firestore retries it), so an older rebuild never overwrites a newer one
 * with a retracted record. Idempotent: the same records write nothing. Returns the cards.
 */
export async function rebuildFirstPage(): Promise<number> {
  return db().runTransaction(async (tx) => {
    const kept = (await tx.get(firstPageRef())).data();
    const newest = await tx.get(
      publicRecords()
        .where('status', '==', 'published')
        .orderBy('publishedAt', 'desc')
        .orderBy(FieldPath.documentId(), 'desc')
        .limit(DEFAULT_PAGE_SIZE + 1),
    );
    const page = buildFirstPage(newest.docs.map((doc) => ({ id: doc.id, record: doc.data() })));
    if (!kept || !samePage(kept, page)) tx.set(firstPageRef(), stamped(page));
    return page.cards.length;
  });
}

/**
 * Inside a retraction's transaction: the page as it will be without the record, or null when
 * the record is not on it. Read here, written with `writeFirstPage` (reads before writes).
 */
export async function firstPageWithout(tx: Transaction, id: string): Promise<FirstPage | null> {
  const kept = (await tx.get(firstPageRef())).data();
  if (!kept?.cards.some((card) => card.id === id)) return null;
  return withoutRecord(kept, id);
}

export function writeFirstPage(tx: Transaction, page: FirstPage): void {
  tx.set(firstPageRef(), stamped(page));
}

const stamped = (page: FirstPage) => ({ ...page, updatedAt: Timestamp.now() });

/** The kept first page as the public page shows it, or null before it is first built. */
export async function readFirstPage(): Promise<PublicationsData | null> {
  const page = (await firstPageRef().get()).data();
  if (!page) return null;
  return {
    records: page.cards.map((card) => ({
      ...card,
      publishedAt: new Date(millisOf(card.publishedAt)).toISOString(),
    })),
    nextCursor: page.nextCursor,
    partial: false,
  };
}
