import {
  collection,
  doc,
  getDocs,
  limit,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  updateDoc,
  where,
  writeBatch,
} from 'firebase/firestore';
import { millisOf } from '@domain/fields.js';
import { notificationSchema } from '@domain/schemas/notification.schema.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { typed } from './typed.js';

const notificationConverter = typed(notificationSchema);

/**
 * The in-app notifications, `users/{uid}/notifications`. The owner may change only `read`
 * and `readAt` (rules), which is all this module writes.
 */
export interface NotificationView {
  id: string;
  title: string;
  body: string;
  /** A path of this client, e.g. `/app/organisation`. */
  link: string;
  urgent: boolean;
  read: boolean;
  createdAt: number | null;
}

/** The unread count is counted up to this; more shows as «99+». */
export const UNREAD_COUNT_LIMIT = 100;

function notifications(uid: string) {
  return collection(firestore(), 'users', uid, 'notifications');
}

/** Follows how many notifications are unread (at most UNREAD_COUNT_LIMIT are counted). */
export function watchUnreadCount(
  uid: string,
  onChange: (count: number) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(notifications(uid), where('read', '==', false), limit(UNREAD_COUNT_LIMIT)),
    (snapshot) => onChange(snapshot.size),
    onError,
  );
}

/** The latest notifications, newest first. */
export function watchNotifications(
  uid: string,
  count: number,
  onChange: (items: NotificationView[], hasMore: boolean) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(
      notifications(uid).withConverter(notificationConverter),
      orderBy('createdAt', 'desc'),
      limit(count + 1),
    ),
    (snapshot) => {
      let items: NotificationView[];
      try {
        items = snapshot.docs.slice(0, count).map((d) => {
          const notice = d.data();
          return {
            id: d.id,
            title: notice.title,
            body: notice.body,
            // Only paths of this site are followed; anything else leads to the list itself.
            link: notice.link.startsWith('//') ? '/app/notifications' : notice.link,
            urgent: notice.urgent,
            read: notice.read,
            createdAt: millisOf(notice.createdAt),
          };
        });
      } catch (error) {
        // A notice that does not fit its schema: the error names the field.
        onError(error as Error);
        return;
      }
      onChange(items, snapshot.size > count);
    },
    onError,
  );
}

export async function markNotificationRead(uid: string, id: string): Promise<void> {
  await updateDoc(doc(notifications(uid), id), { read: true, readAt: serverTimestamp() });
}

/** A batch holds at most 500 writes. */
const BATCH_SIZE = 500;

/** Marks every unread notification read, in batches; returns how many were marked. */
export async function markAllNotificationsRead(uid: string): Promise<number> {
  let marked = 0;
  for (;;) {
    const unread = await getDocs(
      query(notifications(uid), where('read', '==', false), limit(BATCH_SIZE)),
    );
    if (unread.empty) return marked;
    const batch = writeBatch(firestore());
    for (const item of unread.docs) {
      batch.update(item.ref, { read: true, readAt: serverTimestamp() });
    }
    await batch.commit();
    marked += unread.size;
    if (unread.size < BATCH_SIZE) return marked;
  }
}
