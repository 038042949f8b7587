import { activeMembershipId, endedMembershipId } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import { SYSTEM_ACTOR } from '../domain/roles.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import { runWorkflowAction } from '../shared/workflow-action/run-workflow-action.js';
import { councilAdapter } from './council-adapter.js';
import { councilIds, membersOf, writeCouncilSummary, type CouncilState } from './council-store.js';

/**
 * The daily job that moves memberships whose `to` has passed to their history id
 * (`{uid}__{from}`), so the rules (which check that `members/{uid}` exists) stop granting a
 * former member access, and the public summary (member organisations, chair) follows. Councils
 * are few: each with a period to end is put right by the platform through the one action
 * runner (`expireMemberships`), with one audit entry listing the periods ended.
 */
const endedOn = (state: Pick<CouncilState, 'memberships'>, today: string) =>
  state.memberships.filter(
    ({ id, membership: m }) => id === activeMembershipId(m.uid) && m.to && m.to < today,
  );

export async function expireMemberships(now = new Date()): Promise<{ expired: number }> {
  const today = kyivDate(now);
  let expired = 0;
  for (const councilId of await councilIds()) {
    // Looked at outside a transaction first: a council with nothing to end gets no entry.
    const members = await membersOf(councilId).get();
    const current = members.docs.map((d) => ({ id: d.id, membership: d.data() }));
    if (endedOn({ memberships: current }, today).length === 0) continue;
    const { extra: ended } = await runWorkflowAction(
      firestorePort,
      councilAdapter,
      SYSTEM_ACTOR,
      councilId,
      {
        action: 'expireMemberships',
        read: (_tx, state) => Promise.resolve(endedOn(state, today)),
        changes: () => null,
        write: (tx, state, ended) => {
          for (const { membership: m } of ended) {
            tx.delete(membersOf(state.id).doc(activeMembershipId(m.uid)));
            tx.create(membersOf(state.id).doc(endedMembershipId(m.uid, m.from)), {
              ...m,
              updatedAt: now,
            });
          }
          writeCouncilSummary(
            tx,
            state.id,
            state.memberships.map((m) => m.membership),
            now,
          );
        },
        audit: (_state, ended) => ({
          memberships: ended.map(({ membership: m }) => ({
            uid: m.uid,
            role: m.role,
            from: m.from,
            to: m.to,
          })),
        }),
      },
    );
    expired += ended.length;
  }
  return { expired };
}
