import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import { councilPublicSummary } from '../domain/councils/council-summary.js';
import type { MembershipPeriod } from '../domain/councils/memberships.js';
import { kyivDate } from '../domain/kyiv-time.js';
import type { Actor } from '../domain/roles.js';
import {
  councilMembershipSchema,
  type CouncilMembership,
} from '../domain/schemas/council-membership.schema.js';
import { councilSchema, type Council } from '../domain/schemas/council.schema.js';
import type { AuditAction } from '../domain/schemas/audit.schema.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';

type CouncilAuditAction = Extract<AuditAction, `council.${string}`>;
import { refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';

/**
 * Reading and writing councils and their memberships, each through its schema. What every
 * council action shares: the council and its memberships read in the transaction, the public
 * summary kept in step, the audit entry on the council's chain.
 */
export const councilRef = (councilId: string) => db().doc(`councils/${councilId}`);
export const membersOf = (councilId: string) => councilRef(councilId).collection('members');
export const applicationsOf = (councilId: string) =>
  councilRef(councilId).collection('applications');
export const councilChain = (councilId: string) => `council:${councilId}`;

export interface CouncilState {
  id: string;
  council: Council;
  /** Every membership period, current and ended, with the id it is stored under. */
  memberships: { id: string; membership: CouncilMembership }[];
  head: Awaited<ReturnType<typeof readAuditHead>>;
}

/** The council, its memberships and its audit head: the reads every council action starts with. */
export async function readCouncilState(tx: Transaction, councilId: string): Promise<CouncilState> {
  const snapshot = await tx.get(councilRef(councilId));
  if (!snapshot.exists) throw refusal('COUNCIL.NOT_FOUND');
  const members = await tx.get(membersOf(councilId));
  return {
    id: councilId,
    council: councilSchema.parse(snapshot.data()),
    memberships: members.docs.map((d) => ({
      id: d.id,
      membership: councilMembershipSchema.parse(d.data()),
    })),
    head: await readAuditHead(tx, councilChain(councilId)),
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

export async function auditCouncil(
  tx: Transaction,
  state: Pick<CouncilState, 'id' | 'head'>,
  actor: Actor,
  action: CouncilAuditAction,
  details: Record<string, unknown>,
): Promise<void> {
  await appendAudit(tx, state.head, {
    chain: councilChain(state.id),
    actor: { uid: actor.uid, role: actor.role },
    action,
    target: { type: 'council', id: state.id },
    details,
  });
}
