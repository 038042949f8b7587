import { describe, expect, it } from 'vitest';
import { needsTokenRefresh, readRoleClaims, sameAccess } from './claims.js';
import { KNOWN_ROLES } from './roles.js';

const ROLES = ['ngo_member', 'coordinator', 'admin'] as const;

describe('readRoleClaims', () => {
  it('reads the role claims off a token among the standard ones', () => {
    const claims = {
      iss: 'https://securetoken.google.com/demo-spilno',
      aud: 'demo-spilno',
      email: 'ngo-member@spilno.test',
      role: 'ngo_member',
      orgId: '43900115',
    };
    expect(readRoleClaims(claims, ROLES)).toEqual({
      role: 'ngo_member',
      orgId: '43900115',
      regions: [],
      decisionAuthority: false,
    });
  });

  it('reads a coordinator’s regions', () => {
    expect(readRoleClaims({ role: 'coordinator', regions: ['UA-30', 'UA-46'] }, ROLES)).toEqual({
      role: 'coordinator',
      orgId: null,
      regions: ['UA-30', 'UA-46'],
      decisionAuthority: false,
    });
  });

  it('reads a staff member’s authority to decide, and only a real `true`', () => {
    expect(readRoleClaims({ role: 'staff', decisionAuthority: true }, KNOWN_ROLES)).toEqual({
      role: 'staff',
      orgId: null,
      regions: [],
      decisionAuthority: true,
    });
    expect(
      readRoleClaims({ role: 'staff', decisionAuthority: 'true' }, KNOWN_ROLES).decisionAuthority,
    ).toBe(false);
  });

  it('knows every role of the domain', () => {
    expect([...KNOWN_ROLES].sort()).toEqual(
      ['admin', 'commissioner', 'coordinator', 'ngo_admin', 'ngo_member', 'staff'].sort(),
    );
  });

  it('treats a missing or unknown role, and malformed values, as none', () => {
    expect(readRoleClaims({}, ROLES)).toEqual({
      role: null,
      orgId: null,
      regions: [],
      decisionAuthority: false,
    });
    expect(readRoleClaims({ role: 'superuser', orgId: 7, regions: 'UA-30' }, ROLES)).toEqual({
      role: null,
      orgId: null,
      regions: [],
      decisionAuthority: false,
    });
    expect(readRoleClaims({ role: 'admin', orgId: '', regions: ['UA-30', 5] }, ROLES)).toEqual({
      role: 'admin',
      orgId: null,
      regions: ['UA-30'],
      decisionAuthority: false,
    });
  });
});

describe('needsTokenRefresh', () => {
  const issued = Date.parse('2026-03-02T10:00:00Z');

  it('on the first snapshot, refreshes only if the claims changed since the token was issued', () => {
    expect(
      needsTokenRefresh({ previous: undefined, current: issued + 5_000, tokenIssuedAt: issued }),
    ).toBe(true);
    expect(
      needsTokenRefresh({ previous: undefined, current: issued - 60_000, tokenIssuedAt: issued }),
    ).toBe(false);
    expect(needsTokenRefresh({ previous: undefined, current: null, tokenIssuedAt: issued })).toBe(
      false,
    );
  });

  it('refreshes when the claims change within the second the token was issued', () => {
    // Token times are whole seconds; a change at .400 may or may not be in the token.
    expect(
      needsTokenRefresh({ previous: undefined, current: issued + 400, tokenIssuedAt: issued }),
    ).toBe(true);
  });

  it('afterwards, refreshes whenever claimsUpdatedAt moves, and only then', () => {
    const first = issued - 60_000;
    expect(needsTokenRefresh({ previous: first, current: first, tokenIssuedAt: issued })).toBe(
      false,
    );
    expect(
      needsTokenRefresh({ previous: first, current: first + 90_000, tokenIssuedAt: issued }),
    ).toBe(true);
    expect(needsTokenRefresh({ previous: null, current: issued + 1, tokenIssuedAt: issued })).toBe(
      true,
    );
    expect(needsTokenRefresh({ previous: first, current: null, tokenIssuedAt: issued })).toBe(
      false,
    );
  });
});

describe('sameAccess', () => {
  const view = (role: string | null, regions: string[] = [], orgId: string | null = null) => ({
    role,
    orgId,
    regions,
    decisionAuthority: false,
  });

  it('sees a change of role, organisation, regions or authority', () => {
    expect(sameAccess(view('ngo_admin', [], '1'), view('ngo_member', [], '1'))).toBe(false);
    expect(sameAccess(view('ngo_member', [], '1'), view('ngo_member', [], '2'))).toBe(false);
    expect(sameAccess(view('coordinator', ['UA-30']), view('coordinator', ['UA-46']))).toBe(false);
    expect(sameAccess(view('staff'), { ...view('staff'), decisionAuthority: true })).toBe(false);
    expect(sameAccess(null, view(null))).toBe(false);
  });

  it('ignores the order of regions', () => {
    expect(
      sameAccess(view('coordinator', ['UA-30', 'UA-46']), view('coordinator', ['UA-46', 'UA-30'])),
    ).toBe(true);
    expect(sameAccess(null, null)).toBe(true);
  });
});
