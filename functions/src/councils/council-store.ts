import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { councilPublicSummary } from '../domain/councils/council-summary.js';
import { withCouncilRelations, type MembershipPeriod } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import type { Actor } from '../domain/roles.js';
import { councilApplicationSchema } from '../domain/schemas/council-application.schema.js';
import {
  councilMembershipSchema,
  type CouncilMembership,
} from '../domain/schemas/council-membership.schema.js';
import { councilSchema, type Council } from '../domain/schemas/council.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';

/**
 * Reading and writing councils, their memberships and the applications to join them, each
 * through its schema (`storedConverter`): a document that does not fit fails with
 * `DOCUMENT.INVALID`, naming it and the field. What council actions share: the council with
 * its memberships read in the transaction, the public summary kept in step.
 */
export const councils = () =>
  db().collection('councils').withConverter(storedConverter(councilSchema));
export const councilRef = (councilId: string) => councils().doc(councilId);
/** The ids of every council (no field is read, so nothing to parse). */
export const councilIds = async () =>
  (await db().collection('councils').select().get()).docs.map((d) => d.id);
export const membersOf = (councilId: string) =>
  db()
    .collection(`councils/${councilId}/members`)
    .withConverter(storedConverter(councilMembershipSchema));
export const applicationsOf = (councilId: string) =>
  db()
    .collection(`councils/${councilId}/applications`)
    .withConverter(storedConverter(councilApplicationSchema));
export const councilChain = (councilId: string) => `council:${councilId}`;

export interface CouncilState {
  id: string;
  council: Council;
  /** Every membership period, current and ended, with the id it is stored under. */
  memberships: { id: string; membership: CouncilMembership }[];
}

/** The council and its memberships: the reads every council action starts with. */
export async function readCouncilState(tx: Transaction, councilId: string): Promise<CouncilState> {
  const council = (await tx.get(councilRef(councilId))).data();
  if (!council) throw refusal('COUNCIL.NOT_FOUND');
  const members = await tx.get(membersOf(councilId));
  return {
    id: councilId,
    council,
    memberships: members.docs.map((d) => ({ id: d.id, membership: d.data() })),
  };
}

export const periodsOf = (state: Pick<CouncilState, 'id' | 'memberships'>): MembershipPeriod[] =>
  state.memberships.map(({ membership: m }) => ({
    councilId: state.id,
    uid: m.uid,
    role: m.role,
    from: m.from,
    to: m.to,
  }));

export const today = () => kyivDate(new Date());

/**
 * The person with their relations to a council today (`memberOf`, `chairOf`), which the
 * workflows' requirements ask. Read just before an action's transaction: memberships change
 * through `councilAction`, not within seconds.
 */
export async function actorOnCouncil(actor: Actor, councilId: string): Promise<Actor> {
  const members = await membersOf(councilId).get();
  const state = {
    id: councilId,
    memberships: members.docs.map((d) => ({ id: d.id, membership: d.data() })),
  };
  return withCouncilRelations(actor, periodsOf(state), today());
}

/** Rewrites the council's public summary from the memberships as they are after the action. */
export function writeCouncilSummary(
  tx: Transaction,
  councilId: string,
  memberships: readonly CouncilMembership[],
  at: Date,
): void {
  const { memberOrgs, chair } = councilPublicSummary(memberships, kyivDate(at));
  tx.update(councilRef(councilId), {
    memberOrgs,
    chair: chair ?? FieldValue.delete(),
    updatedAt: at,
  });
}
