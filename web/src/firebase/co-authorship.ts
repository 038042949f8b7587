import { collection, doc, getDoc, onSnapshot, query, where } from 'firebase/firestore';
import {
  proposalCoAuthorSchema,
  type ProposalCoAuthor,
} from '@domain/schemas/proposal-co-author.schema.js';
import { typed } from './typed.js';
import { firestore, type Unsubscribe } from './firestore.js';

/**
 * Invitations to co-author a proposal, as the invited organisation sees them
 * (`proposalCoAuthors`, read through its schema): the ones waiting for its answer, and one by
 * its id (the emailed link). Answered through `proposalAction` (firebase/proposals.ts).
 */
export type Invitation = ProposalCoAuthor & { id: string };

const invitations = () =>
  collection(firestore(), 'proposalCoAuthors').withConverter(typed(proposalCoAuthorSchema));

/** The invitations waiting for this organisation's answer. */
export function watchOpenInvitations(
  orgId: string,
  next: (items: Invitation[]) => void,
  fail: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(invitations(), where('orgId', '==', orgId), where('state', '==', 'invited')),
    (snapshot) => next(snapshot.docs.map((d) => ({ ...d.data(), id: d.id }))),
    fail,
  );
}

/** One invitation; null when it does not exist or is not this person's to read. */
export async function readInvitation(id: string): Promise<Invitation | null> {
  const snapshot = await getDoc(doc(invitations(), id)).catch((error: unknown) => {
    if ((error as { code?: unknown } | null)?.code === 'permission-denied') return null;
    throw error;
  });
  return snapshot?.exists() ? { ...snapshot.data(), id } : null;
}
