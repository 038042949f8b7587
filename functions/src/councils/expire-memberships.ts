import { appendAudit } from '../audit/write-audit.js';
import { activeMembershipId, endedMembershipId } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import { db } from '../shared/firebase.js';
import { councilChain, membersOf, readCouncilState, writeCouncilSummary } from './council-store.js';

/**
 * The daily job that moves memberships whose `to` has passed to their history id
 * (`{uid}__{from}`), so the rules (which check that `members/{uid}` exists) stop granting a
 * former member access, and the public summary (member organisations, chair) follows. Councils
 * are few: each is read and put right in its own transaction, with one audit entry listing the periods ended.
 */
export async function expireMemberships(now = new Date()): Promise<{ expired: number }> {
  const today = kyivDate(now);
  const councils = await db().collection('councils').select().get();
  let expired = 0;
  for (const council of councils.docs) {
    expired += await db().runTransaction(async (tx) => {
      const state = await readCouncilState(tx, council.id);
      const ended = state.memberships.filter(
        ({ id, membership: m }) => id === activeMembershipId(m.uid) && m.to && m.to < today,
      );
      if (ended.length === 0) return 0;
      for (const { membership: m } of ended) {
        tx.delete(membersOf(state.id).doc(activeMembershipId(m.uid)));
        tx.create(membersOf(state.id).doc(endedMembershipId(m.uid, m.from)), {
          ...m,
          updatedAt: now,
        });
      }
      await appendAudit(tx, state.head, {
        chain: councilChain(state.id),
        actor: { uid: 'system', role: 'system' },
        action: 'council.membership_expired',
        target: { type: 'council', id: state.id },
        details: {
          memberships: ended.map(({ membership: m }) => ({
            uid: m.uid,
            role: m.role,
            from: m.from,
            to: m.to,
          })),
        },
      });
      writeCouncilSummary(
        tx,
        state.id,
        state.memberships.map((m) => m.membership),
        now,
      );
      return ended.length;
    });
  }
  return { expired };
}
