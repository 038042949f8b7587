import { formatDate } from './mail/render.js';
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
    return domainError(
      'MEMBERSHIP.INVITATION_NOT_FOUND',
      'Запрошення не знайдено. Перевірте посилання або попросіть нове.',
      'The invitation was not found. Check the link or ask for a new one.',
    );
  }
  if (invitation.status === 'accepted') {
    return domainError(
      'MEMBERSHIP.INVITATION_USED',
      'Це запрошення вже використано. Кожне запрошення діє лише один раз.',
      'This invitation has already been used. Each invitation works once.',
    );
  }
  if (invitation.status === 'revoked') {
    return domainError(
      'MEMBERSHIP.INVITATION_REVOKED',
      'Організація відкликала це запрошення.',
      'The organisation revoked this invitation.',
    );
  }
  if (invitation.expiresAtMillis <= now) {
    return domainError(
      'MEMBERSHIP.INVITATION_EXPIRED',
      'Строк дії запрошення минув. Попросіть керівника організації надіслати нове.',
      'The invitation has expired. Ask the organisation’s lead for a new one.',
    );
  }
  if (!accountEmail || accountEmail.toLowerCase() !== invitation.email.toLowerCase()) {
    return domainError(
      'MEMBERSHIP.INVITATION_OTHER_EMAIL',
      `Запрошення надіслано на іншу адресу. Увійдіть з обліковим записом ${maskEmail(invitation.email)}.`,
      `The invitation was sent to another address. Sign in as ${maskEmail(invitation.email)}.`,
    );
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
  return orgId
    ? domainError(
        'MEMBERSHIP.ALREADY_MEMBER',
        'Ви вже належите до організації. Людина може бути членом лише однієї організації одночасно.',
        'You already belong to an organisation. A person can be a member of one organisation at a time.',
      )
    : null;
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
        error: domainError(
          'MEMBERSHIP.JOIN_REQUEST_DECLINED',
          `Керівник організації відхилив ваш запит на приєднання. Подати новий можна з ${formatDate(on, 'uk')}.`,
          `The organisation’s lead declined your request to join. You can ask again from ${formatDate(on, 'en')}.`,
        ),
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
  return domainError(
    'MEMBERSHIP.ALREADY_INVITED',
    `На цю адресу вже надіслано запрошення, воно діє до ${formatDate(until, 'uk')}. Щоб надіслати нове, спершу відкличте його.`,
    `An invitation to this address is already open until ${formatDate(until, 'en')}. Revoke it first to send a new one.`,
  );
}

/** Registering, asking to join or accepting an invitation needs a confirmed address. */
export function emailNotVerified(email: string | undefined): DomainError {
  return domainError(
    'MEMBERSHIP.EMAIL_NOT_VERIFIED',
    `Спершу підтвердіть адресу електронної пошти${email ? ` ${email}` : ''}: відкрийте посилання з листа, який ми надіслали.`,
    `Confirm your email address${email ? ` ${email}` : ''} first: open the link in the email we sent.`,
  );
}
