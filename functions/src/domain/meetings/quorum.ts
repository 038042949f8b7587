import { z } from 'zod';

/**
 * When a council meeting is quorate: a council setting, by default more than half of its
 * members («більше половини»). Only members of the council on the meeting's date count;
 * guests and Secretariat staff present do not.
 */
export const quorumRuleSchema = z.discriminatedUnion(
  'rule',
  [
    z.object({ rule: z.literal('more_than_half') }),
    z.object({ rule: z.literal('two_thirds') }),
    z.object({
      rule: z.literal('at_least'),
      count: z.int().min(1, 'Кворум — щонайменше один член ради').max(500),
    }),
  ],
  { error: 'Оберіть правило кворуму' },
);
export type QuorumRule = z.infer<typeof quorumRuleSchema>;

export const DEFAULT_QUORUM: QuorumRule = { rule: 'more_than_half' };

export const QUORUM_RULE_LABELS = {
  more_than_half: { uk: 'більше половини членів ради', en: 'more than half of the members' },
  two_thirds: { uk: 'не менше двох третин членів ради', en: 'at least two thirds of the members' },
  at_least: { uk: 'не менше визначеної кількості членів', en: 'at least a set number of members' },
} as const;

/** How many members must be present for a council of this many members. */
export function requiredForQuorum(rule: QuorumRule, members: number): number {
  switch (rule.rule) {
    case 'more_than_half':
      return Math.floor(members / 2) + 1;
    case 'two_thirds':
      return Math.max(1, Math.ceil((members * 2) / 3));
    case 'at_least':
      return rule.count;
  }
}

export interface QuorumCount {
  members: number;
  present: number;
  required: number;
  met: boolean;
}

/** The quorum of a meeting: its council's members that day, and those of them present. */
export function quorumOf(
  rule: QuorumRule,
  memberUids: readonly string[],
  presentUids: readonly string[],
): QuorumCount {
  const members = new Set(memberUids);
  const present = new Set(presentUids.filter((uid) => members.has(uid)));
  const required = requiredForQuorum(rule, members.size);
  return { members: members.size, present: present.size, required, met: present.size >= required };
}
