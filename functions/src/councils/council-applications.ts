import type { Transaction } from 'firebase-admin/firestore';
import type { CouncilActionInput } from '../domain/actions/council-action.schema.js';
import { isCouncilChair, withCouncilRelations } from '../domain/councils/memberships.js';
import { mayApplyToCouncil } from '../domain/policies/council.policy.js';
import type { Actor } from '../domain/roles.js';
import {
  councilApplicationSchema,
  type CouncilApplication,
} from '../domain/schemas/council-application.schema.js';
import { councilMembershipSchema } from '../domain/schemas/council-membership.schema.js';
import { councilApplicationWorkflow } from '../domain/workflows/council-application.workflow.js';
import { transition } from '../domain/workflows/workflow.js';
import { readRecipients, writeNotices, type Recipient } from '../notifications/notify.js';
import { uidsWithRole } from '../notifications/recipients.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { organisationVerified, readCouncilPerson } from './council-people.js';
import { startMembership } from './manage-councils.js';
import {
  applicationsOf,
  auditCouncil,
  periodsOf,
  readCouncilState,
  today,
  writeCouncilSummary,
  type CouncilState,
} from './council-store.js';
import { db } from '../shared/firebase.js';

/**
 * Joining an Expert Council: a member of a verified NGO applies with a motivation; the chair
 * and the Secretariat are told; the chair or staff accept (a membership starts that day) or
 * decline; the applicant is told.
 */
type Input<A extends CouncilActionInput['action']> = Extract<CouncilActionInput, { action: A }>;

const applicationsLink = (councilId: string) => `/app/councils/${councilId}/applications`;

/** The council's chairs on the day and every staff member: who decides applications. */
async function readDeciders(tx: Transaction, state: CouncilState, except: string) {
  const chairs = state.memberships
    .map((m) => m.membership.uid)
    .filter((uid) => isCouncilChair(periodsOf(state), uid, state.id, today()));
  const staff = await uidsWithRole(tx, 'staff');
  return readRecipients(
    tx,
    [...chairs, ...staff].filter((uid) => uid !== except),
  );
}

export async function applyToCouncil(actor: Actor, input: Input<'apply'>) {
  return db().runTransaction(async (tx) => {
    const state = await readCouncilState(tx, input.councilId);
    const pending = await tx.get(
      applicationsOf(state.id).where('uid', '==', actor.uid).where('status', '==', 'pending'),
    );
    const orgVerified = await organisationVerified(tx, actor.orgId);
    const relations = withCouncilRelations(actor, periodsOf(state), today());
    const allowed = mayApplyToCouncil(relations, state.id, {
      councilKind: state.council.kind,
      orgVerified,
      pendingApplication: !pending.empty,
    });
    if (!allowed.ok) throw toHttpsError(allowed.error);
    const person = await readCouncilPerson(tx, actor.uid);
    const deciders = await readDeciders(tx, state, actor.uid);
    const now = new Date();
    const ref = applicationsOf(state.id).doc();
    const application = councilApplicationSchema.parse({
      motivation: input.application.motivation,
      uid: actor.uid,
      displayName: person.displayName,
      orgId: person.orgId,
      orgName: person.orgName,
      status: 'pending',
      createdAt: now,
      updatedAt: now,
    });
    tx.create(ref, application);
    await auditCouncil(tx, state, actor, 'council.application_submitted', {
      applicationId: ref.id,
      orgId: application.orgId,
    });
    writeNotices(tx, deciders, {
      event: `council.application_received:${ref.id}`,
      template: 'council.application_received',
      data: {
        councilId: state.id,
        councilName: state.council.name.uk,
        applicantName: application.displayName,
        orgName: application.orgName,
        motivation: application.motivation,
      },
      link: applicationsLink(state.id),
    });
    return { councilId: state.id, applicationId: ref.id, status: application.status };
  });
}

async function readApplication(tx: Transaction, councilId: string, applicationId: string) {
  const snapshot = await tx.get(applicationsOf(councilId).doc(applicationId));
  if (!snapshot.exists) throw refusal('COUNCIL.APPLICATION_NOT_FOUND');
  return councilApplicationSchema.parse(snapshot.data());
}

export async function decideApplication(
  actor: Actor,
  input: Input<'acceptApplication'> | Input<'declineApplication'>,
) {
  return db().runTransaction(async (tx) => {
    const state = await readCouncilState(tx, input.councilId);
    const application = await readApplication(tx, state.id, input.applicationId);
    const action = input.action === 'acceptApplication' ? 'accept' : 'decline';
    const step = transition(
      councilApplicationWorkflow,
      { status: application.status, ownerOrgIds: [application.orgId], councilId: state.id },
      action,
      withCouncilRelations(actor, periodsOf(state), today()),
    );
    if (!step.ok) throw toHttpsError(step.error);
    const applicant =
      step.value.to === 'accepted' ? await readCouncilPerson(tx, application.uid) : null;
    const recipients: Recipient[] = await readRecipients(tx, [application.uid]);
    const now = new Date();
    const decided: CouncilApplication = councilApplicationSchema.parse({
      ...application,
      status: step.value.to,
      decidedBy: actor.uid,
      decidedAt: now,
      updatedAt: now,
      ...(input.action === 'declineApplication' && input.reason
        ? { declineReason: input.reason }
        : {}),
    });
    if (applicant) {
      const membership = councilMembershipSchema.parse({
        ...applicant,
        role: 'member',
        from: today(),
        createdBy: actor.uid,
        createdAt: now,
        updatedAt: now,
      });
      writeCouncilSummary(tx, state.id, startMembership(tx, state, membership), now);
    }
    tx.set(applicationsOf(state.id).doc(input.applicationId), decided);
    await auditCouncil(
      tx,
      state,
      actor,
      step.value.to === 'accepted'
        ? 'council.application_accepted'
        : 'council.application_declined',
      {
        applicationId: input.applicationId,
        uid: application.uid,
      },
    );
    const event = `council.application_${step.value.to}:${input.applicationId}`;
    const link = `/app/councils/${state.id}`;
    const councilName = state.council.name.uk;
    if (step.value.to === 'accepted') {
      writeNotices(tx, recipients, {
        event,
        template: 'council.application_accepted',
        data: { councilId: state.id, councilName, from: today() },
        link,
      });
    } else {
      writeNotices(tx, recipients, {
        event,
        template: 'council.application_declined',
        data: { councilId: state.id, councilName, reason: decided.declineReason },
        link,
      });
    }
    return { councilId: state.id, applicationId: input.applicationId, status: step.value.to };
  });
}
