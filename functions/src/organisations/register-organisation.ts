import { FieldValue, type Transaction } from 'firebase-admin/firestore';
import type { z } from 'zod';
import type { registerOrganisationInput } from '../domain/actions/org-action.schema.js';
import { alreadyInOrganisation, joinRequestDecision } from '../domain/membership.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { readRecipients, writeNotices, type Recipient } from '../notifications/notify.js';
import { coordinatorsOf, organisationAdmins, uidsWithRole } from '../notifications/recipients.js';
import type { Caller } from '../shared/callable-errors.js';
import { toHttpsError, refusal } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { readRoleChange, writeRoleChange } from '../users/assign-role.js';
import { syncClaims } from '../users/sync-claims.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import { applicantProfile, orgChain, requireVerifiedEmail } from './org-context.js';
import { joinRequestsOf, joinRequestState } from './membership-store.js';
import { readOrganisation, type StoredOrganisation } from './organisation-store.js';

type Input = z.infer<typeof registerOrganisationInput>;

/**
 * A person registers their organisation. The organisation's id is its EDRPOU code, so a code
 * can be registered once: a second registration becomes a request to join, decided by the
 * organisation's lead. A new organisation is `pending` until the Secretariat verifies it;
 * its founder becomes its lead at once (and can prepare drafts meanwhile). The answer says
 * whether a regional coordinator was told (`coordinatorNotified`): a region may have none.
 */
export async function registerOrganisation(caller: Caller, input: Input) {
  if (caller.claims) {
    const problem = alreadyInOrganisation(caller.claims.orgId);
    if (problem) throw toHttpsError(problem);
    throw refusal('ORG.ROLE_CANNOT_REGISTER');
  }
  const orgId = input.organisation.edrpou;
  const orgRef = db().doc(`organisations/${orgId}`);
  const profile = applicantProfile(caller, input.applicant);
  const applicant: Recipient = {
    uid: caller.uid,
    email: caller.email ?? '',
    language: profile.language === 'en' ? 'en' : 'uk',
    digest: false,
  };

  await requireVerifiedEmail(caller);

  const outcome = await db().runTransaction(async (tx) => {
    const existing = await readOrganisation(tx, orgId);
    if (existing) return { kind: await askToJoin(tx, caller, input, existing, profile) };

    const staff = await uidsWithRole(tx, 'staff');
    const coordinators = await coordinatorsOf(tx, input.organisation.regionCode);
    const reviewers = await readRecipients(tx, [...staff, ...coordinators]);
    // The confirmation says the region's coordinator was told only when one really was.
    const coordinatorNotified = reviewers.some((reviewer) => coordinators.includes(reviewer.uid));
    const roleChange = await readRoleChange(tx, caller.uid);
    const head = await readAuditHead(tx, orgChain(orgId));
    await takeMailingUnit(tx, caller.uid);

    tx.create(orgRef, {
      ...input.organisation,
      status: 'pending',
      createdBy: caller.uid,
      createdAt: FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    tx.set(
      db().doc(`users/${caller.uid}`),
      {
        ...profile,
        createdAt: caller.profile?.createdAt ?? FieldValue.serverTimestamp(),
        updatedAt: FieldValue.serverTimestamp(),
      },
      { merge: true },
    );
    tx.set(orgRef.collection('members').doc(caller.uid), {
      uid: caller.uid,
      displayName: input.applicant.displayName,
      email: caller.email,
      ...(input.applicant.position ? { position: input.applicant.position } : {}),
      role: 'ngo_admin',
      joinedAt: FieldValue.serverTimestamp(),
    });
    await writeRoleChange(
      tx,
      roleChange,
      { role: 'ngo_admin', orgId },
      { uid: caller.uid, role: 'system' },
      'user.founded_organisation',
    );
    await appendAudit(tx, head, {
      chain: orgChain(orgId),
      actor: { uid: caller.uid, role: 'applicant' },
      action: 'organisation.registered',
      target: { type: 'organisation', id: orgId },
      details: { name: input.organisation.name, regionCode: input.organisation.regionCode },
    });
    const data = {
      orgId,
      name: input.organisation.shortName,
      regionCode: input.organisation.regionCode,
    };
    writeNotices(tx, reviewers, {
      event: `organisation.submitted:${orgId}`,
      template: 'organisation.submitted',
      data,
      link: `/app/organisations/${orgId}`,
    });
    writeNotices(tx, [applicant], {
      event: `organisation.received:${orgId}`,
      template: 'organisation.received',
      data: { orgId, name: input.organisation.shortName },
      link: '/app/',
    });
    return { kind: 'registered' as const, coordinatorNotified };
  });

  if (outcome.kind === 'join_requested') return { orgId, outcome: outcome.kind };
  await syncClaims(caller.uid);
  return { orgId, outcome: outcome.kind, coordinatorNotified: outcome.coordinatorNotified };
}

/**
 * The code is registered already: the person asks its lead to let them in. One open request
 * per person and organisation (asking again while it is open mails nobody), and after a
 * decline a wait of 30 days (domain/membership.ts); each request's notice is keyed by its
 * attempt, so a lead is mailed once per request.
 */
async function askToJoin(
  tx: Transaction,
  caller: Caller,
  input: Input,
  org: StoredOrganisation,
  profile: ReturnType<typeof applicantProfile>,
): Promise<'join_requested'> {
  const orgId = org.id;
  const requestRef = joinRequestsOf(orgId).doc(caller.uid);
  const previous = (await tx.get(requestRef)).data();
  const decision = joinRequestDecision(previous && joinRequestState(previous), Date.now());
  if (decision.kind === 'refused') throw toHttpsError(decision.error);
  if (decision.kind === 'open') return 'join_requested';

  const admins = await readRecipients(tx, await organisationAdmins(tx, orgId));
  await takeMailingUnit(tx, caller.uid);
  tx.set(
    db().doc(`users/${caller.uid}`),
    {
      ...profile,
      // A person asking to join before any profile exists gets a whole one, as when registering.
      createdAt: caller.profile?.createdAt ?? FieldValue.serverTimestamp(),
      updatedAt: FieldValue.serverTimestamp(),
    },
    { merge: true },
  );
  tx.set(requestRef.withConverter(null), {
    uid: caller.uid,
    displayName: input.applicant.displayName,
    email: caller.email,
    ...(input.applicant.position ? { position: input.applicant.position } : {}),
    status: 'pending',
    attempt: decision.attempt,
    createdAt: FieldValue.serverTimestamp(),
  });
  writeNotices(tx, admins, {
    event: `organisation.join_requested:${orgId}:${caller.uid}:${decision.attempt}`,
    template: 'organisation.join_requested',
    data: {
      orgId,
      orgName: org.data.shortName,
      applicantName: input.applicant.displayName,
    },
    link: '/app/organisation',
  });
  return 'join_requested';
}
