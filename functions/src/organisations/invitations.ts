import { createHash, randomBytes } from 'node:crypto';
import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { orgActionInput } from '../domain/actions/org-action.schema.js';
import {
  alreadyInOrganisation,
  INVITATION_TTL_DAYS,
  invitationProblem,
  openInvitationProblem,
} from '../domain/membership.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { readRecipients, writeMailToAddress, writeNotices } from '../notifications/notify.js';
import { organisationAdmins } from '../notifications/recipients.js';
import type { Caller } from '../shared/callable-errors.js';
import { toHttpsError, refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { readRoleChange, writeRoleChange } from '../users/assign-role.js';
import { takeInvitationUnits, takeMailingUnit } from '../shared/mail-limits.js';
import { syncClaims } from '../users/sync-claims.js';
import {
  actorOf,
  applicantProfile,
  orgChain,
  requireOrgLead,
  requireVerifiedEmail,
} from './org-context.js';
import {
  invitationRef,
  invitations,
  invitationState,
  organisationMembersOf,
} from './membership-store.js';
import { readOrganisation } from './organisation-store.js';

type Action<A extends string> = Extract<z.infer<typeof orgActionInput>, { action: A }>;
const DAY_MS = 24 * 60 * 60 * 1000;

/** The stored id of an invitation: the token itself is only ever in the email. */
export function invitationIdOf(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

/**
 * The lead of a verified organisation invites a person by email; the link carries a random
 * token, valid for a week, once. An address with an open invitation is not mailed again, and
 * an organisation sends at most 20 invitations a day (settings in functions/.env).
 */
export async function inviteMember(caller: Caller, input: Action<'invite'>) {
  requireOrgLead(caller, input.orgId);
  const token = randomBytes(24).toString('base64url');
  const invitationId = invitationIdOf(token);
  const expiresAt = Timestamp.fromMillis(Date.now() + INVITATION_TTL_DAYS * DAY_MS);
  await db().runTransaction(async (tx) => {
    const org = (await readOrganisation(tx, input.orgId))?.data;
    if (!org) throw refusal('ORG.NOT_FOUND');
    if (org.status !== 'verified') {
      throw refusal('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'invite' });
    }
    const existing = await tx.get(
      organisationMembersOf(input.orgId).where('email', '==', input.email).limit(1),
    );
    if (!existing.empty) {
      throw refusal('MEMBERSHIP.ALREADY_MEMBER', { who: 'invitee' });
    }
    const earlier = await tx.get(
      invitations().where('orgId', '==', input.orgId).where('email', '==', input.email),
    );
    const stillOpen = openInvitationProblem(
      earlier.docs.map((doc) => invitationState(doc.data())),
      Date.now(),
    );
    if (stillOpen) throw toHttpsError(stillOpen);
    const head = await readAuditHead(tx, orgChain(input.orgId));
    await takeInvitationUnits(tx, input.orgId, caller.uid);
    const inviterName = String(caller.profile?.displayName ?? caller.email ?? '');
    tx.create(invitationRef(invitationId).withConverter(null), {
      orgId: input.orgId,
      orgName: org.shortName,
      email: input.email,
      status: 'pending',
      expiresAt,
      invitedBy: caller.uid,
      invitedByName: inviterName,
      createdAt: FieldValue.serverTimestamp(),
    });
    await appendAudit(tx, head, {
      chain: orgChain(input.orgId),
      actor: { uid: caller.uid, role: actorOf(caller).role },
      action: 'organisation.member_invited',
      target: { type: 'organisation', id: input.orgId },
      details: { invitationId, email: input.email },
    });
    writeMailToAddress(tx, input.email, input.language, {
      event: `invitation:${invitationId}`,
      template: 'invitation',
      data: {
        orgName: org.shortName,
        inviterName,
        token,
        expiresAt: expiresAt.toDate().toISOString(),
      },
    });
  });
  return { invitationId, expiresAt: expiresAt.toDate().toISOString() };
}

export async function revokeInvitation(caller: Caller, input: Action<'revokeInvitation'>) {
  requireOrgLead(caller, input.orgId);
  const ref = invitationRef(input.invitationId);
  await db().runTransaction(async (tx) => {
    const invitation = (await tx.get(ref)).data();
    if (invitation?.orgId !== input.orgId) {
      throw refusal('MEMBERSHIP.INVITATION_NOT_FOUND', { where: 'list' });
    }
    if (invitation.status !== 'pending') {
      throw refusal('MEMBERSHIP.INVITATION_NOT_PENDING');
    }
    const head = await readAuditHead(tx, orgChain(input.orgId));
    tx.update(ref.withConverter(null), {
      status: 'revoked',
      revokedBy: caller.uid,
      revokedAt: FieldValue.serverTimestamp(),
    });
    await appendAudit(tx, head, {
      chain: orgChain(input.orgId),
      actor: { uid: caller.uid, role: actorOf(caller).role },
      action: 'organisation.invitation_revoked',
      target: { type: 'organisation', id: input.orgId },
      details: { invitationId: input.invitationId },
    });
  });
  return { invitationId: input.invitationId, status: 'revoked' };
}

/**
 * The invited person, signed in with the invited address, joins the organisation as a member.
 * The invitation is marked used in the same transaction, so it works exactly once.
 */
export async function acceptInvitation(caller: Caller, input: Action<'acceptInvitation'>) {
  const problemOfRole = alreadyInOrganisation(caller.claims?.orgId);
  if (problemOfRole) throw toHttpsError(problemOfRole);
  if (caller.claims) {
    throw refusal('ORG.ROLE_CANNOT_JOIN');
  }
  await requireVerifiedEmail(caller);
  const ref = invitationRef(invitationIdOf(input.token));
  const result = await db().runTransaction(async (tx) => {
    const invitation = (await tx.get(ref)).data();
    const problem = invitationProblem(
      invitation && invitationState(invitation),
      caller.email,
      Date.now(),
    );
    if (problem) throw toHttpsError(problem);
    if (!invitation) throw refusal('MEMBERSHIP.INVITATION_NOT_FOUND', { where: 'link' });
    const orgId = invitation.orgId;
    const admins = await readRecipients(tx, await organisationAdmins(tx, orgId));
    const roleChange = await readRoleChange(tx, caller.uid);
    const head = await readAuditHead(tx, orgChain(orgId));
    await takeMailingUnit(tx, caller.uid);

    tx.update(ref.withConverter(null), {
      status: 'accepted',
      acceptedBy: caller.uid,
      acceptedAt: FieldValue.serverTimestamp(),
    });
    tx.set(
      db().doc(`users/${caller.uid}`),
      {
        ...applicantProfile(caller, input.applicant),
        createdAt: caller.profile?.createdAt ?? FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
    tx.set(db().doc(`organisations/${orgId}/members/${caller.uid}`), {
      uid: caller.uid,
      displayName: input.applicant.displayName,
      email: caller.email,
      ...(input.applicant.position ? { position: input.applicant.position } : {}),
      role: 'ngo_member',
      joinedAt: FieldValue.serverTimestamp(),
    });
    await writeRoleChange(
      tx,
      roleChange,
      { role: 'ngo_member', orgId },
      { uid: caller.uid, role: 'system' },
      'user.joined_organisation',
    );
    await appendAudit(tx, head, {
      chain: orgChain(orgId),
      actor: { uid: caller.uid, role: 'invitee' },
      action: 'organisation.member_joined',
      target: { type: 'organisation', id: orgId },
      details: { uid: caller.uid, invitationId: ref.id },
    });
    writeNotices(tx, admins, {
      event: `organisation.member_joined:${orgId}:${caller.uid}`,
      template: 'organisation.member_joined',
      data: { orgName: invitation.orgName, memberName: input.applicant.displayName },
      link: '/app/organisation',
    });
    return { orgId };
  });
  await syncClaims(caller.uid);
  return result;
}
