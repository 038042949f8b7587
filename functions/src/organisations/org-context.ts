import { emailNotVerified } from '../domain/membership.js';
import { orgLeadRefusal } from '../domain/policies/organisation.policy.js';
import type { Actor } from '../domain/roles.js';
import { toHttpsError, type Caller, refusal } from '../shared/callable-errors.js';
import { auth } from '../shared/firebase.js';

/** The caller as a domain actor; an account without a role cannot act on organisations. */
export function actorOf(caller: Caller): Actor {
  if (!caller.claims) {
    throw refusal('AUTH.NO_ROLE');
  }
  return { uid: caller.uid, ...caller.claims };
}

/** The organisation's lead, or a system administrator acting for it. */
export function requireOrgLead(caller: Caller, orgId: string): void {
  const refused = orgLeadRefusal(caller.claims ?? { role: null }, orgId);
  if (refused) throw toHttpsError(refused);
}

export function orgChain(orgId: string): string {
  return `organisation:${orgId}`;
}

/** The profile fields a person gives when they join (or found) an organisation. */
export function applicantProfile(
  caller: Caller,
  applicant: { displayName: string; position?: string | undefined },
) {
  return {
    email: caller.email,
    displayName: applicant.displayName,
    ...(applicant.position ? { position: applicant.position } : {}),
    language: caller.profile?.language ?? 'uk',
    notificationPreference: caller.profile?.notificationPreference ?? 'immediate',
    disabled: false,
  };
}

/**
 * Registering an organisation, asking to join one and accepting an invitation need a confirmed
 * address (security review, finding 2): otherwise anyone could act, and have the platform
 * mail, under a colleague's address. Auth's record is asked, not the token, which may predate
 * the confirmation.
 */
export async function requireVerifiedEmail(caller: Caller): Promise<void> {
  const user = await auth().getUser(caller.uid);
  if (!user.emailVerified) throw toHttpsError(emailNotVerified(user.email ?? caller.email));
}
