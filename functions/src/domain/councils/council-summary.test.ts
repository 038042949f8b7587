import { describe, expect, it } from 'vitest';
import type { CouncilMembership } from '../schemas/council-membership.schema.js';
import { councilPublicSummary } from './council-summary.js';

const AT = new Date('2026-01-01T00:00:00Z');
const membership = (over: Partial<CouncilMembership>): CouncilMembership => ({
  uid: 'olena',
  displayName: 'Олена Коваль',
  email: 'olena@example.org',
  orgId: '43900115',
  orgName: 'ГО «Київська правозахисна ініціатива»',
  role: 'member',
  from: '2026-01-01',
  createdBy: 'admin',
  createdAt: AT,
  updatedAt: AT,
  ...over,
});

describe('a council’s public summary', () => {
  it('names each member organisation once and the chair, without contacts', () => {
    const summary = councilPublicSummary(
      [
        membership({
          uid: 'maria',
          from: '2026-02-01',
          role: 'chair',
          displayName: 'Марія Шевчук',
        }),
        membership({ uid: 'olena' }),
        membership({ uid: 'petro', orgId: '43900225', orgName: 'ГО «Львівська група»' }),
      ],
      '2026-03-01',
    );
    expect(summary).toEqual({
      memberOrgs: [
        { orgId: '43900115', name: 'ГО «Київська правозахисна ініціатива»' },
        { orgId: '43900225', name: 'ГО «Львівська група»' },
      ],
      chair: { displayName: 'Марія Шевчук', orgName: 'ГО «Київська правозахисна ініціатива»' },
    });
    expect(JSON.stringify(summary)).not.toContain('@');
  });

  it('leaves out memberships that ended or have not begun, and people without an organisation', () => {
    const summary = councilPublicSummary(
      [
        membership({ uid: 'maria', role: 'chair', to: '2026-02-28' }),
        membership({
          uid: 'petro',
          orgId: '43900225',
          orgName: 'ГО «Львівська група»',
          from: '2026-04-01',
        }),
        membership({ uid: 'staff', orgId: undefined, orgName: undefined, role: 'secretary' }),
      ],
      '2026-03-01',
    );
    expect(summary).toEqual({ memberOrgs: [], chair: undefined });
  });
});
