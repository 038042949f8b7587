import { doc, onSnapshot } from 'firebase/firestore';
import { collection, doc as liteDoc, getDoc, getDocs, limit, query } from 'firebase/firestore/lite';
import { coordinatorSchema } from '@domain/schemas/coordinator.schema.js';
import { profileConverter } from './converters.js';
import { firestore, profileFrom, type ProfileView, type Unsubscribe } from './firestore.js';
import { firestoreLite } from './lite.js';
import { typed } from './typed.js';

/** People, as the administrator sees them (rules: admins may list `users`). */
export interface UserView extends ProfileView {
  uid: string;
}

export const USER_LIST_LIMIT = 1000;

/**
 * Every profile, each read through its schema on its own: one profile that does not fit (an old
 * or hand-edited document) is left out of the list and reported in the console with the field
 * the schema names, instead of taking the whole list down with it.
 */
export async function listUsers(): Promise<UserView[]> {
  const snapshot = await getDocs(
    query(collection(firestoreLite(), 'users'), limit(USER_LIST_LIMIT)),
  );
  return snapshot.docs.flatMap((d) => {
    try {
      return [{ uid: d.id, ...profileFrom(profileConverter.fromFirestore(d)) }];
    } catch (error) {
      console.warn(error instanceof Error ? error.message : error);
      return [];
    }
  });
}

export function watchUser(
  uid: string,
  onChange: (user: UserView | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'users', uid).withConverter(profileConverter),
    (snapshot) => {
      try {
        const data = snapshot.data();
        onChange(data ? { uid: snapshot.id, ...profileFrom(data) } : null);
      } catch (error) {
        onError(error as Error);
      }
    },
    onError,
  );
}

/** A coordinator's public listing, `coordinators/{uid}`. */
export interface CoordinatorListingView {
  displayName: string | null;
  position: string | null;
  workEmail: string | null;
  workPhone: string | null;
  regions: string[];
}

const coordinatorConverter = typed(coordinatorSchema);

export async function getCoordinatorListing(uid: string): Promise<CoordinatorListingView | null> {
  const snapshot = await getDoc(
    liteDoc(firestoreLite(), 'coordinators', uid).withConverter(coordinatorConverter),
  );
  const listing = snapshot.data();
  if (!listing) return null;
  return {
    displayName: listing.displayName,
    position: listing.position ?? null,
    workEmail: listing.workEmail ?? null,
    workPhone: listing.workPhone ?? null,
    regions: listing.regions,
  };
}
