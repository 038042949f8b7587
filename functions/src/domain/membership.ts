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
