import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { auditChainHeadSchema } from '../schemas/audit-chain-head.schema.js';
import { councilApplicationSchema } from '../schemas/council-application.schema.js';
import { councilMembershipSchema } from '../schemas/council-membership.schema.js';
import { councilSchema } from '../schemas/council.schema.js';
import { counterSchema } from '../schemas/counter.schema.js';
import { invitationSchema, joinRequestSchema } from '../schemas/invitation.schema.js';
import { mailDeliveryPartSchema, mailLogEntrySchema } from '../schemas/mail.schema.js';
import { reportDraftSchema, reportSchema } from '../schemas/report.schema.js';
import { userProfileSchema } from '../schemas/user.schema.js';
import { StoredDocumentError, storedConverter } from './stored-document.js';
import { accountStateSchema, digestItemSchema, recipientProfileSchema } from './stored-profile.js';
import { proposalSourceSchema, publicationCandidateSchema } from './stored-publication.js';
import {
  duplicateCandidateSchema,
  refusedSubmissionSchema,
  reportOutcomeSourceSchema,
  reportPartiesSchema,
  reportSchemaFor,
  reportSubmissionSchema,
  reportTriageSchema,
} from './stored-report.js';

/**
 * The server's repositories (councils/council-store.ts, meetings/meeting-store.ts,
 * organisations/membership-store.ts, users/user-store.ts, mail/mail-store.ts,
 * reports/report-store.ts, shared/counters.ts, audit/write-audit.ts) read each collection
 * through `storedConverter(schema)`. For each schema they use: a document that fits is read
 * typed; one with a field missing, or of the wrong type, is refused naming the document and
 * the field.
 */
const AT = new Date('2026-05-12T09:30:00Z');
const snapshot = (path: string, data: unknown) => ({ ref: { path }, data: () => data });

function refusedField(schema: z.ZodType<Record<string, unknown>>, path: string, data: unknown) {
  try {
    storedConverter(schema).fromFirestore(snapshot(path, data));
  } catch (error) {
    if (!(error instanceof StoredDocumentError)) throw error;
    expect(error.error.code).toBe('DOCUMENT.INVALID');
    expect(error.error.params).toMatchObject({ path });
    expect(error.message).toContain(path);
    return (error.error.params as { field: string }).field;
  }
  throw new Error(`${path} was not refused`);
}

const without = (data: Record<string, unknown>, field: string) =>
  Object.fromEntries(Object.entries(data).filter(([key]) => key !== field));

interface Case {
  name: string;
  schema: z.ZodType<Record<string, unknown>>;
  path: string;
  valid: Record<string, unknown>;
  missing: string;
  wrong: [field: string, value: unknown];
}

const CASES: Case[] = [
  {
    name: 'an audit chain head',
    schema: auditChainHeadSchema,
    path: 'auditChains/council_c1',
    valid: { chain: 'council:c1', sequence: 3, hash: 'a'.repeat(64) },
    missing: 'hash',
    wrong: ['sequence', '3'],
  },
  {
    name: 'a registration counter',
    schema: counterSchema,
    path: 'counters/proposal-2026',
    valid: { kind: 'proposal', year: 2026, lastSequence: 41 },
    missing: 'lastSequence',
    wrong: ['kind', 'invoice'],
  },
  {
    name: 'an invitation',
    schema: invitationSchema,
    path: 'invitations/abc',
    valid: {
      orgId: '43900115',
      orgName: 'ГО «Права людини»',
      email: 'olena@example.org',
      status: 'pending',
      expiresAt: AT,
      invitedBy: 'lead',
      invitedByName: 'Марія Шевчук',
      createdAt: AT,
    },
    missing: 'expiresAt',
    wrong: ['status', 'opened'],
  },
  {
    name: 'a request to join',
    schema: joinRequestSchema,
    path: 'organisations/43900115/joinRequests/u1',
    valid: {
      uid: 'u1',
      displayName: 'Олена Коваль',
      email: 'olena@example.org',
      status: 'declined',
      attempt: 2,
      createdAt: AT,
      decidedAt: AT,
    },
    missing: 'status',
    wrong: ['attempt', 'two'],
  },
  {
    name: 'a council membership',
    schema: councilMembershipSchema,
    path: 'councils/c1/members/olena',
    valid: {
      uid: 'olena',
      displayName: 'Олена Коваль',
      email: 'olena@example.org',
      role: 'chair',
      from: '2026-01-01',
      createdBy: 'admin',
      createdAt: AT,
      updatedAt: AT,
    },
    missing: 'from',
    wrong: ['role', 'deputy'],
  },
  {
    name: 'an application to a council',
    schema: councilApplicationSchema,
    path: 'councils/c1/applications/a1',
    valid: {
      motivation: 'Наша організація 10 років захищає права дітей у закладах.',
      uid: 'maria',
      displayName: 'Марія Шевчук',
      orgId: '43900225',
      orgName: 'ГО «Львівська правозахисна група»',
      status: 'pending',
      createdAt: AT,
      updatedAt: AT,
    },
    missing: 'uid',
    wrong: ['orgId', 43900225],
  },
  {
    name: 'a council',
    schema: councilSchema,
    path: 'councils/c1',
    valid: {
      kind: 'advisory',
      name: { uk: 'Консультативна рада', en: 'Advisory Council' },
      description: { uk: 'Радить Уповноваженому з питань співпраці.' },
      rights: [],
      instruments: [],
      quorum: { rule: 'more_than_half' },
      memberOrgs: [],
      createdBy: 'admin',
      createdAt: AT,
      updatedAt: AT,
    },
    missing: 'memberOrgs',
    wrong: ['kind', 'parliamentary'],
  },
  {
    name: 'a profile',
    schema: userProfileSchema,
    path: 'users/u1',
    valid: {
      displayName: 'Олена Коваль',
      language: 'uk',
      notificationPreference: 'immediate',
      email: 'olena@example.org',
      role: 'staff',
      disabled: false,
      createdAt: AT,
      updatedAt: AT,
    },
    missing: 'disabled',
    wrong: ['role', 'superuser'],
  },
  {
    name: 'a mail’s delivery',
    schema: mailDeliveryPartSchema,
    path: 'mail/m1',
    valid: { to: 'x@example.org', delivery: { state: 'RETRY', attempts: 2, nextAttemptTime: AT } },
    missing: 'delivery.attempts',
    wrong: ['delivery', { state: 'LOST', attempts: 1 }],
  },
  {
    name: 'a mail in the delivery log',
    schema: mailLogEntrySchema,
    path: 'mail/m2',
    valid: { to: ['not an address'], message: { subject: 'Тема' }, urgent: true },
    missing: 'delivery.state',
    wrong: ['urgent', 'yes'],
  },
  {
    name: 'who a report concerns',
    schema: reportPartiesSchema,
    path: 'reports/r1',
    valid: { orgId: '43900115', createdBy: 'u1', assignees: ['s1'], title: 'anything else' },
    missing: 'createdBy',
    wrong: ['assignees', 's1'],
  },
  // Projections: only the fields a reader uses must fit; the others are not looked at.
  {
    name: 'a submission, as the registration reads it first',
    schema: reportSubmissionSchema,
    path: 'reports/r1',
    valid: { status: 'submitted', orgId: '43900115', intake: 'web', createdBy: 'u1', urgent: 'x' },
    missing: 'intake',
    wrong: ['status', 'sent'],
  },
  {
    name: 'a refused submission, as it goes back to the drafts',
    schema: refusedSubmissionSchema,
    path: 'reports/r1',
    valid: { orgId: '43900115', createdBy: 'u1', submittedAt: AT, title: 42, violator: null },
    missing: 'createdBy',
    wrong: ['submittedAt', 'yesterday'],
  },
  {
    name: 'another report weighed as a possible duplicate',
    schema: duplicateCandidateSchema,
    path: 'reports/r2',
    valid: {
      orgId: '43900225',
      status: 'registered',
      regionCode: 'UA-30',
      incidentDate: '2026-05-01',
      violator: { kind: 'official', name: 'Начальник відділу' },
      number: 'ГО-2026-000001',
      description: 7,
    },
    missing: 'violator.name',
    wrong: ['incidentDate', '01.05.2026'],
  },
  {
    name: 'a report a publication of its outcome is made from',
    schema: reportOutcomeSourceSchema,
    path: 'reports/r3',
    valid: {
      status: 'closed',
      number: 'ГО-2026-000003',
      orgId: '43900115',
      consentToPublish: true,
    },
    missing: 'consentToPublish',
    wrong: ['status', 'done'],
  },
  {
    name: 'a proposal a publication is made from',
    schema: proposalSourceSchema,
    path: 'proposals/p1',
    valid: { number: 'ЗП-2026-000001', title: null },
    missing: 'number',
    wrong: ['number', '42'],
  },
  {
    name: 'a profile, as a notice’s recipient',
    schema: recipientProfileSchema,
    path: 'users/u1',
    // No name, no times: a recipient is not lost because an unrelated field is odd.
    valid: {
      email: 'olena@example.org',
      disabled: false,
      language: 'en',
      notificationPreference: 'daily_digest',
      createdAt: 'not a time',
    },
    missing: 'language',
    wrong: ['notificationPreference', 'weekly'],
  },
  {
    name: 'a profile, as the sender asks whether it is active',
    schema: accountStateSchema,
    path: 'users/u1',
    valid: { email: 'olena@example.org', disabled: true },
    missing: 'disabled',
    wrong: ['email', 'not an address'],
  },
  {
    name: 'a notice, as the daily digest lists it',
    schema: digestItemSchema,
    path: 'users/u1/notifications/n1',
    valid: { title: 'Звернення зареєстровано', link: '/app/reports/r1', digest: 'pending' },
    missing: 'link',
    wrong: ['digest', 'later'],
  },
  {
    name: 'a public record, as the search’s field mask returns it',
    schema: publicationCandidateSchema,
    path: 'publications/x1',
    valid: { publishedAt: AT, searchKeys: ['затримання'] },
    missing: 'searchKeys',
    wrong: ['publishedAt', '2026-05-12'],
  },
];

describe.each(CASES)('$name, through its converter', (c) => {
  it('reads a document that fits, typed', () => {
    expect(storedConverter(c.schema).fromFirestore(snapshot(c.path, c.valid))).toBeTruthy();
  });

  it('refuses a missing field, naming it', () => {
    const [top, nested] = c.missing.split('.');
    const data = nested
      ? { ...c.valid, [top!]: without((c.valid[top!] ?? {}) as Record<string, unknown>, nested) }
      : without(c.valid, c.missing);
    expect(refusedField(c.schema, c.path, data)).toBe(c.missing);
  });

  it('refuses a field of the wrong type, naming it', () => {
    const [field, value] = c.wrong;
    expect(refusedField(c.schema, c.path, { ...c.valid, [field]: value })).toMatch(
      new RegExp(`^${field}(\\.|$)`),
    );
  });
});

describe('a stored report', () => {
  it('is read by its draft schema while it is a draft, by the report schema after', () => {
    expect(reportSchemaFor({ status: 'draft' })).toBe(reportDraftSchema);
    expect(reportSchemaFor({ status: 'registered' })).toBe(reportSchema);
    expect(reportSchemaFor(undefined)).toBe(reportSchema);
  });

  it('refuses a draft with a field the rules never let the organisation write', () => {
    const draft = {
      orgId: '43900115',
      status: 'draft',
      intake: 'web',
      createdBy: 'u1',
      createdAt: AT,
      updatedAt: AT,
    };
    expect(
      storedConverter(reportSchemaFor(draft)).fromFirestore(snapshot('reports/r2', draft)),
    ).toMatchObject({ status: 'draft' });
    expect(refusedField(reportSchemaFor(draft), 'reports/r2', { ...draft, number: 'П-1' })).toBe(
      'number',
    );
  });
});

describe('what a projection reads leniently on purpose', () => {
  it('a submission’s title, for the notice of its refusal: one that is not text is none', () => {
    const submission = { status: 'submitted', orgId: '43900115', intake: 'web' };
    const read = (title: unknown) =>
      storedConverter(reportSubmissionSchema).fromFirestore(
        snapshot('reports/r1', { ...submission, title }),
      ).title;
    expect(read('Незаконне затримання')).toBe('Незаконне затримання');
    expect(read(42)).toBeUndefined();
  });

  it('the triage’s possible duplicates: entries not well formed are dropped, not refused', () => {
    const triage = storedConverter(reportTriageSchema).fromFirestore(
      snapshot('reports/r1/internal/triage', {
        possibleDuplicates: [
          { reportId: 'r2', number: 'ГО-2026-000002', score: 0.9, reasons: ['same_region'] },
          { reportId: '', score: 1 },
          'not an entry',
        ],
      }),
    );
    expect(triage.possibleDuplicates).toEqual([
      { reportId: 'r2', number: 'ГО-2026-000002', score: 0.9, reasons: ['same_region'] },
    ]);
    expect(
      storedConverter(reportTriageSchema).fromFirestore(snapshot('reports/r1/internal/triage', {}))
        .possibleDuplicates,
    ).toEqual([]);
  });
});
