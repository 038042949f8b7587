import type { Transaction } from 'firebase-admin/firestore';
import type { CouncilActionInput } from '../domain/actions/council-action.schema.js';
import {
  activeMembershipId,
  endedMembershipId,
  endMembership as endPeriod,
  newMembershipProblem,
} from '../domain/councils/memberships.js';
import type { Actor } from '../domain/roles.js';
import {
  councilMembershipSchema,
  type CouncilMembership,
} from '../domain/schemas/council-membership.schema.js';
import { councilSchema, type CouncilInput } from '../domain/schemas/council.schema.js';
import { appendAudit } from '../audit/write-audit.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { readCouncilPerson } from './council-people.js';
import {
  auditCouncil,
  councilChain,
  councilRef,
  membersOf,
  periodsOf,
  readCouncilState,
  today,
  writeCouncilSummary,
  type CouncilState,
} from './council-store.js';

/**
 * What administrators do with councils: create and edit them, add a member for a period in a
 * role, end a membership. An ended membership is kept as history (councils/memberships.ts).
 */
type Input<A extends CouncilActionInput['action']> = Extract<CouncilActionInput, { action: A }>;

/** An advisory council has no theme: editing one into it removes the field. */
const withoutTheme = (council: CouncilInput) =>
  council.theme ? council : { ...council, theme: undefined };

export async function createCouncil(actor: Actor, input: Input<'create'>) {
  const ref = db().collection('councils').doc();
  const now = new Date();
  const council = councilSchema.parse({
    ...withoutTheme(input.council),
    memberOrgs: [],
    createdBy: actor.uid,
    createdAt: now,
    updatedAt: now,
  });
  await db().runTransaction(async (tx) => {
    tx.create(ref, council);
    await appendAudit(tx, null, {
      chain: councilChain(ref.id),
      actor: { uid: actor.uid, role: actor.role },
      action: 'council.created',
      target: { type: 'council', id: ref.id },
      details: { kind: council.kind, name: council.name.uk },
    });
  });
  return { councilId: ref.id };
}

export async function updateCouncil(actor: Actor, input: Input<'update'>) {
  return db().runTransaction(async (tx) => {
    const state = await readCouncilState(tx, input.councilId);
    const now = new Date();
    const next = councilSchema.parse({
      ...state.council,
      ...withoutTheme(input.council),
      updatedAt: now,
    });
    tx.set(councilRef(state.id), next);
    await auditCouncil(tx, state, actor, 'council.updated', {
      fields: Object.keys(input.council).filter(
        (key) =>
          JSON.stringify(state.council[key as keyof CouncilInput]) !==
          JSON.stringify(next[key as keyof CouncilInput]),
      ),
    });
    return { councilId: state.id };
  });
}

/**
 * Writes a new membership period at the person's uid. A current document whose period ended
 * before the new one starts moves to its history id first.
 */
export function startMembership(
  tx: Transaction,
  state: CouncilState,
  membership: CouncilMembership,
): CouncilMembership[] {
  const problem = newMembershipProblem(periodsOf(state), {
    councilId: state.id,
    ...membership,
  });
  if (problem) throw toHttpsError(problem);
  const current = state.memberships.find((m) => m.id === activeMembershipId(membership.uid));
  if (current && current.membership.from > membership.from) {
    throw refusal('COUNCIL.MEMBERSHIP_CONFLICT', { reason: 'starts_later' });
  }
  if (current) {
    tx.delete(membersOf(state.id).doc(current.id));
    tx.create(
      membersOf(state.id).doc(endedMembershipId(current.membership.uid, current.membership.from)),
      current.membership,
    );
  }
  tx.set(membersOf(state.id).doc(activeMembershipId(membership.uid)), membership);
  return [...state.memberships.map((m) => m.membership), membership];
}

export async function addMember(actor: Actor, input: Input<'addMember'>) {
  return db().runTransaction(async (tx) => {
    const state = await readCouncilState(tx, input.councilId);
    const person = await readCouncilPerson(tx, input.member.uid);
    const now = new Date();
    const membership = councilMembershipSchema.parse({
      ...person,
      role: input.member.role,
      from: input.member.from,
      ...(input.member.to ? { to: input.member.to } : {}),
      createdBy: actor.uid,
      createdAt: now,
      updatedAt: now,
    });
    writeCouncilSummary(tx, state.id, startMembership(tx, state, membership), now);
    await auditCouncil(tx, state, actor, 'council.member_added', {
      uid: membership.uid,
      role: membership.role,
      from: membership.from,
      ...(membership.to ? { to: membership.to } : {}),
    });
    return { councilId: state.id, uid: membership.uid };
  });
}

/**
 * Ends the current membership on a day. An end still to come is written on the current
 * document (the person keeps access until then); an end that has passed moves it to history.
 */
export async function endMembership(actor: Actor, input: Input<'endMembership'>) {
  return db().runTransaction(async (tx) => {
    const state = await readCouncilState(tx, input.councilId);
    const current = state.memberships.find((m) => m.id === activeMembershipId(input.uid));
    if (!current) throw refusal('COUNCIL.MEMBER_NOT_FOUND');
    const ended = endPeriod(current.membership, input.to, actor.uid, input.reason);
    if ('problem' in ended) throw toHttpsError(ended.problem);
    const now = new Date();
    const history = councilMembershipSchema.parse({ ...ended.history, updatedAt: now });
    if (history.to! < today()) {
      tx.delete(membersOf(state.id).doc(ended.deleteId));
      tx.create(membersOf(state.id).doc(ended.historyId), history);
    } else {
      tx.set(membersOf(state.id).doc(ended.deleteId), history);
    }
    const after = state.memberships.map((m) => (m === current ? history : m.membership));
    writeCouncilSummary(tx, state.id, after, now);
    await auditCouncil(tx, state, actor, 'council.membership_ended', {
      uid: input.uid,
      role: history.role,
      from: history.from,
      to: history.to,
    });
    return { councilId: state.id, uid: input.uid };
  });
}
