import { domainError, type DomainError } from './errors.js';

/** How long an invitation link stays valid. */
export const INVITATION_TTL_DAYS = 7;

export interface InvitationState {
  status: 'pending' | 'accepted' | 'revoked';
  email: string;
  expiresAtMillis: number;
}

/** Why an invitation cannot be accepted by this person now, or null if it can. */
export function invitationProblem(
  invitation: InvitationState | undefined,
  accountEmail: string | undefined,
  now: number,
): DomainError | null {
  if (!invitation) {
    return domainError('MEMBERSHIP.INVITATION_NOT_FOUND', { where: 'link' });
  }
  if (invitation.status === 'accepted') {
    return domainError('MEMBERSHIP.INVITATION_USED');
  }
  if (invitation.status === 'revoked') {
    return domainError('MEMBERSHIP.INVITATION_REVOKED');
  }
  if (invitation.expiresAtMillis <= now) {
    return domainError('MEMBERSHIP.INVITATION_EXPIRED');
  }
  if (!accountEmail || accountEmail.toLowerCase() !== invitation.email.toLowerCase()) {
    return domainError('MEMBERSHIP.INVITATION_OTHER_EMAIL', {
      maskedEmail: maskEmail(invitation.email),
    });
  }
  return null;
}

/** `maria.levchenko@example.org` → `m***o@example.org`: enough to recognise, not to harvest. */
export function maskEmail(email: string): string {
  const [local = '', domain = ''] = email.split('@');
  const shown =
    local.length <= 2 ? `${local[0] ?? ''}*` : `${local[0]}***${local[local.length - 1]}`;
  return `${shown}@${domain}`;
}

export function alreadyInOrganisation(orgId: string | undefined): DomainError | null {
  return orgId ? domainError('MEMBERSHIP.ALREADY_MEMBER', { who: 'you' }) : null;
}

const DAY_MS = 24 * 60 * 60 * 1000;

/** After a lead declines a request to join, the person may ask again this many days later. */
export const JOIN_REQUEST_RETRY_DAYS = 30;

/** At most this many invitations an organisation sends in a Kyiv calendar day. */
export const INVITATIONS_PER_ORG_PER_DAY = 20;

export interface JoinRequestState {
  status: 'pending' | 'approved' | 'declined';
  decidedAtMillis?: number | undefined;
  /** How many times this person has asked this organisation; 1 for the first request. */
  attempt?: number | undefined;
}

/**
 * What to do when a person registers an organisation's code again, i.e. asks to join it. One
 * open request per person and organisation: asking again while it is open changes nothing and
 * mails nobody. After a decline the person waits `JOIN_REQUEST_RETRY_DAYS`. Each new request
 * has the next `attempt`, which keys its notice, so the lead is mailed once per request.
 */
export type JoinRequestDecision =
  | { kind: 'open'; attempt: number }
  | { kind: 'new'; attempt: number }
  | { kind: 'refused'; error: DomainError; retryAtMillis: number };

export function joinRequestDecision(
  existing: JoinRequestState | undefined,
  now: number,
): JoinRequestDecision {
  if (!existing) return { kind: 'new', attempt: 1 };
  const attempt = existing.attempt ?? 1;
  if (existing.status === 'pending') return { kind: 'open', attempt };
  if (existing.status === 'declined') {
    const retryAtMillis = (existing.decidedAtMillis ?? now) + JOIN_REQUEST_RETRY_DAYS * DAY_MS;
    if (now < retryAtMillis) {
      const on = new Date(retryAtMillis).toISOString();
      return {
        kind: 'refused',
        retryAtMillis,
        error: domainError('MEMBERSHIP.JOIN_REQUEST_DECLINED', { from: on }),
      };
    }
  }
  return { kind: 'new', attempt: attempt + 1 };
}

/**
 * Why this address cannot be invited to the organisation now, or null: an invitation to it
 * that is still open (pending and unexpired) is not mailed again; the lead revokes it first.
 */
export function openInvitationProblem(
  invitations: readonly InvitationState[],
  now: number,
): DomainError | null {
  const open = invitations.find((i) => i.status === 'pending' && i.expiresAtMillis > now);
  if (!open) return null;
  const until = new Date(open.expiresAtMillis).toISOString();
  return domainError('MEMBERSHIP.ALREADY_INVITED', { until });
}

/** Registering, asking to join or accepting an invitation needs a confirmed address. */
export function emailNotVerified(email: string | undefined): DomainError {
  return domainError('MEMBERSHIP.EMAIL_NOT_VERIFIED', { email });
}
