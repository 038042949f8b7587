import { collection, doc, getDoc, getDocs } from 'firebase/firestore';
import {
  councilMembershipSchema,
  type CouncilMembership,
  type CouncilRole,
} from '@domain/schemas/council-membership.schema.js';
import { councilSchema } from '@domain/schemas/council.schema.js';
import { firestore } from './firestore.js';
import { nullWhenDenied } from './read-helpers.js';
import { typed } from './typed.js';

/**
 * The councils as the proposals' pages need them: every council's name, the councils a person
 * sits on, and their seat on one. Councils are public; a person reads their own membership
 * (`councils/{id}/members/{uid}`, the current one's id is their uid). Both through their
 * schemas.
 */
const councils = () => collection(firestore(), 'councils').withConverter(typed(councilSchema));
const membership = (councilId: string, uid: string) =>
  doc(firestore(), 'councils', councilId, 'members', uid).withConverter(
    typed(councilMembershipSchema),
  );

/** The Expert Councils the person sits on now (their membership document is readable to them). */
export async function myCouncils(
  uid: string,
): Promise<{ id: string; nameUk: string; nameEn: string | null; role: CouncilRole }[]> {
  const all = await getDocs(councils());
  const found = await Promise.all(
    all.docs.map(async (council) => {
      const seat = await getDoc(membership(council.id, uid))
        .then((m) => m.data() ?? null)
        .catch(nullWhenDenied);
      if (!seat) return null;
      const { name } = council.data();
      return { id: council.id, nameUk: name.uk, nameEn: name.en ?? null, role: seat.role };
    }),
  );
  return found.filter((c) => c !== null);
}

/** Every council's name by id (councils are public). */
export async function councilNames(): Promise<Map<string, { uk: string; en: string | null }>> {
  const all = await getDocs(councils());
  return new Map(
    all.docs.map((c) => {
      const { name } = c.data();
      return [c.id, { uk: name.uk, en: name.en ?? null }];
    }),
  );
}

/**
 * The person's current membership period on a council (read through its schema), or null;
 * `actorOnCouncil` (policies/council.policy.ts) turns it into the person's relation to the
 * council on the day.
 */
export async function councilMembership(
  councilId: string,
  uid: string,
): Promise<CouncilMembership | null> {
  const seat = await getDoc(membership(councilId, uid)).catch(nullWhenDenied);
  return seat?.data() ?? null;
}
