import { addCalendarDays, kyivDate, kyivInstant } from '../../functions/src/domain/kyiv-time.js';
import { firstCalendarIdentity } from '../../functions/src/domain/meetings/meeting-calendar.js';
import {
  meetingSchema,
  type AgendaItem,
} from '../../functions/src/domain/schemas/meeting.schema.js';
import { db } from '../../functions/src/shared/firebase.js';

/**
 * The demo's council meetings: a meeting of the Advisory Council held in November with its
 * minutes published (it discussed `demo-proposal-discussed`, which the proposals' demo seeds),
 * and one planned a month ahead with free items, to which staff can add
 * `demo-proposal-endorsed` in the demo. Written through the meeting schema; the proposal's
 * number and title are taken from the proposal when it is already seeded.
 */
export const DEMO_HELD_MEETING = 'demo-meeting-held';
export const DEMO_PLANNED_MEETING = 'demo-meeting-planned';

const ADVISORY = { uk: 'Консультативна рада при Уповноваженому', en: 'Advisory Council' };
const PRESENT = [
  { uid: 'demo-ngo-admin', displayName: 'Марія Левченко', councilRole: 'member', present: true },
  { uid: 'demo-ngo-lviv', displayName: 'Софія Гнатюк', councilRole: 'member', present: true },
  {
    uid: 'demo-ngo-kharkiv',
    displayName: 'Олександр Кравець',
    councilRole: 'member',
    present: true,
  },
  { uid: 'demo-staff1', displayName: 'Ірина Бондаренко', councilRole: 'secretary', present: false },
] as const;

async function discussedItem(): Promise<AgendaItem> {
  const proposal = await db().doc('proposals/demo-proposal-discussed').get();
  return {
    kind: 'proposal',
    key: 'p1',
    proposalId: 'demo-proposal-discussed',
    number: String(proposal.get('number') ?? 'ЗП-2026-000002'),
    title: String(
      proposal.get('title') ?? 'Судовий контроль за триманням під вартою понад шість місяців',
    ),
  };
}

export async function seedDemoMeetings(now = new Date()): Promise<number> {
  const host = 'localhost';
  const heldStart = kyivInstant('2026-11-12', '10:00');
  const held = meetingSchema.parse({
    councilId: 'advisory',
    councilName: ADVISORY,
    title: 'Засідання Консультативної ради № 4',
    startsAt: heldStart,
    durationMinutes: 120,
    place: 'м. Київ, вул. Інститутська, 21/8, зала засідань',
    agenda: [
      await discussedItem(),
      { kind: 'item', key: 'plan', title: 'Про план роботи ради на 2027 рік' },
    ],
    status: 'published',
    calendar: firstCalendarIdentity(DEMO_HELD_MEETING, host),
    attendance: PRESENT,
    quorum: { members: 4, present: 3, required: 3, met: true },
    minutes: {
      text:
        'Присутні троє з чотирьох членів ради, кворум є.\n' +
        '1. Пропозицію щодо судового контролю за триманням під вартою підтримано одноголосно.\n' +
        '2. План роботи ради на 2027 рік взято до відома.',
    },
    outcomes: [
      { key: 'p1', outcome: 'supported', note: 'Одноголосно' },
      { key: 'plan', outcome: 'noted' },
    ],
    heldAt: heldStart,
    publishedAt: heldStart,
    createdBy: 'demo-staff1',
    createdAt: heldStart,
    updatedAt: heldStart,
  });
  const plannedDay = addCalendarDays(kyivDate(now), 30);
  const planned = meetingSchema.parse({
    councilId: 'advisory',
    councilName: ADVISORY,
    title: 'Засідання Консультативної ради № 5',
    startsAt: kyivInstant(plannedDay, '10:00'),
    durationMinutes: 120,
    place: 'м. Київ, вул. Інститутська, 21/8, зала засідань',
    onlineLink: 'https://meet.example.org/advisory-5',
    agenda: [
      { kind: 'item', key: 'report', title: 'Звіт Секретаріату про виконання рекомендацій' },
      { kind: 'item', key: 'misc', title: 'Різне' },
    ],
    status: 'planned',
    calendar: firstCalendarIdentity(DEMO_PLANNED_MEETING, host),
    createdBy: 'demo-staff1',
    createdAt: now,
    updatedAt: now,
  });
  const batch = db().batch();
  batch.set(db().doc(`meetings/${DEMO_HELD_MEETING}`), held);
  batch.set(db().doc(`meetings/${DEMO_PLANNED_MEETING}`), planned);
  await batch.commit();
  return 2;
}
