import {
  collection,
  doc,
  getCount,
  getDoc,
  getDocs,
  limit,
  orderBy,
  query,
  startAfter,
  where,
  type QueryConstraint,
  type QueryDocumentSnapshot,
} from 'firebase/firestore/lite';
import { regionStatsSchema } from '@domain/schemas/stats.schema.js';
import { RUNNING_DEADLINE_STATUSES } from '../reports/deadline.js';
import { VISIBLE_STATUSES, type QuerySpec } from '../reports/queue.js';
import {
  regionStatsFrom,
  reportFrom,
  type RegionStatsView,
  type ReportView,
} from '../reports/report-view.js';
import { organisationNamesConverter, profileConverter, reportConverter } from './converters.js';
import { firestoreLite } from './lite.js';
import { typed } from './typed.js';
import { profileFrom, type ProfileView } from './profile.js';
import { viewsThatFit } from './read-helpers.js';

/**
 * One-shot reads, through Firestore Lite (lite.ts): the queue, the dashboard's figures, people
 * to assign and names to show, a profile read once. None of them follows a document live, so
 * none of them needs the full SDK; the pages that use only these load no more of Firestore.
 */
const reports = () => collection(firestoreLite(), 'reports').withConverter(reportConverter);
const users = () => collection(firestoreLite(), 'users').withConverter(profileConverter);

/** A profile, read once (the language at sign-in, the profile page). `null` when missing. */
export async function getProfile(uid: string): Promise<ProfileView | null> {
  const snapshot = await getDoc(doc(users(), uid));
  const profile = snapshot.data();
  return profile ? profileFrom(profile) : null;
}

// ---- the queue --------------------------------------------------------------------------------

function constraintsOf(spec: QuerySpec): QueryConstraint[] {
  const constraints: QueryConstraint[] = spec.conditions.map((condition) =>
    where(condition.field, condition.op, condition.value),
  );
  if (spec.orderBy) constraints.push(orderBy(spec.orderBy.field, spec.orderBy.direction));
  return constraints;
}

/**
 * Where each of the queue's queries stopped: the last report read, or null when it has no
 * more. Opaque to the pages; they hand it back for the next page.
 */
export type QueueCursor = readonly (QueryDocumentSnapshot<unknown> | null)[];

/**
 * One page of the queue (queue.ts plans its queries): each query from where it stopped
 * (`after`, or from the start), and where each stopped now (`more` is false when none has
 * any left).
 */
export async function runQueue(
  specs: readonly QuerySpec[],
  after: QueueCursor | null = null,
): Promise<{ reports: ReportView[]; cursor: QueueCursor; more: boolean }> {
  const results = await Promise.all(
    specs.map((spec, index) => {
      const from = after?.[index];
      if (after && !from) return null; // that query had nothing more
      const constraints = constraintsOf(spec);
      if (from) constraints.push(startAfter(from));
      return getDocs(query(reports(), ...constraints, limit(spec.limit)));
    }),
  );
  const found: ReportView[] = [];
  const cursor = results.map((snapshot, index) => {
    if (!snapshot) return null;
    for (const d of snapshot.docs) found.push(reportFrom(d.id, d.data()));
    return snapshot.size >= (specs[index]?.limit ?? Infinity)
      ? (snapshot.docs.at(-1) ?? null)
      : null;
  });
  return { reports: found, cursor, more: cursor.some(Boolean) };
}

// ---- people to assign -------------------------------------------------------------------------

export interface AssigneeOption {
  uid: string;
  displayName: string;
  role: 'staff' | 'coordinator';
  regions: string[];
}

/**
 * Active staff and coordinators: the people a report may be assigned to. The Secretariat lists
 * users freely; a coordinator may list them only with this constraint on the role.
 */
export async function listAssignablePeople(): Promise<AssigneeOption[]> {
  const snapshot = await getDocs(
    query(
      users(),
      where('role', 'in', ['staff', 'coordinator']),
      where('disabled', '==', false),
      limit(500),
    ),
  );
  return viewsThatFit(snapshot.docs, (uid, person) => ({
    uid,
    displayName: person.displayName,
    role: person.role === 'coordinator' ? ('coordinator' as const) : ('staff' as const),
    regions: person.regions ?? [],
  }));
}

/** Display names of people (Secretariat and coordinators may read single profiles). */
export async function displayNames(uids: readonly string[]): Promise<Map<string, string>> {
  const names = new Map<string, string>();
  await Promise.all(
    [...new Set(uids)].map(async (uid) => {
      const snapshot = await getDoc(doc(users(), uid)).catch(() => null);
      // A name that cannot be read (a refused or broken profile) shows as the id.
      const name = (() => {
        try {
          return snapshot?.data()?.displayName;
        } catch (error) {
          console.error(error);
          return undefined;
        }
      })();
      if (name) names.set(uid, name);
    }),
  );
  return names;
}

const knownNames = new Map<string, string>();

/**
 * Organisations' short names by id, for lists that show whose a report is (the Secretariat
 * and coordinators read organisations); read once each, then remembered for the session.
 */
export async function organisationNames(orgIds: readonly string[]): Promise<Map<string, string>> {
  const wanted = [...new Set(orgIds)].filter((id) => id && !knownNames.has(id));
  await Promise.all(
    wanted.map(async (orgId) => {
      const ref = doc(firestoreLite(), 'organisations', orgId).withConverter(
        organisationNamesConverter,
      );
      const snapshot = await getDoc(ref).catch(() => null);
      try {
        const names = snapshot?.data();
        if (names) knownNames.set(orgId, names.shortName);
      } catch (error) {
        console.error(error);
      }
    }),
  );
  return new Map(orgIds.flatMap((id) => (knownNames.has(id) ? [[id, knownNames.get(id)!]] : [])));
}

// ---- the dashboard ----------------------------------------------------------------------------

/** Each region's working figures; the Secretariat lists them all, coordinators read theirs. */
export async function regionStats(
  regionCodes: readonly string[] | null,
): Promise<RegionStatsView[]> {
  const stats = () =>
    collection(firestoreLite(), 'regionStats').withConverter(typed(regionStatsSchema));
  if (regionCodes === null) {
    const snapshot = await getDocs(stats());
    return snapshot.docs.map((d) => regionStatsFrom(d.id, d.data()));
  }
  const snapshots = await Promise.all(regionCodes.map((code) => getDoc(doc(stats(), code))));
  return snapshots.flatMap((s) => {
    const stored = s.data();
    return stored ? [regionStatsFrom(s.id, stored)] : [];
  });
}

/** Reports of a region past their deadline while it runs: a count aggregation, one read. */
export async function countOverdue(regionCode: string, now: Date): Promise<number> {
  const snapshot = await getCount(
    query(
      reports(),
      where('regionCode', '==', regionCode),
      where('status', 'in', [...RUNNING_DEADLINE_STATUSES]),
      where('responseDeadline', '<', now),
    ),
  );
  return snapshot.data().count;
}

/**
 * A region's reports received (registered) since `start`, and decided since then: two count
 * aggregations. The statuses named keep drafts out, as the rules require of the Secretariat.
 */
export async function countInPeriod(
  regionCode: string,
  start: Date,
): Promise<{ received: number; decided: number }> {
  const visible = where('status', 'in', [...VISIBLE_STATUSES]);
  const inRegion = where('regionCode', '==', regionCode);
  const [received, decided] = await Promise.all([
    getCount(query(reports(), inRegion, visible, where('registeredAt', '>=', start))),
    getCount(query(reports(), inRegion, visible, where('decision.decidedAt', '>=', start))),
  ]);
  return { received: received.data().count, decided: decided.data().count };
}
