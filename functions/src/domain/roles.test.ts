import './validation.js';
import { describe, expect, it } from 'vitest';
import { roleClaimsSchema } from './roles.js';

function issuesOf(input: unknown) {
  const result = roleClaimsSchema.safeParse(input);
  return result.success
    ? []
    : result.error.issues.map((i) => ({ path: i.path.join('.'), message: i.message }));
}

describe('role claims', () => {
  it.each([
    { role: 'ngo_member', orgId: '43005393' },
    { role: 'ngo_admin', orgId: '43005393' },
    { role: 'coordinator', regions: ['UA-46', 'UA-07'] },
    { role: 'staff' },
    { role: 'staff', decisionAuthority: true },
    { role: 'staff', decisionAuthority: false },
    { role: 'commissioner' },
    { role: 'admin' },
  ])('accepts %o', (claims) => {
    expect(issuesOf(claims)).toEqual([]);
  });

  it('needs an organisation for NGO roles', () => {
    expect(issuesOf({ role: 'ngo_member' })).toEqual([
      { path: 'orgId', message: 'Для ролі ГО потрібна організація' },
    ]);
  });

  it('refuses an organisation on other roles', () => {
    expect(issuesOf({ role: 'staff', orgId: '43005393' })).toEqual([
      { path: 'orgId', message: 'Організація задається лише для ролей ГО' },
    ]);
  });

  it('needs at least one region for a coordinator', () => {
    expect(issuesOf({ role: 'coordinator' })).toEqual([
      { path: 'regions', message: 'Координатору потрібна хоча б одна область' },
    ]);
    expect(issuesOf({ role: 'coordinator', regions: [] }).map((i) => i.path)).toContain('regions');
  });

  it('refuses regions on other roles', () => {
    expect(issuesOf({ role: 'staff', regions: ['UA-30'] })).toEqual([
      { path: 'regions', message: 'Області задаються лише координатору' },
    ]);
  });

  it('grants decision authority only to Secretariat staff', () => {
    for (const role of ['commissioner', 'coordinator', 'admin']) {
      const claims = role === 'coordinator' ? { role, regions: ['UA-30'] } : { role };
      expect(issuesOf({ ...claims, decisionAuthority: true })).toEqual([
        {
          path: 'decisionAuthority',
          message: 'Повноваження ухвалювати рішення надаються лише працівникам Секретаріату',
        },
      ]);
    }
  });

  it('refuses unknown roles, unknown regions and extra claims', () => {
    expect(issuesOf({ role: 'superuser' }).map((i) => i.path)).toEqual(['role']);
    expect(issuesOf({ role: 'coordinator', regions: ['UA-99'] }).map((i) => i.path)).toEqual([
      'regions.0',
    ]);
    expect(issuesOf({ role: 'admin', isAdmin: true })).toEqual([
      { path: '', message: 'Нерозпізнаний ключ: "isAdmin"' },
    ]);
  });
});
