import {
  collection,
  doc,
  getDocs,
  limit,
  onSnapshot,
  query,
  where,
  type QueryConstraint,
} from 'firebase/firestore';
import { invitationSchema, joinRequestSchema } from '@domain/schemas/invitation.schema.js';
import {
  organisationMemberSchema,
  type Organisation,
} from '@domain/schemas/organisation.schema.js';
import { shownTime, type Shown } from '../data/shown.js';
import { organisationConverter } from './converters.js';
import { viewsThatFit } from './read-helpers.js';
import { firestore, millis, type Unsubscribe } from './firestore.js';
import { typed } from './typed.js';

/**
 * Reads of organisations and their people. Every change goes through `orgAction`
 * (functions.ts); rules let a client read only what its role may see (docs/API.md). Each
 * organisation is read through its schema (converters.ts).
 */
export type OrganisationView = { orgId: string } & Shown<
  Omit<Organisation, 'verifiedBy' | 'createdBy'>,
  'createdAt' | 'updatedAt' | 'verifiedAt',
  'website' | 'publicPhone' | 'statusReason'
>;

/** An organisation as read through its schema, as the pages show it. */
export function organisationFrom(orgId: string, organisation: Organisation): OrganisationView {
  const {
    website,
    publicPhone,
    statusReason,
    createdAt,
    updatedAt,
    verifiedAt,
    verifiedBy: _verifiedBy,
    createdBy: _createdBy,
    ...profile
  } = organisation;
  return {
    orgId,
    ...profile,
    website: website ?? null,
    publicPhone: publicPhone ?? null,
    statusReason: statusReason ?? null,
    createdAt: shownTime(createdAt),
    updatedAt: shownTime(updatedAt),
    verifiedAt: shownTime(verifiedAt),
  };
}

/** Follows one organisation; `null` when it does not exist (or is not readable). */
export function watchOrganisation(
  orgId: string,
  onChange: (organisation: OrganisationView | null) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    doc(firestore(), 'organisations', orgId).withConverter(organisationConverter),
    (snapshot) => {
      const organisation = snapshot.data();
      onChange(organisation ? organisationFrom(snapshot.id, organisation) : null);
    },
    onError,
  );
}

/** The most organisations one list shows; filters narrow it further on the server. */
export const ORGANISATION_LIST_LIMIT = 500;

/**
 * Organisations for the Secretariat's list, filtered on the server by equality only (no
 * composite index needed); sorting and text search happen in the page.
 */
export async function listOrganisations(
  filters: { status?: string | undefined; regionCode?: string | undefined } = {},
): Promise<OrganisationView[]> {
  const constraints: QueryConstraint[] = [];
  if (filters.status) constraints.push(where('status', '==', filters.status));
  if (filters.regionCode) constraints.push(where('regionCode', '==', filters.regionCode));
  constraints.push(limit(ORGANISATION_LIST_LIMIT));
  const snapshot = await getDocs(
    query(
      collection(firestore(), 'organisations').withConverter(organisationConverter),
      ...constraints,
    ),
  );
  return viewsThatFit(snapshot.docs, organisationFrom);
}

export interface MemberView {
  uid: string;
  displayName: string;
  email: string;
  position: string | null;
  role: 'ngo_admin' | 'ngo_member';
  joinedAt: number | null;
}

export function watchMembers(
  orgId: string,
  onChange: (members: MemberView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    collection(firestore(), 'organisations', orgId, 'members').withConverter(
      typed(organisationMemberSchema),
    ),
    (snapshot) =>
      onChange(
        viewsThatFit(snapshot.docs, (uid, member) => ({
          uid,
          displayName: member.displayName,
          email: member.email,
          position: member.position ?? null,
          role: member.role,
          joinedAt: millis(member.joinedAt),
        })),
      ),
    onError,
  );
}

export interface JoinRequestView {
  uid: string;
  displayName: string;
  email: string;
  position: string | null;
  createdAt: number | null;
}

/** Requests to join that wait for the lead's decision. */
export function watchJoinRequests(
  orgId: string,
  onChange: (requests: JoinRequestView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(
      collection(firestore(), 'organisations', orgId, 'joinRequests').withConverter(
        typed(joinRequestSchema),
      ),
      where('status', '==', 'pending'),
    ),
    (snapshot) =>
      onChange(
        viewsThatFit(snapshot.docs, (uid, request) => ({
          uid,
          displayName: request.displayName,
          email: request.email,
          position: request.position ?? null,
          createdAt: millis(request.createdAt),
        })),
      ),
    onError,
  );
}

export interface InvitationView {
  invitationId: string;
  email: string;
  status: 'pending' | 'accepted' | 'revoked';
  expiresAt: number | null;
  invitedByName: string | null;
  createdAt: number | null;
}

/** The organisation's invitations (rules: its lead only, queried by `orgId`). */
export function watchInvitations(
  orgId: string,
  onChange: (invitations: InvitationView[]) => void,
  onError: (error: Error) => void,
): Unsubscribe {
  return onSnapshot(
    query(
      collection(firestore(), 'invitations').withConverter(typed(invitationSchema)),
      where('orgId', '==', orgId),
    ),
    (snapshot) =>
      onChange(
        viewsThatFit(snapshot.docs, (invitationId, invitation) => ({
          invitationId,
          email: invitation.email,
          status: invitation.status,
          expiresAt: millis(invitation.expiresAt),
          invitedByName: invitation.invitedByName || null,
          createdAt: millis(invitation.createdAt),
        })),
      ),
    onError,
  );
}
