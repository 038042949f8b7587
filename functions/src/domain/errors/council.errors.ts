import { entry } from './error-entry.js';

/** Why a membership period cannot start or end as asked (councils/memberships.ts). */
export type MembershipConflict =
  'overlap' | 'chair_taken' | 'starts_later' | 'end_before_start' | 'already_ended';

const CONFLICT: Record<MembershipConflict, { uk: string; en: string }> = {
  overlap: {
    uk: 'Ця людина вже є членом ради в цей період. Спершу припиніть чинне членство.',
    en: 'This person is already a member of the council in this period. End the current membership first.',
  },
  chair_taken: {
    uk: 'У ради вже є голова в цей період. Спершу припиніть його повноваження.',
    en: 'The council already has a chair in this period. End their term first.',
  },
  starts_later: {
    uk: 'Ця людина вже має членство в раді, що починається пізніше. Спершу змініть його.',
    en: 'This person already has a membership of the council starting later. Change it first.',
  },
  end_before_start: {
    uk: 'Членство не може закінчитися раніше, ніж почалося',
    en: 'A membership cannot end before it began',
  },
  already_ended: {
    uk: 'Членство вже закінчилося раніше цієї дати',
    en: 'The membership had already ended before that day',
  },
};

/** Councils: their members and applications to join. */
export const COUNCIL_ERRORS = {
  'COUNCIL.APPLICANT_NOT_NGO': entry(
    'permission-denied',
    'До експертних рад долучаються представники громадських організацій',
    'Expert councils are joined by members of NGOs',
  ),
  'COUNCIL.BY_APPOINTMENT': entry(
    'failed-precondition',
    'Склад Консультативної ради формує Уповноважений; заяви приймають лише експертні ради',
    'The Commissioner forms the Advisory Council; only expert councils take applications',
  ),
  'COUNCIL.ALREADY_MEMBER': entry(
    'failed-precondition',
    'Ви вже є членом цієї ради',
    'You are already a member of this council',
  ),
  'COUNCIL.APPLICATION_PENDING': entry(
    'failed-precondition',
    'Ваша заява до цієї ради ще розглядається',
    'Your application to this council is still being considered',
  ),
  'COUNCIL.ADMIN_ONLY': entry(
    'permission-denied',
    'Ради та їхній склад веде адміністратор системи',
    'Councils and their members are managed by a system administrator',
  ),
  'COUNCIL.NOT_FOUND': entry('not-found', 'Такої ради немає', 'There is no such council'),
  'COUNCIL.MEMBER_NOT_FOUND': entry(
    'not-found',
    'Ця людина не є членом ради або її обліковий запис не діє',
    'This person is not a member of the council, or their account is not active',
  ),
  'COUNCIL.MEMBERSHIP_CONFLICT': entry<{ reason: MembershipConflict }>(
    'failed-precondition',
    (p) => CONFLICT[p.reason].uk,
    (p) => CONFLICT[p.reason].en,
  ),
  'COUNCIL.APPLICATION_NOT_FOUND': entry(
    'not-found',
    'Такої заяви немає',
    'There is no such application',
  ),
} as const;
