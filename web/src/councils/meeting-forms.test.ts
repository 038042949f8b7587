import { describe, expect, it } from 'vitest';
import { kyivInstant } from '@domain/kyiv-time.js';
import {
  planValuesOf,
  validatePlanForm,
  validateRecordForm,
  type PlanFormValues,
} from './meeting-forms.js';

const labels = { title: 'Назва', date: 'Дата', time: 'Час', items: 'Питання', minutes: 'Протокол' };
const proposals = [{ id: 'prop-1', number: 'ЗП-2026-000001', title: 'Тримання під вартою' }];
const values = (overrides: Partial<PlanFormValues> = {}): PlanFormValues => ({
  title: 'Засідання Консультативної ради',
  date: '15.07.2026',
  time: '10:00',
  durationMinutes: '120',
  place: 'Київ',
  onlineLink: '',
  proposals: ['prop-1'],
  items: 'Про план роботи\n\n  Різне  ',
  ...overrides,
});

describe('the meeting plan form', () => {
  it('makes the agenda from the proposals ticked and the free items, one per line', () => {
    const checked = validatePlanForm(values(), { councilId: 'advisory', proposals }, 'uk', labels);
    expect(checked.ok).toBe(true);
    if (!checked.ok) return;
    expect(checked.value).toMatchObject({
      councilId: 'advisory',
      date: '2026-07-15',
      time: '10:00',
    });
    expect(checked.value.agenda).toEqual([
      {
        kind: 'proposal',
        key: 'p1',
        proposalId: 'prop-1',
        number: 'ЗП-2026-000001',
        title: 'Тримання під вартою',
      },
      { kind: 'item', key: 'i1', title: 'Про план роботи' },
      { kind: 'item', key: 'i2', title: 'Різне' },
    ]);
  });

  it('says an empty agenda at the free items, and a place or link is needed', () => {
    const checked = validatePlanForm(
      values({ proposals: [], items: '', place: '' }),
      { councilId: 'advisory', proposals },
      'uk',
      labels,
    );
    expect(checked.ok).toBe(false);
    if (checked.ok) return;
    expect(Object.keys(checked.problems).sort()).toEqual(['items', 'place']);
  });
});

describe('the plan-change form', () => {
  it('shows a planned meeting as it was entered, Kyiv time, and sends the same plan back', () => {
    // 10:30 in Kyiv in summer is 07:30 UTC: the form shows the Kyiv clock, not the browser's.
    const startsAt = kyivInstant('2026-07-15', '10:30').getTime();
    expect(new Date(startsAt).toISOString()).toBe('2026-07-15T07:30:00.000Z');
    const shown = planValuesOf({
      title: 'Засідання Консультативної ради',
      startsAt,
      durationMinutes: 90,
      place: null,
      onlineLink: 'https://meet.example.org/rada',
      agenda: [
        { kind: 'proposal', proposalId: 'prop-1' },
        { kind: 'item', title: 'Про план роботи' },
      ],
    });
    expect(shown).toEqual({
      title: 'Засідання Консультативної ради',
      date: '15.07.2026',
      time: '10:30',
      durationMinutes: '90',
      place: '',
      onlineLink: 'https://meet.example.org/rada',
      proposals: ['prop-1'],
      items: 'Про план роботи',
    });
    const sent = validatePlanForm(shown, { councilId: 'advisory', proposals }, 'uk', labels);
    expect(sent).toMatchObject({
      ok: true,
      value: {
        date: '2026-07-15',
        time: '10:30',
        durationMinutes: 90,
        onlineLink: 'https://meet.example.org/rada',
        agenda: [
          { kind: 'proposal', proposalId: 'prop-1' },
          { kind: 'item', title: 'Про план роботи' },
        ],
      },
    });
  });
});

describe('the meeting record form', () => {
  const members = [
    { uid: 'olena', displayName: 'Олена Коваль', orgName: 'ГО «Право»' },
    { uid: 'taras', displayName: 'Тарас Мельник', orgName: null },
  ];
  const minutes = 'Протокол засідання: обговорили пропозицію й ухвалили рішення щодо неї.';

  it('gives the attendance of every member and an outcome per item', () => {
    const checked = validateRecordForm(
      { present: ['olena'], minutes, 'outcome-p1': 'supported', 'note-p1': ' Одноголосно ' },
      { members, itemKeys: ['p1'] },
      'uk',
      labels,
    );
    expect(checked).toMatchObject({
      ok: true,
      value: {
        attendance: [
          { uid: 'olena', orgName: 'ГО «Право»', present: true },
          { uid: 'taras', present: false },
        ],
        outcomes: [{ key: 'p1', outcome: 'supported', note: 'Одноголосно' }],
      },
    });
  });

  it('puts a missing outcome on its item and asks who was present', () => {
    const missing = validateRecordForm(
      { present: ['olena'], minutes, 'outcome-p1': '' },
      { members, itemKeys: ['p1'] },
      'uk',
      labels,
    );
    expect(missing.ok).toBe(false);
    if (!missing.ok) expect(Object.keys(missing.problems)).toEqual(['outcome-p1']);
    const nobody = validateRecordForm(
      { present: [], minutes, 'outcome-p1': 'supported' },
      { members, itemKeys: ['p1'] },
      'uk',
      labels,
    );
    expect(nobody.ok).toBe(false);
    if (!nobody.ok) expect(Object.keys(nobody.problems)).toEqual(['present']);
  });
});
