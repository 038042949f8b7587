/**
 * Typed domain errors. A code is stable (clients and tests rely on it); the message is
 * Ukrainian, written for the person who tried the action, with an English twin for logs
 * and the English interface.
 */
export type DomainErrorCode =
  | 'WORKFLOW.UNKNOWN_ACTION'
  | 'WORKFLOW.NOT_ALLOWED_IN_STATE'
  | 'WORKFLOW.ROLE_NOT_ALLOWED'
  | 'WORKFLOW.NOT_OWN_ORGANISATION'
  | 'WORKFLOW.NOT_IN_REGION'
  | 'WORKFLOW.NOT_COUNCIL_CHAIR'
  | 'WORKFLOW.NOT_COUNCIL_MEMBER'
  | 'WORKFLOW.NO_DECISION_AUTHORITY'
  | 'WORKFLOW.ORGANISATION_NOT_VERIFIED'
  | 'VALIDATION.INVALID_INPUT'
  | 'MEMBERSHIP.INVITATION_NOT_FOUND'
  | 'MEMBERSHIP.INVITATION_USED'
  | 'MEMBERSHIP.INVITATION_REVOKED'
  | 'MEMBERSHIP.INVITATION_EXPIRED'
  | 'MEMBERSHIP.INVITATION_OTHER_EMAIL'
  | 'MEMBERSHIP.ALREADY_MEMBER'
  | 'COUNCIL.APPLICANT_NOT_NGO'
  | 'COUNCIL.BY_APPOINTMENT'
  | 'COUNCIL.ALREADY_MEMBER'
  | 'COUNCIL.APPLICATION_PENDING'
  | 'COUNCIL.ADMIN_ONLY'
  | 'COUNCIL.NOT_FOUND'
  | 'COUNCIL.MEMBER_NOT_FOUND'
  | 'COUNCIL.MEMBERSHIP_CONFLICT'
  | 'COUNCIL.APPLICATION_NOT_FOUND'
  | 'NUMBERING.SEQUENCE_EXHAUSTED'
  | 'NUMBERING.INVALID_NUMBER'
  | 'PUBLICATION.OPEN_PERSONAL_DATA_FLAGS'
  | 'PUBLICATION.FLAG_NOT_FOUND'
  | 'PUBLICATION.REASON_REQUIRED'
  | 'PUBLICATION.NO_CONSENT'
  | 'PUBLICATION.INVALID_PUBLIC_RECORD';

export interface DomainError {
  readonly code: DomainErrorCode;
  readonly message: string;
  readonly messageEn: string;
}

export function domainError(
  code: DomainErrorCode,
  message: string,
  messageEn: string,
): DomainError {
  return { code, message, messageEn };
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: DomainError };

export const ok = <T>(value: T): Result<T> => ({ ok: true, value });
export const fail = <T = never>(error: DomainError): Result<T> => ({ ok: false, error });
