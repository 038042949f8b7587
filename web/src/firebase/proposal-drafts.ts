import {
  collection,
  deleteField,
  doc,
  getDoc,
  onSnapshot,
  serverTimestamp,
  setDoc,
  updateDoc,
} from 'firebase/firestore';
import type { ProposalDraftContent } from '@domain/schemas/proposal-content.schema.js';
import { proposalDraftSchema, type ProposalDraft } from '@domain/schemas/proposal-draft.schema.js';
import { firestore, type Unsubscribe } from './firestore.js';
import { nullWhenDenied } from './read-helpers.js';
import { typed } from './typed.js';

/**
 * The authors' drafts of legislative proposals (`proposalDrafts`), read through their schema
 * and written here as they type: no function runs per autosave.
 */
export const proposalDrafts = () =>
  collection(firestore(), 'proposalDrafts').withConverter(typed(proposalDraftSchema));

export const newProposalId = () => doc(collection(firestore(), 'proposalDrafts')).id;

export function watchDraft(
  id: string,
  next: (draft: ProposalDraft | null) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(proposalDrafts(), id),
    (s) => next(s.exists() ? s.data() : null),
    (error) => (error.message.includes('permission') ? next(null) : fail(error)),
  );
}

export async function readDraft(id: string): Promise<ProposalDraft | null> {
  const snapshot = await getDoc(doc(proposalDrafts(), id)).catch(nullWhenDenied);
  return snapshot?.exists() ? snapshot.data() : null;
}

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
