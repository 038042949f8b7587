import type { Transaction } from 'firebase-admin/firestore';
import { withCouncilRelations, isCouncilChair } from '../domain/councils/memberships.js';
import type { ProposalAccessView } from '../domain/policies/proposal.policy.js';
import type { Actor } from '../domain/roles.js';
import {
  proposalDraftSchema,
  type ProposalDraft,
} from '../domain/schemas/proposal-draft.schema.js';
import { proposalSchema, type Proposal } from '../domain/schemas/proposal.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import type { ProposalAudience } from '../domain/proposals/proposal-notices.js';
import type { ProposalStatus } from '../domain/workflows/proposal.workflow.js';
import {
  readCouncilState,
  periodsOf,
  today,
  type CouncilState,
} from '../councils/council-store.js';
import { readRecipients, type Recipient } from '../notifications/notify.js';
import { organisationMembers, uidsWithRole } from '../notifications/recipients.js';
import { refusal } from '../shared/callable-errors.js';
import { organisations } from '../organisations/organisation-store.js';
import { db } from '../shared/firebase.js';

/**
 * Reading a proposal for an action: the proposal (from its first submission), its draft (the
 * authors' working copy, same id) and its Expert Council with the memberships, each through
 * its schema; and the people a step tells, by audience.
 */
export const proposalRef = (id: string) =>
  db().doc(`proposals/${id}`).withConverter(storedConverter(proposalSchema));
export const draftRef = (id: string) =>
  db().doc(`proposalDrafts/${id}`).withConverter(storedConverter(proposalDraftSchema));
export const proposalChain = (id: string) => `proposal:${id}`;

export interface ProposalState {
  id: string;
  proposal: Proposal | undefined;
  draft: ProposalDraft | undefined;
  council: CouncilState;
  /** What the policies and the workflow need, whether it is a draft or a proposal. */
  view: ProposalAccessView;
  status: ProposalStatus;
  number: string | undefined;
  title: string;
}

export async function readProposalState(tx: Transaction, id: string): Promise<ProposalState> {
  const [proposal, draft] = await Promise.all([
    tx.get(proposalRef(id)).then((s) => (s.exists ? s.data() : undefined)),
    tx.get(draftRef(id)).then((s) => (s.exists ? s.data() : undefined)),
  ]);
  const base = proposal ?? draft;
  if (!base) throw refusal('PROPOSAL.NOT_FOUND');
  const council = await readCouncilState(tx, base.councilId);
  const status: ProposalStatus = proposal?.status ?? 'draft';
  return {
    id,
    proposal,
    draft,
    council,
    status,
    number: proposal?.number,
    title: proposal?.title ?? draft?.title ?? '',
    view: {
      status,
      councilId: base.councilId,
      orgIds: base.orgIds,
      agenda: proposal?.agenda,
      discussion: proposal?.discussion,
    },
  };
}

/** The actor with their relations to the proposal's council on the day. */
export const onCouncil = (actor: Actor, state: ProposalState): Actor =>
  withCouncilRelations(actor, periodsOf(state.council), today());

export async function organisationVerified(tx: Transaction, orgId: string | undefined) {
  if (!orgId) return false;
  return (await tx.get(organisations().doc(orgId))).data()?.status === 'verified';
}

export async function organisationName(tx: Transaction, orgId: string): Promise<string | null> {
  const organisation = (await tx.get(organisations().doc(orgId))).data();
  return organisation ? organisation.shortName || organisation.name : null;
}

/** Uids of each audience of a step (PROPOSAL_NOTICES), the person who acted left out. */
export async function readAudience(
  tx: Transaction,
  state: ProposalState,
  audiences: readonly ProposalAudience[],
  except: string,
): Promise<Recipient[]> {
  const uids: string[] = [];
  for (const audience of audiences) {
    if (audience === 'authors') {
      for (const orgId of state.view.orgIds) uids.push(...(await organisationMembers(tx, orgId)));
    } else if (audience === 'chair') {
      uids.push(
        ...state.council.memberships
          .map((m) => m.membership.uid)
          .filter((uid) =>
            isCouncilChair(periodsOf(state.council), uid, state.council.id, today()),
          ),
      );
    } else if (audience === 'staff' || audience === 'commissioner') {
      uids.push(...(await uidsWithRole(tx, audience)));
    }
  }
  return readRecipients(
    tx,
    uids.filter((uid) => uid !== except),
  );
}
