import type { Transaction } from 'firebase-admin/firestore';
import type { CouncilActionInput } from '../domain/actions/council-action.schema.js';
import { isCouncilChair, withCouncilRelations } from '../domain/councils/memberships.js';
import { mayApplyToCouncil } from '../domain/policies/council.policy.js';
import type { Actor } from '../domain/roles.js';
import { councilApplicationSchema } from '../domain/schemas/council-application.schema.js';
import { councilMembershipSchema } from '../domain/schemas/council-membership.schema.js';
import { readRecipients } from '../notifications/notify.js';
import { uidsWithRole } from '../notifications/recipients.js';
import { toHttpsError } from '../shared/callable-errors.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import {
  createWorkflowDocument,
  runWorkflowAction,
} from '../shared/workflow-action/run-workflow-action.js';
import { applicationAdapter, applicationKey } from './council-adapter.js';
import { readCouncilPerson } from './council-people.js';
import { organisationVerified } from '../organisations/organisation-store.js';
import { checkNewMembership, startMembership } from './manage-councils.js';
import {
  actorOnCouncil,
  applicationsOf,
  periodsOf,
  readCouncilState,
  today,
  writeCouncilSummary,
  type CouncilState,
} from './council-store.js';

/**
 * Joining an Expert Council: a member of a verified NGO applies with a motivation; the chair
 * and the Secretariat are told; the chair or staff accept (a membership starts that day) or
 * decline; the applicant is told. Each is a step of `councilApplicationWorkflow` through the
 * one action runner, audited on the council's chain.
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
  const ref = applicationsOf(input.councilId).doc();
  const { extra } = await createWorkflowDocument(
    firestorePort,
    applicationAdapter,
    actor,
    applicationKey(input.councilId, ref.id),
    {
      action: 'apply',
      status: 'pending',
      auditAction: 'council.application_submitted',
      read: async (tx) => {
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
        return { state, deciders, application };
      },
      create: (tx, _key, { application }) => void tx.create(ref, application),
      audit: ({ application }) => ({ applicationId: ref.id, orgId: application.orgId }),
      notices: ({ state, deciders, application }) => [
        {
          to: deciders,
          notice: {
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
          },
        },
      ],
    },
  );
  return {
    councilId: input.councilId,
    applicationId: ref.id,
    status: extra.application.status,
  };
}

export async function decideApplication(
  actor: Actor,
  input: Input<'acceptApplication'> | Input<'declineApplication'>,
) {
  const acting = await actorOnCouncil(actor, input.councilId);
  const { step } = await runWorkflowAction(
    firestorePort,
    applicationAdapter,
    acting,
    applicationKey(input.councilId, input.applicationId),
    {
      action: input.action === 'acceptApplication' ? 'accept' : 'decline',
      read: async (tx, { council, application }, step) => {
        const recipients = await readRecipients(tx, [application.uid]);
        if (step.to !== 'accepted') return { recipients, membership: null };
        const applicant = await readCouncilPerson(tx, application.uid);
        const now = new Date();
        const membership = councilMembershipSchema.parse({
          ...applicant,
          role: 'member',
          from: today(),
          createdBy: actor.uid,
          createdAt: now,
          updatedAt: now,
        });
        checkNewMembership(council, membership);
        return { recipients, membership };
      },
      changes: ({ application }) => ({
        ...application,
        decidedBy: actor.uid,
        decidedAt: new Date(),
        ...(input.action === 'declineApplication' && input.reason
          ? { declineReason: input.reason }
          : {}),
      }),
      write: (tx, { council }, { membership }) => {
        if (!membership) return;
        writeCouncilSummary(tx, council.id, startMembership(tx, council, membership), new Date());
      },
      audit: ({ application }) => ({ applicationId: input.applicationId, uid: application.uid }),
      notices: ({ council }, { recipients, membership }) => {
        const event = `council.application_${membership ? 'accepted' : 'declined'}:${input.applicationId}`;
        const link = `/app/councils/${council.id}`;
        const councilName = council.council.name.uk;
        return [
          {
            to: recipients,
            notice: membership
              ? {
                  event,
                  template: 'council.application_accepted',
                  data: { councilId: council.id, councilName, from: membership.from },
                  link,
                }
              : {
                  event,
                  template: 'council.application_declined',
                  data: {
                    councilId: council.id,
                    councilName,
                    ...(input.action === 'declineApplication' && input.reason
                      ? { reason: input.reason }
                      : {}),
                  },
                  link,
                },
          },
        ];
      },
    },
  );
  return { councilId: input.councilId, applicationId: input.applicationId, status: step.to };
}
