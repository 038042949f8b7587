import { FieldValue } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { orgActionInput } from '../domain/actions/org-action.schema.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { readRecipients, writeNotices } from '../notifications/notify.js';
import type { Caller } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import { readRoleChange, writeRoleChange } from '../users/assign-role.js';
import { syncClaims } from '../users/sync-claims.js';
import { actorOf, orgChain, requireOrgLead } from './org-context.js';
import { joinRequestsOf, organisationMembersOf } from './membership-store.js';
import { readOrganisation } from './organisation-store.js';
import { refusal } from '../shared/callable-errors.js';

type Action<A extends string> = Extract<z.infer<typeof orgActionInput>, { action: A }>;

/** The lead approves or declines someone who registered the organisation's code again. */
export async function decideJoinRequest(
  caller: Caller,
  input: Action<'approveJoinRequest' | 'declineJoinRequest'>,
) {
  requireOrgLead(caller, input.orgId);
  const approve = input.action === 'approveJoinRequest';
  const requestRef = joinRequestsOf(input.orgId).doc(input.uid);
  await db().runTransaction(async (tx) => {
    const org = (await readOrganisation(tx, input.orgId))?.data;
    const request = (await tx.get(requestRef)).data();
    if (!org || request?.status !== 'pending') {
      throw refusal('ORG.JOIN_REQUEST_NOT_FOUND');
    }
    const roleChange = await readRoleChange(tx, input.uid);
    if (approve && roleChange.before) {
      throw refusal('MEMBERSHIP.ALREADY_MEMBER', { who: 'person' });
    }
    const requester = await readRecipients(tx, [input.uid]);
    const head = await readAuditHead(tx, orgChain(input.orgId));
    await takeMailingUnit(tx, caller.uid);
    tx.update(requestRef.withConverter(null), {
      status: approve ? 'approved' : 'declined',
      decidedBy: caller.uid,
      decidedAt: FieldValue.serverTimestamp(),
    });
    if (approve) {
      tx.set(organisationMembersOf(input.orgId).doc(input.uid).withConverter(null), {
        uid: input.uid,
        displayName: request.displayName,
        email: request.email,
        ...(request.position ? { position: request.position } : {}),
        role: 'ngo_member',
        joinedAt: FieldValue.serverTimestamp(),
      });
      await writeRoleChange(
        tx,
        roleChange,
        { role: 'ngo_member', orgId: input.orgId },
        actorOf(caller),
        'user.joined_organisation',
      );
    }
    await appendAudit(tx, head, {
      chain: orgChain(input.orgId),
      actor: { uid: caller.uid, role: actorOf(caller).role },
      action: approve ? 'organisation.join_approved' : 'organisation.join_declined',
      target: { type: 'organisation', id: input.orgId },
      details: { uid: input.uid },
    });
    writeNotices(tx, requester, {
      event: `organisation.join_decided:${input.orgId}:${input.uid}`,
      template: 'organisation.join_decided',
      data: { orgName: org.shortName, approved: approve },
      link: '/app/',
    });
  });
  if (approve) await syncClaims(input.uid);
  return { orgId: input.orgId, uid: input.uid, status: approve ? 'approved' : 'declined' };
}

/** The lead removes a member: membership and NGO role end at once. */
export async function removeMember(caller: Caller, input: Action<'removeMember'>) {
  requireOrgLead(caller, input.orgId);
  if (input.uid === caller.uid) {
    throw refusal('ORG.LEAD_CANNOT_LEAVE');
  }
  const memberRef = db().doc(`organisations/${input.orgId}/members/${input.uid}`);
  await db().runTransaction(async (tx) => {
    const member = await tx.get(memberRef);
    if (!member.exists) throw refusal('ORG.MEMBER_NOT_FOUND');
    const roleChange = await readRoleChange(tx, input.uid);
    const head = await readAuditHead(tx, orgChain(input.orgId));
    tx.delete(memberRef);
    await writeRoleChange(tx, roleChange, null, actorOf(caller));
    await appendAudit(tx, head, {
      chain: orgChain(input.orgId),
      actor: { uid: caller.uid, role: actorOf(caller).role },
      action: 'organisation.member_removed',
      target: { type: 'organisation', id: input.orgId },
      details: { uid: input.uid },
    });
  });
  await syncClaims(input.uid);
  return { orgId: input.orgId, uid: input.uid, removed: true };
}

/** The lead hands the lead role to another member and becomes a member. */
export async function transferLead(caller: Caller, input: Action<'transferAdmin'>) {
  requireOrgLead(caller, input.orgId);
  if (input.uid === caller.uid) {
    throw refusal('ORG.SAME_PERSON');
  }
  const members = db().collection(`organisations/${input.orgId}/members`);
  const formerLeadUid = caller.claims?.role === 'ngo_admin' ? caller.uid : undefined;
  await db().runTransaction(async (tx) => {
    const member = await tx.get(members.doc(input.uid));
    if (!member.exists) throw refusal('ORG.MEMBER_NOT_FOUND');
    const newLead = await readRoleChange(tx, input.uid);
    const formerLead = formerLeadUid ? await readRoleChange(tx, formerLeadUid) : undefined;
    const head = await readAuditHead(tx, orgChain(input.orgId));
    const actor = actorOf(caller);
    await writeRoleChange(
      tx,
      newLead,
      { role: 'ngo_admin', orgId: input.orgId },
      actor,
      'user.became_lead',
    );
    if (formerLead)
      await writeRoleChange(
        tx,
        formerLead,
        { role: 'ngo_member', orgId: input.orgId },
        actor,
        'user.handed_over_lead',
      );
    await appendAudit(tx, head, {
      chain: orgChain(input.orgId),
      actor: { uid: caller.uid, role: actorOf(caller).role },
      action: 'organisation.lead_transferred',
      target: { type: 'organisation', id: input.orgId },
      details: { from: formerLeadUid ?? null, to: input.uid },
    });
  });
  await Promise.all([syncClaims(input.uid), ...(formerLeadUid ? [syncClaims(formerLeadUid)] : [])]);
  return { orgId: input.orgId, lead: input.uid };
}
