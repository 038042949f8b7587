import { doc, Timestamp, writeBatch, type Firestore } from 'firebase/firestore';
import { ORG_KYIV, ORG_LVIV, ORG_PENDING } from '../../../scripts/demo/demo-data.js';

/**
 * Who asks. Organisation ids are EDRPOU codes from the demo data: A and B are verified
 * (Kyiv city and Lviv region), P is still pending verification.
 */
export const ORG_A = ORG_KYIV;
export const ORG_B = ORG_LVIV;
export const ORG_P = ORG_PENDING;
export const REGION_A = 'UA-30';
export const REGION_B = 'UA-46';
export const REGION_P = 'UA-51';

export const ACTOR_NAMES = [
  'anonymous',
  'signedInNoRole',
  'ngoMemberA',
  'ngoAdminA',
  'ngoMemberB',
  'ngoAdminPending',
  'coordinatorKyiv',
  'coordinatorLviv',
  'staff',
  'commissioner',
  'admin',
  'disabledStaff',
] as const;
export type ActorName = (typeof ACTOR_NAMES)[number];

export interface Actor {
  name: ActorName;
  /** null for the public, who are not signed in. */
  uid: string | null;
  email: string;
  /** Custom claims on the token, as `adminSetRole` writes them. */
  claims: { role?: string; orgId?: string; regions?: string[] };
  /** A deactivated account keeps a valid token until it expires; its profile says disabled. */
  disabled: boolean;
}

function actor(
  name: ActorName,
  uid: string | null,
  claims: Actor['claims'],
  disabled = false,
): Actor {
  return { name, uid, email: `${uid ?? 'nobody'}@spilno.test`, claims, disabled };
}

export const ACTORS: Record<ActorName, Actor> = {
  anonymous: actor('anonymous', null, {}),
  signedInNoRole: actor('signedInNoRole', 'no-role', {}),
  ngoMemberA: actor('ngoMemberA', 'ngo-member-a', { role: 'ngo_member', orgId: ORG_A }),
  ngoAdminA: actor('ngoAdminA', 'ngo-admin-a', { role: 'ngo_admin', orgId: ORG_A }),
  ngoMemberB: actor('ngoMemberB', 'ngo-member-b', { role: 'ngo_member', orgId: ORG_B }),
  ngoAdminPending: actor('ngoAdminPending', 'ngo-admin-p', { role: 'ngo_admin', orgId: ORG_P }),
  coordinatorKyiv: actor('coordinatorKyiv', 'coordinator-ua30', {
    role: 'coordinator',
    regions: [REGION_A],
  }),
  coordinatorLviv: actor('coordinatorLviv', 'coordinator-ua46', {
    role: 'coordinator',
    regions: [REGION_B],
  }),
  staff: actor('staff', 'staff', { role: 'staff' }),
  commissioner: actor('commissioner', 'commissioner', { role: 'commissioner' }),
  admin: actor('admin', 'admin', { role: 'admin' }),
  disabledStaff: actor('disabledStaff', 'staff-disabled', { role: 'staff' }, true),
};

/** The uid an actor would use for its own documents; the public has none. */
export function uidOf(actor: Actor): string {
  return actor.uid ?? 'anonymous-visitor';
}

/** The organisation an actor acts for; those without one claim organisation A. */
export function orgOf(actor: Actor): string {
  return actor.claims.orgId ?? ORG_A;
}

export const SEEDED_AT = Timestamp.fromDate(new Date('2026-03-02T09:00:00Z'));

/** `users/{uid}` as the server keeps it: settings, the mirror of the claims, the disabled flag. */
export function profileOf(actor: Actor) {
  return {
    email: actor.email,
    displayName: `Тестова особа ${actor.name}`,
    position: 'Посада',
    language: 'uk',
    notificationPreference: 'immediate',
    ...actor.claims,
    disabled: actor.disabled,
    ...(actor.claims.role ? { claimsUpdatedAt: SEEDED_AT } : {}),
    createdAt: SEEDED_AT,
    updatedAt: SEEDED_AT,
  };
}

/** Every signed-in actor has a profile: the rules check `disabled` on it. */
export async function seedProfiles(db: Firestore) {
  const batch = writeBatch(db);
  for (const name of ACTOR_NAMES) {
    const actor = ACTORS[name];
    if (actor.uid) batch.set(doc(db, 'users', actor.uid), profileOf(actor));
  }
  await batch.commit();
}

/** Writes documents by path in one batch, with the rules disabled. */
export async function seedDocuments(db: Firestore, documents: Record<string, object>) {
  const batch = writeBatch(db);
  for (const [path, data] of Object.entries(documents)) batch.set(doc(db, path), data);
  await batch.commit();
}
