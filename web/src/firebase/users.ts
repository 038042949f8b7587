import { collection, doc, getDoc, getDocs, limit, onSnapshot, query } from 'firebase/firestore';
import {
  firestore,
  optionalString,
  profileFrom,
  stringList,
  type ProfileView,
  type Unsubscribe,
} from './firestore.js';

/** People, as the administrator sees them (rules: admins may list `users`). */
export interface UserView extends ProfileView {
  uid: string;
}

export const USER_LIST_LIMIT = 1000;

export async function listUsers(): Promise<UserView[]> {
  const snapshot = await getDocs(query(collection(firestore(), 'users'), limit(USER_LIST_LIMIT)));
  return snapshot.docs.map((d) => ({ uid: d.id, ...profileFrom(d.data()) }));
}

export function watchUser(
  uid: string,
  onChange: (user: UserView | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'users', uid),
    (snapshot) => {
      const data = snapshot.data();
      onChange(data ? { uid: snapshot.id, ...profileFrom(data) } : null);
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

export async function getCoordinatorListing(uid: string): Promise<CoordinatorListingView | null> {
  const snapshot = await getDoc(doc(firestore(), 'coordinators', uid));
  const data = snapshot.data();
  if (!data) return null;
  return {
    displayName: optionalString(data.displayName),
    position: optionalString(data.position),
    workEmail: optionalString(data.workEmail),
    workPhone: optionalString(data.workPhone),
    regions: stringList(data.regions),
  };
}
