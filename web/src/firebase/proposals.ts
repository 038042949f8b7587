import {
  collection,
  deleteField,
  doc,
  getDoc,
  getDocs,
  onSnapshot,
  orderBy,
  query,
  serverTimestamp,
  setDoc,
  updateDoc,
  where,
  type DocumentData,
  type Query,
} from 'firebase/firestore';
import type { z } from 'zod';
import type { proposalActionInput } from '@domain/actions/proposal-action.schema.js';
import {
  proposalCommentSchema,
  type ProposalComment,
} from '@domain/schemas/proposal-comment.schema.js';
import {
  proposalCoAuthorSchema,
  type ProposalCoAuthor,
} from '@domain/schemas/proposal-co-author.schema.js';
import type { ProposalDraftContent } from '@domain/schemas/proposal-content.schema.js';
import { proposalDraftSchema, type ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';
import { proposalEventSchema, type ProposalEvent } from '@domain/schemas/proposal-event.schema.js';
import {
  proposalVersionSchema,
  type ProposalVersion,
} from '@domain/schemas/proposal-version.schema.js';
import { proposalSchema, type Proposal } from '@domain/schemas/proposal.schema.js';
import {
  councilMembershipSchema,
  type CouncilMembership,
} from '@domain/schemas/council-membership.schema.js';
import { storedConverter } from '@domain/stored/stored-document.js';
import type { ProposalStatus } from '@domain/workflows/proposal.workflow.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { callFunction } from './functions.js';

/**
 * Legislative proposals in the browser: the authors' drafts (`proposalDrafts`, written here
 * as they type: no function runs per autosave), the proposals and what hangs from them
 * (versions, comments, timeline, co-author invitations), each read through its schema, and
 * the `proposalAction` callable.
 */
const drafts = () =>
  collection(firestore(), 'proposalDrafts').withConverter(storedConverter(proposalDraftSchema));
const proposals = () =>
  collection(firestore(), 'proposals').withConverter(storedConverter(proposalSchema));
const versions = (id: string) =>
  collection(firestore(), 'proposals', id, 'versions').withConverter(
    storedConverter(proposalVersionSchema),
  );
const comments = (id: string) =>
  collection(firestore(), 'proposals', id, 'comments').withConverter(
    storedConverter(proposalCommentSchema),
  );
const events = (id: string) =>
  collection(firestore(), 'proposals', id, 'events').withConverter(
    storedConverter(proposalEventSchema),
  );

export const newProposalId = () => doc(collection(firestore(), 'proposalDrafts')).id;

/** The Expert Councils the person sits on now (their membership document is readable to them). */
export async function myCouncils(
  uid: string,
): Promise<{ id: string; nameUk: string; nameEn: string | null; role: string }[]> {
  const councils = await getDocs(collection(firestore(), 'councils'));
  const found = await Promise.all(
    councils.docs.map(async (council) => {
      const membership = await getDoc(doc(firestore(), 'councils', council.id, 'members', uid))
        .then((m) => (m.exists() ? m.data() : null))
        .catch(nullWhenDenied);
      if (!membership) return null;
      const name = council.data().name ?? {};
      return {
        id: council.id,
        nameUk: String(name.uk ?? council.id),
        nameEn: typeof name.en === 'string' ? name.en : null,
        role: String(membership.role ?? 'member'),
      };
    }),
  );
  return found.filter((c) => c !== null);
}

/** Every council's name by id (councils are public). */
export async function councilNames(): Promise<Map<string, { uk: string; en: string | null }>> {
  const councils = await getDocs(collection(firestore(), 'councils'));
  return new Map(
    councils.docs.map((c) => {
      const name = (c.data().name ?? {}) as DocumentData;
      return [
        c.id,
        { uk: String(name.uk ?? c.id), en: typeof name.en === 'string' ? name.en : null },
      ];
    }),
  );
}

export interface ProposalListItem {
  id: string;
  title: string;
  councilId: string;
  status: ProposalStatus;
  number: string | null;
}

function listen<T>(
  source: Query<T>,
  next: (items: (T & { id: string })[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    source,
    (snapshot) => next(snapshot.docs.map((d) => ({ ...d.data(), id: d.id }))),
    fail,
  );
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
    follow('drafts', query(drafts(), where('orgIds', 'array-contains', who.orgId)), fromDraft);
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

export function watchDraft(
  id: string,
  next: (draft: ProposalDraft | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(drafts(), id),
    (s) => next(s.exists() ? s.data() : null),
    (error) => (error.message.includes('permission') ? next(null) : fail(error)),
  );
}

/**
 * A read the rules refuse is a document this person may not see: shown as absent. Any other
 * failure (the network, a document that does not fit its schema) is the caller's to show.
 */
function nullWhenDenied(error: unknown): null {
  if ((error as { code?: unknown } | null)?.code === 'permission-denied') return null;
  throw error;
}

export async function readDraft(id: string): Promise<ProposalDraft | null> {
  const snapshot = await getDoc(doc(drafts(), id)).catch(nullWhenDenied);
  return snapshot?.exists() ? snapshot.data() : null;
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
      collection(firestore(), 'proposalCoAuthors').withConverter(
        storedConverter(proposalCoAuthorSchema),
      ),
      where('proposalId', '==', proposalId),
    ),
    next,
    fail,
  );

/** Starts a draft in a council, as the person's organisation. */
export function createDraft(options: {
  id: string;
  councilId: string;
  orgId: string;
  uid: string;
  content: ProposalDraftContent;
}): Promise<void> {
  return setDoc(doc(firestore(), 'proposalDrafts', options.id), {
    ...(JSON.parse(JSON.stringify(options.content)) as ProposalDraftContent),
    councilId: options.councilId,
    leadOrgId: options.orgId,
    orgIds: [options.orgId],
    locked: false,
    createdBy: options.uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  });
}

/**
 * Autosave: the content's valid fields; a field no longer valid (or emptied) is removed until
 * it is again. Offline, the write waits in Firestore's queue.
 */
export function saveDraft(
  id: string,
  content: ProposalDraftContent,
  keys: readonly string[],
): Promise<void> {
  // Optional parts left empty are `undefined`, which Firestore refuses: the JSON copy drops them.
  const clean = JSON.parse(JSON.stringify(content)) as Record<string, unknown>;
  const fields: Record<string, unknown> = {};
  for (const key of keys) {
    const value = clean[key];
    fields[key] = value === undefined ? deleteField() : value;
  }
  return updateDoc(doc(firestore(), 'proposalDrafts', id), {
    ...fields,
    updatedAt: serverTimestamp(),
  });
}

type ProposalActionRequest = z.input<typeof proposalActionInput>;

export function proposalAction(
  request: ProposalActionRequest,
): Promise<{ proposalId: string; status?: string; number?: string }> {
  return callFunction('proposalAction', request);
}

/**
 * The person's current membership period on a council (`councils/{id}/members/{uid}`, read
 * through its schema), or null; `actorOnCouncil` (policies/council.policy.ts) turns it into
 * the person's relation to the council on the day.
 */
export async function councilMembership(
  councilId: string,
  uid: string,
): Promise<CouncilMembership | null> {
  const ref = doc(firestore(), 'councils', councilId, 'members', uid).withConverter(
    storedConverter(councilMembershipSchema),
  );
  const membership = await getDoc(ref).catch(nullWhenDenied);
  return membership?.data() ?? null;
}

/** Whether the person's organisation is verified (its members read it). */
export async function organisationVerified(orgId: string | null): Promise<boolean> {
  if (!orgId) return false;
  const organisation = await getDoc(doc(firestore(), 'organisations', orgId)).catch(nullWhenDenied);
  return organisation?.data()?.status === 'verified';
}

/** A timestamp as stored (Timestamp or Date) in milliseconds. */
export function millisOf(value: unknown): number | null {
  if (value instanceof Date) return value.getTime();
  const stamp = value as { toMillis?: () => number } | null;
  return typeof stamp?.toMillis === 'function' ? stamp.toMillis() : null;
}
