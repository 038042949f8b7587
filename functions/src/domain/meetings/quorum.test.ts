import { describe, expect, it } from 'vitest';
import { DEFAULT_QUORUM, quorumOf, quorumRuleSchema, requiredForQuorum } from './quorum.js';

const uids = (n: number) => Array.from({ length: n }, (_, i) => `u${i}`);

describe('quorum', () => {
  it.each([
    [1, 1],
    [2, 2],
    [3, 2],
    [4, 3],
    [9, 5],
    [10, 6],
  ])('more than half of %i members is %i', (members, required) => {
    expect(requiredForQuorum(DEFAULT_QUORUM, members)).toBe(required);
  });

  it.each([
    [3, 2],
    [9, 6],
    [10, 7],
    [1, 1],
  ])('two thirds of %i members is %i', (members, required) => {
    expect(requiredForQuorum({ rule: 'two_thirds' }, members)).toBe(required);
  });

  it('takes a set number as it is', () => {
    expect(requiredForQuorum({ rule: 'at_least', count: 5 }, 20)).toBe(5);
  });

  it('is met at exactly half plus one, not at half', () => {
    expect(quorumOf(DEFAULT_QUORUM, uids(10), uids(6))).toEqual({
      members: 10,
      present: 6,
      required: 6,
      met: true,
    });
    expect(quorumOf(DEFAULT_QUORUM, uids(10), uids(5)).met).toBe(false);
  });

  it('counts only members, once each', () => {
    const present = ['u0', 'u0', 'u1', 'guest', 'staff-1'];
    expect(quorumOf(DEFAULT_QUORUM, uids(3), present)).toEqual({
      members: 3,
      present: 2,
      required: 2,
      met: true,
    });
  });

  it('is never met by a council without members', () => {
    expect(quorumOf(DEFAULT_QUORUM, [], ['someone']).met).toBe(false);
  });

  it('validates the council setting', () => {
    expect(quorumRuleSchema.parse({ rule: 'at_least', count: 4 })).toEqual({
      rule: 'at_least',
      count: 4,
    });
    expect(quorumRuleSchema.safeParse({ rule: 'at_least', count: 0 }).success).toBe(false);
    expect(quorumRuleSchema.safeParse({ rule: 'everyone' }).success).toBe(false);
  });
});
