import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  ERRORS,
  SECTIONS,
  errorStatus,
  errorText,
  errorTextOf,
  httpStatus,
  type ErrorCode,
} from './catalogue.js';
import { codedIssue, issueProblem, problemText } from './field-issue.js';
import { domainError } from '../errors.js';

/**
 * Sample parameters for each entry that needs some: every code must make a sentence in both
 * languages from them. A code added without a sample here fails the first test, on purpose.
 */
const SAMPLES: Partial<Record<ErrorCode, unknown>> = {
  'WORKFLOW.UNKNOWN_ACTION': { action: 'fly', workflow: 'report' },
  'WORKFLOW.NOT_ALLOWED_IN_STATE': { action: 'close', status: { uk: 'Чернетка', en: 'Draft' } },
  'WORKFLOW.ROLE_NOT_ALLOWED': { action: 'close', role: { uk: 'Адміністратор', en: 'Admin' } },
  'WORKFLOW.ORGANISATION_NOT_VERIFIED': { for: 'submit' },
  'NUMBERING.SEQUENCE_EXHAUSTED': { year: 2026 },
  RATE_LIMITED: { what: 'mailing', limit: 100, retryAfterSeconds: 90 },
  'AUTH.SIGN_IN_REQUIRED': { for: 'files' },
  'MEMBERSHIP.INVITATION_NOT_FOUND': { where: 'link' },
  'MEMBERSHIP.INVITATION_OTHER_EMAIL': { maskedEmail: 'o***a@example.org' },
  'MEMBERSHIP.ALREADY_MEMBER': { who: 'invitee' },
  'MEMBERSHIP.ALREADY_INVITED': { until: '2026-12-10T10:00:00.000Z' },
  'MEMBERSHIP.JOIN_REQUEST_DECLINED': { from: '2026-12-10T10:00:00.000Z' },
  'MEMBERSHIP.EMAIL_NOT_VERIFIED': { email: 'olena@example.org' },
  'REPORT.BAD_ASSIGNEE': { uid: 'u1' },
  'REPORT.DAILY_LIMIT': { limit: 20 },
  'UPLOAD.BAD_REQUEST': { missing: 'query' },
  'UPLOAD.TOO_LARGE': { maxFileBytes: 20 * 1024 * 1024 },
  'UPLOAD.TYPE_NOT_ALLOWED': { refusal: 'archive' },
  'UPLOAD.TYPE_MISMATCH': { declared: 'pdf', actual: 'png' },
  'UPLOAD.TOO_MANY_FILES': { maxFilesPerReport: 20 },
  'UPLOAD.RATE_LIMITED': { limitPerHour: 60, retryAfterMs: 120_000 },
  'UPLOAD.NOT_ALLOWED': { reason: 'draft_is_private' },
  'UPLOAD.NOT_ALLOWED_IN_STATE': { status: { uk: 'Закрито', en: 'Closed' } },
  'UPLOAD.TARGET_NOT_ALLOWED_IN_STATE': {
    target: 'proposal',
    status: { uk: 'Схвалено', en: 'Endorsed' },
  },
  'UPLOAD.TARGET_REMOVAL_NOT_ALLOWED': { target: 'proposal' },
  'UPLOAD.TARGET_TOO_MANY_FILES': { target: 'meeting', maxFiles: 20 },
  'UPLOAD.TARGET_NOT_FOUND': { target: 'meeting' },
  'UPLOAD.TYPE_NOT_FOR_TARGET': { target: 'note', actual: 'pdf' },
  'COUNCIL.MEMBERSHIP_CONFLICT': { reason: 'chair_taken' },
  'PROPOSAL.INCOMPLETE': { fields: { uk: 'проблема', en: 'problem' } },
  'PARLIAMENT.STAGE_REFUSED': { refusal: 'after_final', stage: { uk: 'Підписано', en: 'Signed' } },
  'PUBLICATION.OPEN_PERSONAL_DATA_FLAGS': { open: 2 },
  'MEETING.PROPOSAL_NOT_ENDORSED': { title: 'ЗП-2026-000001 Тримання під вартою' },
  'MEETING.RECORD_INCOMPLETE': { problems: 'Позначте, хто був присутній на засіданні' },
  'PUBLICATION.INVALID_PUBLIC_RECORD': { problems: 'title: too short' },
  'PUBLICATION.ATTACHMENT_NOT_PUBLISHABLE': { name: 'scan.docx' },
  'VALIDATION.INVALID_INPUT': { problems: 'title: закоротка', fields: 'title' },
  'FIELD.REQUIRED': { label: 'Назва' },
  'FIELD.TOO_SHORT': { label: 'Назва', minimum: 5 },
  'FIELD.TOO_LONG': { label: 'Назва', maximum: 200 },
  'FIELD.CHOOSE_AT_LEAST': { label: 'Права', minimum: 1 },
  'FIELD.CHOOSE_AT_MOST': { label: 'Права', maximum: 10 },
  'FIELD.CHOOSE_FROM_LIST': { label: 'Область' },
  'FIELD.FORMAT': { label: 'Код' },
  'FIELD.INVALID': { label: 'Код' },
  'FIELD.BAD_ID': { problem: 'slash' },
  'REQUEST.TOO_DEEP': { maxDepth: 32 },
  'HTTP.METHOD_NOT_ALLOWED': { allowed: 'GET' },
  'DOCUMENT.INVALID': { path: 'reports/r1', field: 'status', problem: 'unknown value' },
};

const CODES = Object.keys(ERRORS) as ErrorCode[];
const CYRILLIC = /[а-яіїєґ]/i;

describe('the error catalogue', () => {
  it.each(CODES)('says %s in Ukrainian and in English', (code) => {
    const params = SAMPLES[code];
    const uk = errorTextOf(code, params, 'uk');
    const en = errorTextOf(code, params, 'en');
    expect(uk, `${code} in Ukrainian`).toBeTruthy();
    expect(en, `${code} in English`).toBeTruthy();
    expect(uk).toMatch(CYRILLIC);
    expect(en).not.toMatch(/[іїєґ]/i);
    expect(uk).not.toBe(en);
  });

  it('has each code in one section only (no code spelled twice)', () => {
    const all = SECTIONS.flatMap((section) => Object.keys(section));
    expect(new Set(all).size).toBe(all.length);
    expect(all.length).toBe(CODES.length);
  });

  it('keeps one code for “already a member of an organisation”', () => {
    expect(CODES).toContain('MEMBERSHIP.ALREADY_MEMBER');
    expect(CODES).not.toContain('ORG.ALREADY_MEMBER');
  });

  it('gives every code a status at the edge and an HTTP status', () => {
    for (const code of CODES) {
      expect(errorStatus(code)).toBeTruthy();
      expect(httpStatus(code)).toBeGreaterThanOrEqual(400);
    }
    expect(httpStatus('UPLOAD.TYPE_NOT_ALLOWED')).toBe(415);
    expect(httpStatus('AUTH.SIGN_IN_REQUIRED')).toBe(401);
  });

  it('builds a domain error with both sentences and the parameters', () => {
    const error = domainError('REPORT.DAILY_LIMIT', { limit: 20 });
    expect(error).toEqual({
      code: 'REPORT.DAILY_LIMIT',
      params: { limit: 20 },
      message: errorText('REPORT.DAILY_LIMIT', 'uk', { limit: 20 }),
      messageEn: errorText('REPORT.DAILY_LIMIT', 'en', { limit: 20 }),
    });
    expect(error.message).toContain('(20)');
  });

  it('says nothing for a code it does not know or parameters that make no sentence', () => {
    expect(errorTextOf('NO.SUCH_CODE', undefined, 'en')).toBeNull();
    expect(errorTextOf('REPORT.DAILY_LIMIT', undefined, 'en')).toBeNull();
    expect(errorTextOf('toString', undefined, 'en')).toBeNull();
  });
});

describe('zod issues carry their code', () => {
  const schema = z.object({
    areas: z.array(z.string()).refine((a) => a.length > 0, codedIssue('ORG.AREAS_REQUIRED')),
    name: z.string().min(3),
    email: z.email(),
  });

  it('a schema’s own check names its entry, and the entry is said in either language', () => {
    const issues = schema.safeParse({ areas: [], name: 'ab', email: 'x' }).error!.issues;
    const areas = issues.find((i) => i.path[0] === 'areas')!;
    expect(issueProblem(areas, true)).toEqual({ code: 'ORG.AREAS_REQUIRED' });
    expect(problemText(issueProblem(areas, true), 'en', 'Areas')).toBe(
      'Choose at least one area of activity',
    );
    expect(areas.message).toBe('Оберіть хоча б один напрям діяльності');
  });

  it('the checks zod makes itself map to the generic field entries by kind', () => {
    const issues = schema.safeParse({ areas: ['a'], name: 'ab', email: 'x' }).error!.issues;
    const name = issues.find((i) => i.path[0] === 'name')!;
    const email = issues.find((i) => i.path[0] === 'email')!;
    expect(issueProblem(name, false)).toEqual({ code: 'FIELD.TOO_SHORT', params: { minimum: 3 } });
    expect(issueProblem(name, true)).toEqual({ code: 'FIELD.REQUIRED' });
    expect(problemText(issueProblem(name, false), 'en', 'Name')).toBe(
      '“Name” needs at least 3 characters',
    );
    expect(issueProblem(email, false)).toEqual({ code: 'FIELD.EMAIL' });
  });
});
