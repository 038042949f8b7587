import { describe, expect, it } from 'vitest';
import { applicationAccess } from './application-access.js';

const today = '2026-12-04';
const memberships = [
  { uid: 'chair', role: 'chair', from: '2026-01-15', to: null },
  { uid: 'member', role: 'member', from: '2026-01-15', to: null },
  { uid: 'former-chair', role: 'chair', from: '2025-01-15', to: '2026-06-30' },
];
const access = (
  uid: string,
  role: Parameters<typeof applicationAccess>[0]['role'],
  options: { kind?: 'advisory' | 'expert'; readsMembers?: boolean } = {},
) =>
  applicationAccess({
    uid,
    role,
    councilId: 'expert-detention',
    councilKind: options.kind ?? 'expert',
    memberships: options.readsMembers === false ? null : memberships,
    today,
  });

describe('applications to join a council, as the page offers them', () => {
  it('lets the chair of today and the Secretariat review, and no one else', () => {
    expect(access('chair', 'ngo_admin').review).toBe(true);
    expect(access('staff', 'staff').review).toBe(true);
    expect(access('member', 'ngo_member').review).toBe(false);
    // A chair whose period ended is not the chair any more.
    expect(access('former-chair', 'ngo_admin').review).toBe(false);
    expect(access('commissioner', 'commissioner').review).toBe(false);
    expect(access('admin', 'admin').review).toBe(false);
  });

  it('lets a member of an NGO who is not a member apply to an Expert Council', () => {
    // The council's members are hidden from a non-member: no seat is found.
    expect(access('stranger', 'ngo_member', { readsMembers: false }).apply).toBe(true);
    expect(access('former-chair', 'ngo_admin').apply).toBe(true);
    expect(access('member', 'ngo_member').apply).toBe(false);
    expect(access('chair', 'ngo_admin').apply).toBe(false);
    expect(access('staff', 'staff').apply).toBe(false);
    // The Advisory Council is formed by appointment.
    expect(access('stranger', 'ngo_member', { kind: 'advisory', readsMembers: false })).toEqual({
      review: false,
      apply: false,
    });
  });
});
