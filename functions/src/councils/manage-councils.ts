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
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import {
  createWorkflowDocument,
  runWorkflowAction,
} from '../shared/workflow-action/run-workflow-action.js';
import { councilAdapter } from './council-adapter.js';
import { readCouncilPerson } from './council-people.js';
import {
  councils,
  membersOf,
  periodsOf,
  today,
  writeCouncilSummary,
  type CouncilState,
} from './council-store.js';

/**
 * What administrators do with councils, each a step of `councilWorkflow` through the one
 * action runner (audited on the council's chain): create and edit them, add a member for a
 * period in a role, end a membership. An ended membership is kept as history
 * (councils/memberships.ts).
 */
type Input<A extends CouncilActionInput['action']> = Extract<CouncilActionInput, { action: A }>;

/** An advisory council has no theme: editing one into it removes the field. */
const withoutTheme = (council: CouncilInput) =>
  council.theme ? council : { ...council, theme: undefined };

export async function createCouncil(actor: Actor, input: Input<'create'>) {
  const ref = councils().doc();
  const now = new Date();
  const council = councilSchema.parse({
    ...withoutTheme(input.council),
    memberOrgs: [],
    createdBy: actor.uid,
    createdAt: now,
    updatedAt: now,
  });
  await createWorkflowDocument(firestorePort, councilAdapter, actor, ref.id, {
    action: 'create',
    status: 'active',
    auditAction: 'council.created',
    create: (tx) => void tx.create(ref, council),
    audit: () => ({ kind: council.kind, name: council.name.uk }),
  });
  return { councilId: ref.id };
}

export async function updateCouncil(actor: Actor, input: Input<'update'>) {
  await runWorkflowAction(firestorePort, councilAdapter, actor, input.councilId, {
    action: 'update',
    changes: (state) => ({ ...state.council, ...withoutTheme(input.council) }),
    audit: (state) => {
      const next = councilSchema.parse({ ...state.council, ...withoutTheme(input.council) });
      return {
        fields: Object.keys(input.council).filter(
          (key) =>
            JSON.stringify(state.council[key as keyof CouncilInput]) !==
            JSON.stringify(next[key as keyof CouncilInput]),
        ),
      };
    },
  });
  return { councilId: input.councilId };
}

/**
 * Writes a new membership period at the person's uid. A current document whose period ended
 * before the new one starts moves to its history id first. Checked before any write.
 */
export function checkNewMembership(state: CouncilState, membership: CouncilMembership): void {
  const problem = newMembershipProblem(periodsOf(state), {
    councilId: state.id,
    ...membership,
  });
  if (problem) throw toHttpsError(problem);
  const current = state.memberships.find((m) => m.id === activeMembershipId(membership.uid));
  if (current && current.membership.from > membership.from) {
    throw refusal('COUNCIL.MEMBERSHIP_CONFLICT', { reason: 'starts_later' });
  }
}

export function startMembership(
  tx: Transaction,
  state: CouncilState,
  membership: CouncilMembership,
): CouncilMembership[] {
  const current = state.memberships.find((m) => m.id === activeMembershipId(membership.uid));
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
  const { extra: membership } = await runWorkflowAction(
    firestorePort,
    councilAdapter,
    actor,
    input.councilId,
    {
      action: 'addMember',
      read: async (tx, state) => {
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
        checkNewMembership(state, membership);
        return membership;
      },
      changes: () => null,
      write: (tx, state, membership) =>
        writeCouncilSummary(tx, state.id, startMembership(tx, state, membership), new Date()),
      audit: (_state, membership) => ({
        uid: membership.uid,
        role: membership.role,
        from: membership.from,
        ...(membership.to ? { to: membership.to } : {}),
      }),
    },
  );
  return { councilId: input.councilId, uid: membership.uid };
}

/**
 * Ends the current membership on a day. An end still to come is written on the current
 * document (the person keeps access until then); an end that has passed moves it to history.
 */
export async function endMembership(actor: Actor, input: Input<'endMembership'>) {
  await runWorkflowAction(firestorePort, councilAdapter, actor, input.councilId, {
    action: 'endMembership',
    read: async (_tx, state) => {
      const current = state.memberships.find((m) => m.id === activeMembershipId(input.uid));
      if (!current) throw refusal('COUNCIL.MEMBER_NOT_FOUND');
      const ended = endPeriod(current.membership, input.to, actor.uid, input.reason);
      if ('problem' in ended) throw toHttpsError(ended.problem);
      const history = councilMembershipSchema.parse({ ...ended.history, updatedAt: new Date() });
      return { current, ended, history };
    },
    changes: () => null,
    write: (tx, state, { current, ended, history }) => {
      if (history.to! < today()) {
        tx.delete(membersOf(state.id).doc(ended.deleteId));
        tx.create(membersOf(state.id).doc(ended.historyId), history);
      } else {
        tx.set(membersOf(state.id).doc(ended.deleteId), history);
      }
      const after = state.memberships.map((m) => (m === current ? history : m.membership));
      writeCouncilSummary(tx, state.id, after, new Date());
    },
    audit: (_state, { history }) => ({
      uid: input.uid,
      role: history.role,
      from: history.from,
      to: history.to,
    }),
  });
  return { councilId: input.councilId, uid: input.uid };
}
