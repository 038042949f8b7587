import { describe, expect, it } from 'vitest';
import { reportWorkflow } from '../workflows/report.workflow.js';
import {
  AUDIT_ACTIONS,
  AUDIT_ACTOR_ROLES,
  REPORT_AUDIT_ACTIONS,
  auditEntrySchema,
} from './audit.schema.js';
import { AUDIT_ENTRY as ENTRY } from './audit-entry.test-support.js';

describe('the audit vocabulary', () => {
  it('spells every action one way: subject, a dot, the event in lower case with underscores', () => {
    for (const action of AUDIT_ACTIONS) {
      expect(action).toMatch(
        /^(report|organisation|user|mail|council|proposal)\.[a-z]+(_[a-z]+)*$/,
      );
    }
    expect(new Set(AUDIT_ACTIONS).size).toBe(AUDIT_ACTIONS.length);
  });

  it('gives each report workflow step an entry of the vocabulary, each a different one', () => {
    const names = Object.values(REPORT_AUDIT_ACTIONS);
    for (const name of names) expect(AUDIT_ACTIONS).toContain(name);
    expect(new Set(names).size).toBe(names.length);
    for (const action of Object.keys(REPORT_AUDIT_ACTIONS)) {
      expect(Object.keys(reportWorkflow.actions)).toContain(action);
    }
  });

  it('takes an entry in the vocabulary', () => {
    expect(auditEntrySchema.safeParse(ENTRY).success).toBe(true);
    expect(
      auditEntrySchema.safeParse({ ...ENTRY, actor: { uid: 'system', role: 'system' } }).success,
    ).toBe(true);
  });

  it.each(['report.startReview', 'report.assign', 'report.intake', 'Report.assigned', 'report'])(
    'refuses the action %j, which is not in the vocabulary',
    (action) => {
      const parsed = auditEntrySchema.safeParse({ ...ENTRY, action });
      expect(parsed.success).toBe(false);
      expect(parsed.error?.issues[0]?.path).toEqual(['action']);
    },
  );

  it('refuses an actor role outside the enum, and an unknown kind of target', () => {
    expect(AUDIT_ACTOR_ROLES).toEqual(expect.arrayContaining(['admin', 'system', 'invitee']));
    const actor = auditEntrySchema.safeParse({ ...ENTRY, actor: { uid: 'u', role: 'root' } });
    expect(actor.error?.issues[0]?.path).toEqual(['actor', 'role']);
    const target = auditEntrySchema.safeParse({ ...ENTRY, target: { type: 'file', id: 'x' } });
    expect(target.error?.issues[0]?.path).toEqual(['target', 'type']);
  });
});
