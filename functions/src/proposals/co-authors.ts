import type { Transaction } from 'firebase-admin/firestore';
import type { ProposalActionInput } from '../domain/actions/proposal-action.schema.js';
import { CO_AUTHOR_ANSWER_NOTICE } from '../domain/proposals/proposal-notices.js';
import { proposalSubject } from '../domain/policies/proposal.policy.js';
import type { Actor } from '../domain/roles.js';
import { coAuthorId, proposalCoAuthorSchema } from '../domain/schemas/proposal-co-author.schema.js';
import { coAuthorWorkflow } from '../domain/workflows/co-author.workflow.js';
import { proposalWorkflow } from '../domain/workflows/proposal.workflow.js';
import { transition } from '../domain/workflows/workflow.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { readRecipients, writeNotices } from '../notifications/notify.js';
import { organisationAdmins } from '../notifications/recipients.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';
import { takeMailingUnit } from '../shared/mail-limits.js';
import {
  draftRef,
  onCouncil,
  organisationName,
  organisationVerified,
  proposalChain,
  proposalRef,
  readAudience,
  readProposalState,
} from './proposal-store.js';

/**
 * Co-authorship: an author invites another verified NGO; the invited organisation's lead
 * accepts (the organisation joins `orgIds` of the draft and of the proposal, and is named
 * among the authors) or declines. Until it accepts, the invited organisation sees only its
 * invitation, never the proposal.
 */
type Input<A extends ProposalActionInput['action']> = Extract<ProposalActionInput, { action: A }>;
const MAX_AUTHORS = 11;
const invitationRef = (id: string) =>
  db().doc(`proposalCoAuthors/${id}`).withConverter(storedConverter(proposalCoAuthorSchema));

async function audit(
  tx: Transaction,
  head: Awaited<ReturnType<typeof readAuditHead>>,
  actor: Actor,
  proposalId: string,
  action:
    'proposal.co_author_invited' | 'proposal.co_author_accepted' | 'proposal.co_author_declined',
  orgId: string,
) {
  await appendAudit(tx, head, {
    chain: proposalChain(proposalId),
    actor: { uid: actor.uid, role: actor.role },
    action,
    target: { type: 'proposal', id: proposalId },
    details: { orgId },
  });
}

export function inviteCoAuthor(actor: Actor, input: Input<'inviteCoAuthor'>) {
  return db().runTransaction(async (tx) => {
    const state = await readProposalState(tx, input.proposalId);
    const step = transition(
      proposalWorkflow,
      proposalSubject(state.view),
      'inviteCoAuthor',
      onCouncil(actor, state),
    );
    if (!step.ok) throw toHttpsError(step.error);
    const id = coAuthorId(state.id, input.orgId);
    const existing = await tx.get(invitationRef(id));
    if (existing.exists && existing.data()?.state !== 'declined') {
      throw refusal('PROPOSAL.CO_AUTHOR_ALREADY_INVITED');
    }
    const [verified, orgName, invitingOrgName] = [
      await organisationVerified(tx, input.orgId),
      await organisationName(tx, input.orgId),
      await organisationName(tx, actor.orgId!),
    ];
    if (!verified || !orgName || state.view.orgIds.includes(input.orgId)) {
      throw refusal('PROPOSAL.CO_AUTHOR_NOT_ELIGIBLE');
    }
    if (state.view.orgIds.length >= MAX_AUTHORS) throw refusal('PROPOSAL.TOO_MANY_AUTHORS');
    const leads = await readRecipients(tx, await organisationAdmins(tx, input.orgId));
    const head = await readAuditHead(tx, proposalChain(state.id));
    await takeMailingUnit(tx, actor.uid);

    const now = new Date();
    const invitation = proposalCoAuthorSchema.parse({
      proposalId: state.id,
      councilId: state.view.councilId,
      orgId: input.orgId,
      orgName,
      invitingOrgId: actor.orgId,
      invitingOrgName: invitingOrgName ?? actor.orgId,
      proposalTitle: state.title || '—',
      state: 'invited',
      invitedBy: actor.uid,
      invitedAt: now,
    });
    tx.set(invitationRef(id), invitation);
    await audit(tx, head, actor, state.id, 'proposal.co_author_invited', input.orgId);
    writeNotices(tx, leads, {
      event: `proposal.co_author_invited:${id}:${now.getTime()}`,
      template: 'proposal.co_author_invited',
      data: {
        invitationId: id,
        proposalTitle: invitation.proposalTitle,
        invitingOrgName: invitation.invitingOrgName,
        councilName: state.council.council.name.uk,
      },
      link: `/app/proposals/invitations/${id}`,
    });
    return { proposalId: state.id, invitationId: id, state: invitation.state };
  });
}

export function answerInvitation(
  actor: Actor,
  input: Input<'acceptCoAuthorship'> | Input<'declineCoAuthorship'>,
) {
  return db().runTransaction(async (tx) => {
    const invitation = (await tx.get(invitationRef(input.invitationId))).data();
    if (!invitation) throw refusal('PROPOSAL.INVITATION_NOT_FOUND');
    const answer = input.action === 'acceptCoAuthorship' ? 'accept' : 'decline';
    const step = transition(
      coAuthorWorkflow,
      { status: invitation.state, ownerOrgIds: [invitation.orgId] },
      answer,
      actor,
      { orgVerified: await organisationVerified(tx, actor.orgId) },
    );
    if (!step.ok) throw toHttpsError(step.error);
    const state = await readProposalState(tx, invitation.proposalId);
    if (answer === 'accept' && state.view.orgIds.length >= MAX_AUTHORS) {
      throw refusal('PROPOSAL.TOO_MANY_AUTHORS');
    }
    const notice = CO_AUTHOR_ANSWER_NOTICE[answer];
    const audience = await readAudience(tx, state, notice.to, actor.uid);
    const head = await readAuditHead(tx, proposalChain(state.id));

    const now = new Date();
    tx.set(
      invitationRef(input.invitationId),
      proposalCoAuthorSchema.parse({
        ...invitation,
        state: step.value.to,
        respondedBy: actor.uid,
        respondedAt: now,
      }),
    );
    if (answer === 'accept') {
      const orgIds = [...state.view.orgIds, invitation.orgId];
      if (state.draft) tx.update(draftRef(state.id), { orgIds, updatedAt: now });
      if (state.proposal) {
        tx.update(proposalRef(state.id), {
          orgIds,
          authors: [
            ...state.proposal.authors,
            { orgId: invitation.orgId, name: invitation.orgName },
          ],
          updatedAt: now,
        });
      }
    }
    await audit(
      tx,
      head,
      actor,
      state.id,
      answer === 'accept' ? 'proposal.co_author_accepted' : 'proposal.co_author_declined',
      invitation.orgId,
    );
    writeNotices(tx, audience, {
      event: `${notice.template}:${input.invitationId}`,
      template: notice.template,
      data: {
        proposalId: state.id,
        number: state.number ?? '—',
        title: state.title || invitation.proposalTitle,
        orgName: invitation.orgName,
      },
      link: `/app/proposals/${state.id}`,
    });
    return { proposalId: state.id, invitationId: input.invitationId, state: step.value.to };
  });
}
