import { describe, expect, it } from 'vitest';
import { issueLines } from '../schemas/zod-issues.test-support.js';
import type { AgendaItem, MeetingRecordInput } from '../schemas/meeting.schema.js';
import { meetingPlanInputSchema, meetingRecordInputSchema } from '../schemas/meeting.schema.js';
import { kyivDateTimeOf, startsAtOf, startsInThePast } from './meeting-plan.js';
import { agendaProposalChanges, proposalEffects, recordProblems } from './meeting-record.js';

const AGENDA: AgendaItem[] = [
  {
    kind: 'proposal',
    key: 'p1',
    proposalId: 'prop-1',
    number: 'ЗП-2026-000001',
    title: 'Тримання під вартою',
  },
  {
    kind: 'proposal',
    key: 'p2',
    proposalId: 'prop-2',
    number: 'ЗП-2026-000002',
    title: 'Житло для ВПО',
  },
  { kind: 'item', key: 'plan', title: 'Про план роботи на 2027 рік' },
];

const attendance: MeetingRecordInput['attendance'] = [
  { uid: 'olena', displayName: 'Олена Коваль', councilRole: 'chair', present: true },
  { uid: 'taras', displayName: 'Тарас Мельник', councilRole: 'member', present: false },
];

describe('recording a held meeting', () => {
  const outcomes: MeetingRecordInput['outcomes'] = [
    { key: 'p1', outcome: 'supported', note: 'Одноголосно' },
    { key: 'p2', outcome: 'postponed' },
    { key: 'plan', outcome: 'noted' },
  ];

  it('accepts one outcome per item', () => {
    expect(recordProblems(AGENDA, { attendance, outcomes })).toEqual([]);
  });

  it('asks for an outcome of every item, once, and only of items on the agenda', () => {
    expect(
      recordProblems(AGENDA, {
        attendance,
        outcomes: [
          { key: 'p1', outcome: 'supported' },
          { key: 'p1', outcome: 'not_supported' },
          { key: 'ghost', outcome: 'noted' },
        ],
      }),
    ).toEqual([
      { field: 'outcomes.1', message: 'Рішення щодо «Тримання під вартою» вже записано' },
      { field: 'outcomes.2', message: 'Такого питання немає в порядку денному' },
      { field: 'outcomes', message: 'Запишіть рішення щодо питання «Житло для ВПО»' },
      { field: 'outcomes', message: 'Запишіть рішення щодо питання «Про план роботи на 2027 рік»' },
    ]);
  });

  it('does not let a proposal be merely noted', () => {
    const problems = recordProblems(AGENDA, {
      attendance,
      outcomes: [{ key: 'p1', outcome: 'noted' }, ...outcomes.slice(1)],
    });
    expect(problems).toEqual([
      {
        field: 'outcomes.0',
        message: 'Пропозицію «Тримання під вартою» підтримують, не підтримують або переносять',
      },
    ]);
  });

  it('needs someone present, each person once', () => {
    expect(
      recordProblems(AGENDA, {
        attendance: [attendance[1]!, { ...attendance[1]! }],
        outcomes,
      }),
    ).toEqual([
      { field: 'attendance.1', message: 'Тарас Мельник вже є у списку' },
      { field: 'attendance', message: 'Позначте, хто був присутній на засіданні' },
    ]);
  });

  it('moves each proposal: discussed with its outcome, or back to endorsed when postponed', () => {
    expect(proposalEffects(AGENDA, outcomes)).toEqual([
      {
        proposalId: 'prop-1',
        action: 'recordDiscussion',
        outcome: 'supported',
        note: 'Одноголосно',
      },
      { proposalId: 'prop-2', action: 'unschedule' },
    ]);
  });

  it('tells which proposals a changed plan puts on or takes off the agenda', () => {
    const next: AgendaItem[] = [
      AGENDA[1]!,
      {
        kind: 'proposal',
        key: 'p3',
        proposalId: 'prop-3',
        number: 'ЗП-2026-000003',
        title: 'Нова',
      },
    ];
    expect(agendaProposalChanges(AGENDA, next)).toEqual({
      scheduled: ['prop-3'],
      unscheduled: ['prop-1'],
    });
  });

  it('validates the record form', () => {
    const input = { attendance, minutesText: 'Протокол засідання. '.repeat(5), outcomes };
    expect(meetingRecordInputSchema.safeParse(input).success).toBe(true);
    expect(
      meetingRecordInputSchema.safeParse({ ...input, minutesText: 'Коротко' }).error?.issues[0]
        ?.path,
    ).toEqual(['minutesText']);
  });
});

describe('the meeting plan', () => {
  const plan = {
    councilId: 'advisory',
    title: 'Засідання Консультативної ради',
    date: '2026-07-15',
    time: '10:00',
    place: 'м. Київ, вул. Інститутська, 21/8',
    agenda: AGENDA,
  };

  it('is typed in Kyiv time and stored as the instant, both ways', () => {
    const parsed = meetingPlanInputSchema.parse(plan);
    expect(parsed.durationMinutes).toBe(120);
    expect(startsAtOf(parsed).toISOString()).toBe('2026-07-15T07:00:00.000Z');
    expect(kyivDateTimeOf(new Date('2026-12-09T08:00:00Z'))).toEqual({
      date: '2026-12-09',
      time: '10:00',
    });
    expect(startsInThePast(parsed, new Date('2026-07-15T06:59:00Z'))).toBe(false);
    expect(startsInThePast(parsed, new Date('2026-07-15T07:00:00Z'))).toBe(true);
  });

  it('needs a place or an online link, a valid time and an agenda without repeats', () => {
    const issues = (input: unknown) => issueLines(meetingPlanInputSchema.safeParse(input));
    expect(issues({ ...plan, place: undefined })).toEqual([
      'place: Вкажіть місце або посилання на онлайн-засідання',
    ]);
    expect(issues({ ...plan, place: undefined, onlineLink: 'https://meet.example.org/a' })).toEqual(
      [],
    );
    expect(issues({ ...plan, onlineLink: 'http://meet.example.org/a' })).toEqual([
      'onlineLink: Посилання має починатися з https://',
    ]);
    expect(issues({ ...plan, time: '24:00' })).toEqual([
      'time: Час має вигляд ГГ:ХХ, наприклад 14:30',
    ]);
    expect(issues({ ...plan, agenda: [AGENDA[0]!, { ...AGENDA[0]!, key: 'p1-again' }] })).toEqual([
      'agenda: Пропозицію внесено до порядку денного двічі',
    ]);
    expect(issues({ ...plan, agenda: [] })).toEqual([
      'agenda: Додайте до порядку денного хоча б одне питання',
    ]);
  });
});
