import { describe, expect, it } from 'vitest';
import { ROLES, type Actor, type Role } from '../roles.js';
import { REPORT_STATUSES } from '../workflows/report.workflow.js';
import {
  duplicateLinkRefusal,
  intakeRefusal,
  mayTakeIntake,
  personalDataAccess,
  personalDataRefusal,
  reportActions,
  reportSide,
  type ReportAccessView,
} from './report.policy.js';

const ORG = 'org-1';
const REGION = 'UA-46';
const report = (extra: Partial<ReportAccessView> = {}): ReportAccessView => ({
  status: 'in_review',
  orgId: ORG,
  regionCode: REGION,
  assignees: ['u-staff'],
  ...extra,
});

/** Each role as someone related to the report: own organisation, own region, assigned. */
const related = (role: Role): Actor => ({
  uid: `u-${role}`,
  role,
  orgId: role === 'ngo_member' || role === 'ngo_admin' ? ORG : undefined,
  regions: role === 'coordinator' ? [REGION] : undefined,
});
/** Each role as a stranger to it: another organisation, another region. */
const stranger = (role: Role): Actor => ({
  uid: `x-${role}`,
  role,
  orgId: role === 'ngo_member' || role === 'ngo_admin' ? 'org-other' : undefined,
  regions: role === 'coordinator' ? ['UA-32'] : undefined,
});

describe('report policy, over every role', () => {
  const expectedSide: Record<Role, 'ngo' | 'secretariat' | null> = {
    ngo_member: 'ngo',
    ngo_admin: 'ngo',
    coordinator: 'secretariat',
    staff: 'secretariat',
    commissioner: 'secretariat',
    admin: null,
  };

  it.each(ROLES)('puts %s on its side of a report, and a stranger on none', (role) => {
    expect(reportSide(related(role), report())).toBe(expectedSide[role]);
    const strangerSide = role === 'staff' || role === 'commissioner' ? 'secretariat' : null;
    expect(reportSide(stranger(role), report())).toBe(strangerSide);
  });

  it('hides a draft from everyone but its organisation', () => {
    for (const role of ROLES) {
      const side = reportSide(related(role), report({ status: 'draft' }));
      expect(side).toBe(role === 'ngo_member' || role === 'ngo_admin' ? 'ngo' : null);
    }
  });

  it.each(ROLES)('gives %s personal data only as the rules and the callable allow', (role) => {
    const assigned = { ...related(role), uid: 'u-staff' };
    const expected: Record<Role, [string, string]> = {
      // [as a related person not assigned, as an assignee]
      ngo_member: ['direct', 'direct'],
      ngo_admin: ['direct', 'direct'],
      coordinator: ['none', 'audited'],
      staff: ['none', 'audited'],
      commissioner: ['audited', 'audited'],
      admin: ['none', 'none'],
    };
    const unassigned = { ...related(role), uid: 'u-nobody' };
    expect([
      personalDataAccess(unassigned, report()),
      personalDataAccess(assigned, report()),
    ]).toEqual(expected[role]);
    expect(personalDataAccess(stranger(role), report())).toBe(
      role === 'commissioner' ? 'audited' : 'none',
    );
  });

  it('says why personal data is refused', () => {
    expect(personalDataRefusal(related('staff'), report({ assignees: [] }))?.code).toBe(
      'REPORT.PERSONAL_DATA_RESTRICTED',
    );
    expect(personalDataRefusal(stranger('coordinator'), report())?.code).toBe(
      'WORKFLOW.NOT_IN_REGION',
    );
    expect(personalDataRefusal(related('admin'), report())?.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
    expect(personalDataRefusal(related('commissioner'), report({ status: 'draft' }))?.code).toBe(
      'WORKFLOW.NOT_ALLOWED_IN_STATE',
    );
  });

  it.each(ROLES)('lets %s link duplicates only from the Secretariat, once registered', (role) => {
    const may = role === 'staff' || role === 'commissioner' || role === 'coordinator';
    expect(duplicateLinkRefusal(related(role), report()) === null).toBe(may);
    expect(duplicateLinkRefusal(related(role), report({ status: 'submitted' }))).not.toBeNull();
    expect(duplicateLinkRefusal(stranger(role), report()) === null).toBe(
      role === 'staff' || role === 'commissioner',
    );
  });

  it.each(ROLES)(
    'lets %s take a report in only as staff or a coordinator of its region',
    (role) => {
      const refusal = intakeRefusal(related(role), REGION);
      if (role === 'staff' || role === 'coordinator') expect(refusal).toBeNull();
      else expect(refusal?.code).toBe('REPORT.INTAKE_STAFF_ONLY');
      expect(mayTakeIntake(related(role))).toBe(role === 'staff' || role === 'coordinator');
    },
  );

  it('refuses a coordinator an intake from another region', () => {
    expect(intakeRefusal(stranger('coordinator'), REGION)?.code).toBe('WORKFLOW.NOT_IN_REGION');
    expect(mayTakeIntake({ uid: 'c', role: 'coordinator', regions: [] })).toBe(false);
  });

  it('offers workflow actions only to the sides, and what the state allows', () => {
    for (const status of REPORT_STATUSES) {
      for (const role of ROLES) {
        const actions = reportActions(related(role), report({ status }), { orgVerified: true });
        if (reportSide(related(role), report({ status })) === null) expect(actions).toEqual([]);
      }
    }
    expect(reportActions(related('staff'), report(), {})).toContain('requestInfo');
    expect(reportActions(related('ngo_member'), report(), {})).toEqual([
      'withdraw',
      'setPublicationConsent',
    ]);
    expect(reportActions(related('ngo_admin'), report({ status: 'draft' }), {})).toEqual([]);
    expect(
      reportActions(related('ngo_admin'), report({ status: 'draft' }), { orgVerified: true }),
    ).toEqual(['submit']);
  });
});
