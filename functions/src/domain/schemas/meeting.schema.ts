import { z } from 'zod';
import {
  auditedFields,
  bilingualText,
  httpsUrlSchema,
  idSchema,
  isoDateSchema,
  itemKeySchema,
  kyivClockSchema,
  optionalText,
  text,
  timestampSchema,
  uidSchema,
} from '../fields.js';
import { AGENDA_OUTCOMES } from '../meetings/agenda-outcomes.js';
import { COUNCIL_ROLES } from './council-membership.schema.js';
import { MEETING_STATUSES } from '../workflows/meeting.workflow.js';

/** An agenda item: an endorsed proposal, or a free item such as «Про план роботи на 2027 рік». */
export const agendaItemSchema = z.discriminatedUnion('kind', [
  z.object({
    kind: z.literal('proposal'),
    key: itemKeySchema,
    proposalId: idSchema,
    /** The proposal's registration number and title as they were when it was put on the agenda. */
    number: z.string().min(1),
    title: text(1, 300, 'Питання порядку денного'),
  }),
  z.object({
    kind: z.literal('item'),
    key: itemKeySchema,
    title: text(3, 300, 'Питання порядку денного'),
    description: optionalText(5000, 'Опис питання'),
  }),
]);
export type AgendaItem = z.infer<typeof agendaItemSchema>;

const agendaSchema = z
  .array(agendaItemSchema)
  .min(1, 'Додайте до порядку денного хоча б одне питання')
  .max(50, 'Не більше 50 питань порядку денного')
  .refine((items) => new Set(items.map((i) => i.key)).size === items.length, {
    message: 'Питання порядку денного повторюються',
  })
  .refine(
    (items) => {
      const ids = items.flatMap((i) => (i.kind === 'proposal' ? [i.proposalId] : []));
      return new Set(ids).size === ids.length;
    },
    { message: 'Пропозицію внесено до порядку денного двічі' },
  );

const placeOrLink = (plan: { place?: string | undefined; onlineLink?: string | undefined }) =>
  Boolean(plan.place || plan.onlineLink);
const PLACE_OR_LINK = {
  message: 'Вкажіть місце або посилання на онлайн-засідання',
  path: ['place'],
};

/** What staff enter to schedule a meeting or change its plan: the date and time in Kyiv. */
export const meetingPlanInputSchema = z
  .object({
    councilId: idSchema,
    title: text(3, 300, 'Назва засідання'),
    date: isoDateSchema,
    time: kyivClockSchema,
    durationMinutes: z.int().min(15).max(600).default(120),
    place: optionalText(300, 'Місце'),
    onlineLink: httpsUrlSchema.optional(),
    agenda: agendaSchema,
  })
  .refine(placeOrLink, PLACE_OR_LINK);
export type MeetingPlanInput = z.infer<typeof meetingPlanInputSchema>;

export const attendanceSchema = z.object({
  uid: uidSchema,
  displayName: text(1, 200, 'Ім’я'),
  orgName: optionalText(300, 'Організація'),
  /** Their role in the council that day; none for a guest or Secretariat staff. */
  councilRole: z.enum(COUNCIL_ROLES).optional(),
  present: z.boolean(),
});

export const agendaItemOutcomeSchema = z.object({
  key: itemKeySchema,
  outcome: z.enum(AGENDA_OUTCOMES, { error: 'Оберіть рішення щодо питання' }),
  note: optionalText(5000, 'Примітка'),
});

/** What staff enter after the meeting: who came, the minutes, and the outcome of each item. */
export const meetingRecordInputSchema = z.object({
  attendance: z.array(attendanceSchema).min(1).max(500),
  minutesText: text(50, 100_000, 'Протокол'),
  minutesFileId: idSchema.optional(),
  outcomes: z.array(agendaItemOutcomeSchema).max(50),
});
export type MeetingRecordInput = z.infer<typeof meetingRecordInputSchema>;

/**
 * `meetings/{meetingId}`: a meeting of the Advisory Council or an Expert Council. `calendar`
 * carries the iCalendar identity of its invitation: the UID never changes, the SEQUENCE rises
 * with every change sent (see meetings/meeting-invitation.ts).
 */
export const meetingSchema = z
  .object({
    councilId: idSchema,
    councilName: bilingualText(3, 300, 'Назва ради'),
    title: text(3, 300, 'Назва засідання'),
    startsAt: timestampSchema,
    durationMinutes: z.int().min(15).max(600),
    place: optionalText(300, 'Місце'),
    onlineLink: httpsUrlSchema.optional(),
    agenda: agendaSchema,
    status: z.enum(MEETING_STATUSES),
    calendar: z.object({ uid: z.string().min(1), sequence: z.int().min(0) }),
    attendance: z.array(attendanceSchema).max(500).optional(),
    quorum: z
      .object({ members: z.int(), present: z.int(), required: z.int(), met: z.boolean() })
      .optional(),
    minutes: z
      .object({ text: text(50, 100_000, 'Протокол'), fileId: idSchema.optional() })
      .optional(),
    outcomes: z.array(agendaItemOutcomeSchema).max(50).optional(),
    heldAt: timestampSchema.optional(),
    cancelledAt: timestampSchema.optional(),
    cancelReason: optionalText(2000, 'Причина скасування'),
    publishedAt: timestampSchema.optional(),
    ...auditedFields,
  })
  .refine(placeOrLink, PLACE_OR_LINK);
export type Meeting = z.infer<typeof meetingSchema>;
