import {
  collection,
  doc,
  getDoc,
  onSnapshot,
  orderBy,
  query,
  where,
  type Query,
} from 'firebase/firestore';
import type { z } from 'zod';
import { actionResult, type ActionResult } from '@domain/actions/action-results.js';
import { proposalActionResults } from '@domain/actions/proposal-action.results.js';
import type { proposalActionInput } from '@domain/actions/proposal-action.schema.js';
import {
  proposalCommentSchema,
  type ProposalComment,
} from '@domain/schemas/proposal-comment.schema.js';
import {
  proposalCoAuthorSchema,
  type ProposalCoAuthor,
} from '@domain/schemas/proposal-co-author.schema.js';
import type { ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';
import { proposalEventSchema, type ProposalEvent } from '@domain/schemas/proposal-event.schema.js';
import {
  proposalVersionSchema,
  type ProposalVersion,
} from '@domain/schemas/proposal-version.schema.js';
import { proposalSchema, type Proposal } from '@domain/schemas/proposal.schema.js';
import type { ProposalStatus } from '@domain/workflows/proposal.workflow.js';
import { organisationConverter } from './converters.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { callFunction } from './functions.js';
import { proposalDrafts } from './proposal-drafts.js';
import { listen, nullWhenDenied } from './read-helpers.js';
import { typed } from './typed.js';

/**
 * Legislative proposals in the browser: the list (drafts and proposals), the proposals and
 * what hangs from them (versions, comments, timeline, co-author invitations), each read
 * through its schema, and the `proposalAction` callable.
 */
export const proposals = () =>
  collection(firestore(), 'proposals').withConverter(typed(proposalSchema));
const versions = (id: string) =>
  collection(firestore(), 'proposals', id, 'versions').withConverter(typed(proposalVersionSchema));
const comments = (id: string) =>
  collection(firestore(), 'proposals', id, 'comments').withConverter(typed(proposalCommentSchema));
const events = (id: string) =>
  collection(firestore(), 'proposals', id, 'events').withConverter(typed(proposalEventSchema));

export interface ProposalListItem {
  id: string;
  title: string;
  councilId: string;
  status: ProposalStatus;
  number: string | null;
}

/**
 * The list: an NGO's own drafts and proposals and those of the councils it sits on; the
 * Secretariat's every proposal. Drafts that became proposals show once, as proposals.
 */
export function watchProposalList(
  who: { orgId: string | null; councilIds: readonly string[]; secretariat: boolean },
  next: (items: ProposalListItem[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  const parts = new Map<string, ProposalListItem[]>();
  const emit = () => {
    const byId = new Map<string, ProposalListItem>();
    for (const [key, items] of parts) {
      for (const item of items) {
        if (key === 'drafts' && byId.has(item.id)) continue;
        byId.set(item.id, item);
      }
    }
    next([...byId.values()].sort((a, b) => a.title.localeCompare(b.title, 'uk')));
  };
  const fromProposal = (p: Proposal & { id: string }): ProposalListItem => ({
    id: p.id,
    title: p.title,
    councilId: p.councilId,
    status: p.status,
    number: p.number,
  });
  const fromDraft = (d: ProposalDraft & { id: string }): ProposalListItem => ({
    id: d.id,
    title: d.title ?? '',
    councilId: d.councilId,
    status: 'draft',
    number: null,
  });
  const stops: Unsubscribe[] = [];
  const follow = <T>(
    key: string,
    q: Query<T>,
    map: (item: T & { id: string }) => ProposalListItem,
  ) =>
    stops.push(
      listen(
        q,
        (items) => {
          parts.set(key, items.map(map));
          emit();
        },
        fail,
      ),
    );
  if (who.secretariat) {
    follow('all', query(proposals()), fromProposal);
  } else if (who.orgId) {
    follow(
      'drafts',
      query(proposalDrafts(), where('orgIds', 'array-contains', who.orgId)),
      fromDraft,
    );
    follow('own', query(proposals(), where('orgIds', 'array-contains', who.orgId)), fromProposal);
    for (const councilId of who.councilIds) {
      follow(
        `council:${councilId}`,
        query(proposals(), where('councilId', '==', councilId)),
        fromProposal,
      );
    }
  }
  return () => stops.forEach((stop) => stop());
}

export async function readProposal(id: string): Promise<Proposal | null> {
  const snapshot = await getDoc(doc(proposals(), id)).catch(nullWhenDenied);
  return snapshot?.exists() ? snapshot.data() : null;
}

export function watchProposal(
  id: string,
  next: (proposal: Proposal | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(proposals(), id),
    (s) => next(s.exists() ? s.data() : null),
    (error) => (error.message.includes('permission') ? next(null) : fail(error)),
  );
}

export const watchVersions = (
  id: string,
  next: (items: (ProposalVersion & { id: string })[]) => void,
  fail: (error: Error) => void,
) => listen(query(versions(id), orderBy('version')), next, fail);

export const watchComments = (
  id: string,
  next: (items: (ProposalComment & { id: string })[]) => void,
  fail: (error: Error) => void,
) => listen(query(comments(id), orderBy('createdAt')), next, fail);

export const watchProposalEvents = (
  id: string,
  next: (items: (ProposalEvent & { id: string })[]) => void,
  fail: (error: Error) => void,
) => listen(query(events(id), orderBy('at')), next, fail);

export const watchCoAuthors = (
  proposalId: string,
  next: (items: (ProposalCoAuthor & { id: string })[]) => void,
  fail: (error: Error) => void,
) =>
  listen(
    query(
      collection(firestore(), 'proposalCoAuthors').withConverter(typed(proposalCoAuthorSchema)),
      where('proposalId', '==', proposalId),
    ),
    next,
    fail,
  );

type ProposalActionRequest = z.input<typeof proposalActionInput>;

/** What each `proposalAction` answers (docs/API.md), from its result schemas in the domain. */
export type ProposalActionResults = {
  [A in keyof typeof proposalActionResults]: ActionResult<typeof proposalActionResults, A>;
};

/** Calls `proposalAction`; an answer that does not fit its schema fails, naming the field. */
export async function proposalAction<A extends ProposalActionRequest['action']>(
  request: Extract<ProposalActionRequest, { action: A }>,
): Promise<ActionResult<typeof proposalActionResults, A>> {
  const answer = await callFunction('proposalAction', request);
  return actionResult('proposalAction', proposalActionResults, request.action, answer);
}

/** Whether the person's organisation is verified (its members read it). */
export async function organisationVerified(orgId: string | null): Promise<boolean> {
  if (!orgId) return false;
  const organisation = await getDoc(
    doc(firestore(), 'organisations', orgId).withConverter(organisationConverter),
  ).catch(nullWhenDenied);
  return organisation?.data()?.status === 'verified';
}

/** A timestamp as stored (Timestamp or Date) in milliseconds. */
export function millisOf(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  const stamp = value as { toMillis?: () => number } | null;
  return typeof stamp?.toMillis === 'function' ? stamp.toMillis() : null;
}
