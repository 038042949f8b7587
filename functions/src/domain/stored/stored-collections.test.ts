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
import { reportPartiesSchema, reportSchemaFor } from './stored-report.js';

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
