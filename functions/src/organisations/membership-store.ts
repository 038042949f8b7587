import {
  invitationSchema,
  joinRequestSchema,
  type Invitation,
  type JoinRequest,
} from '../domain/schemas/invitation.schema.js';
import { millisOf } from '../domain/fields.js';
import type { InvitationState, JoinRequestState } from '../domain/membership.js';
import { organisationMemberSchema } from '../domain/schemas/organisation.schema.js';
import { storedConverter } from '../domain/stored/stored-document.js';
import { db } from '../shared/firebase.js';

/**
 * The ways into an organisation, read through their schemas: `invitations/{tokenHash}`,
 * `organisations/{orgId}/joinRequests/{uid}` and `organisations/{orgId}/members/{uid}`. A
 * document that does not fit fails with `DOCUMENT.INVALID`, naming it and the field. Writes
 * with sentinels (`serverTimestamp()`) go through plain references (`.withConverter(null)`),
 * which converters do not see.
 */
export const invitations = () =>
  db().collection('invitations').withConverter(storedConverter(invitationSchema));
export const invitationRef = (invitationId: string) => invitations().doc(invitationId);

export const joinRequestsOf = (orgId: string) =>
  db()
    .collection(`organisations/${orgId}/joinRequests`)
    .withConverter(storedConverter(joinRequestSchema));

export const organisationMembersOf = (orgId: string) =>
  db()
    .collection(`organisations/${orgId}/members`)
    .withConverter(storedConverter(organisationMemberSchema));

/** What the pure membership rules (domain/membership.ts) judge of an invitation. */
export const invitationState = (invitation: Invitation): InvitationState => ({
  status: invitation.status,
  email: invitation.email,
  expiresAtMillis: millisOf(invitation.expiresAt),
});

/** What the pure membership rules judge of an earlier request to join. */
export const joinRequestState = (request: JoinRequest): JoinRequestState => ({
  status: request.status,
  decidedAtMillis: request.decidedAt && millisOf(request.decidedAt),
  attempt: request.attempt,
});
