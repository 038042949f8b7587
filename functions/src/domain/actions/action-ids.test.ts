import '../validation.js';
import { describe, expect, it } from 'vitest';
import { adminSetRoleInput } from './admin-set-role.schema.js';
import { auditActionInput, auditChainSchema } from './audit-action.schema.js';
import { mailActionInput } from './mail-action.schema.js';
import { orgActionInput } from './org-action.schema.js';
import { reportActionInput } from './report-action.schema.js';

/**
 * Finding 3 of the security review: ids Firestore cannot take reached the Admin SDK and came
 * back as `500 INTERNAL`. Every id field of every callable refuses them at the boundary.
 */
const HOSTILE_IDS = ['.', '..', '__x__', '__.__', 'a/b', '/', 'x'.repeat(2000)];

describe('ids in callable inputs', () => {
  it.each(HOSTILE_IDS)('refuses %j in every id field', (id) => {
    const attempts: [string, { safeParse(value: unknown): { success: boolean } }, unknown][] = [
      ['reportAction', reportActionInput, { action: 'startReview', reportId: id }],
      [
        'reportAction assignees',
        reportActionInput,
        { action: 'assign', reportId: 'r1', assignees: [id] },
      ],
      [
        'reportAction linkDuplicate',
        reportActionInput,
        { action: 'linkDuplicate', reportId: 'r1', otherReportId: id },
      ],
      ['orgAction verify', orgActionInput, { action: 'verify', orgId: id }],
      [
        'orgAction revokeInvitation',
        orgActionInput,
        { action: 'revokeInvitation', orgId: '12345678', invitationId: id },
      ],
      [
        'orgAction removeMember',
        orgActionInput,
        { action: 'removeMember', orgId: '12345678', uid: id },
      ],
      ['adminSetRole uid', adminSetRoleInput, { action: 'clearRole', uid: id }],
      [
        'adminSetRole orgId',
        adminSetRoleInput,
        { action: 'setRole', uid: 'u1', role: 'ngo_member', orgId: id },
      ],
      ['mailAction retry', mailActionInput, { action: 'retry', mailId: id }],
      ['mailAction list', mailActionInput, { action: 'list', after: id }],
      ['auditAction', auditActionInput, { action: 'verifyChain', chain: id }],
      [
        'auditAction report chain',
        auditActionInput,
        { action: 'verifyChain', chain: `report:${id}` },
      ],
    ];
    for (const [what, schema, input] of attempts) {
      expect(schema.safeParse(input).success, what).toBe(false);
    }
  });

  it('takes the ids the server makes', () => {
    expect(
      reportActionInput.safeParse({ action: 'startReview', reportId: 'Xk3_9-a' }).success,
    ).toBe(true);
    expect(
      mailActionInput.safeParse({ action: 'retry', mailId: 'report.registered_abc__uid-1' })
        .success,
    ).toBe(true);
    for (const chain of ['report:r1', 'organisation:12345678', 'user:u-1', 'mail:a__b']) {
      expect(auditChainSchema.safeParse(chain).success, chain).toBe(true);
    }
  });

  it('says what a chain looks like', () => {
    expect(auditChainSchema.safeParse('reports/r1').error?.issues[0]?.message).toMatch(
      /report:\{id\}/,
    );
    expect(auditChainSchema.safeParse('report:').success).toBe(false);
    expect(auditChainSchema.safeParse('report:a:b').success).toBe(true);
  });
});
