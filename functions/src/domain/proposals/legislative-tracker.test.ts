import { describe, expect, it } from 'vitest';
import { legislativeTrackerSchema } from '../schemas/parliament.schema.js';
import {
  closingProblem,
  nextTrackerReminder,
  outcomeProblem,
  stageProblems,
  trackerReminderDue,
  type StageEntry,
} from './legislative-tracker.js';

const stages = (...entries: [StageEntry['stage'], string][]) =>
  entries.map(([stage, date]) => ({ stage, date }));

describe('bill stages', () => {
  it('accept a bill’s usual path, and adoption as a whole without a separate first reading', () => {
    expect(
      stageProblems(
        stages(
          ['registered', '2026-02-01'],
          ['first_reading', '2026-04-10'],
          ['adopted_as_whole', '2026-09-15'],
          ['signed', '2026-10-02'],
        ),
      ),
    ).toEqual([]);
    expect(
      stageProblems(stages(['registered', '2026-02-01'], ['adopted_as_whole', '2026-02-20'])),
    ).toEqual([]);
    expect(
      stageProblems(stages(['registered', '2026-02-01'], ['withdrawn', '2026-02-01'])),
    ).toEqual([]);
  });

  it.each([
    [
      'dates out of order',
      stages(['registered', '2026-03-01'], ['first_reading', '2026-02-01']),
      'в порядку дат',
    ],
    [
      'a stage twice',
      stages(
        ['registered', '2026-03-01'],
        ['first_reading', '2026-04-01'],
        ['first_reading', '2026-05-01'],
      ),
      'уже є',
    ],
    [
      'registration after another stage',
      stages(['first_reading', '2026-03-01'], ['registered', '2026-03-02']),
      'перший етап',
    ],
    [
      'a signature before adoption',
      stages(['registered', '2026-03-01'], ['signed', '2026-04-01']),
      'після прийняття в цілому',
    ],
    [
      'anything after rejection',
      stages(
        ['registered', '2026-03-01'],
        ['rejected', '2026-04-01'],
        ['first_reading', '2026-05-01'],
      ),
      'етапів немає',
    ],
  ])('refuse %s', (_what, list, message) => {
    const problems = stageProblems(list);
    expect(problems.map((p) => p.message).join(' ')).toContain(message);
    expect(problems.every((p) => p.index > 0)).toBe(true);
  });

  it('accept an adopted outcome only after adoption as a whole', () => {
    expect(outcomeProblem('adopted', stages(['registered', '2026-03-01']))).toMatch(
      /прийнято в цілому/,
    );
    expect(
      outcomeProblem(
        'partly',
        stages(['registered', '2026-03-01'], ['adopted_as_whole', '2026-06-01']),
      ),
    ).toBeNull();
    expect(outcomeProblem('not_adopted', [])).toBeNull();
  });

  it('are checked by the tracker schema, at the stage and with the bill number', () => {
    const result = legislativeTrackerSchema.safeParse({
      stages: [
        { stage: 'registered', date: '2026-03-01' },
        { stage: 'signed', date: '2026-04-01' },
      ],
      outcome: 'adopted',
    });
    expect(result.error?.issues.map((i) => i.path.join('.')).sort()).toEqual([
      'billNumber',
      'outcome',
      'stages.1',
    ]);
    expect(
      legislativeTrackerSchema.parse({
        billNumber: '№ 5655',
        stages: [{ stage: 'registered', date: '2026-03-01' }],
      }),
    ).toEqual({ billNumber: '5655', stages: [{ stage: 'registered', date: '2026-03-01' }] });
  });
});

describe('the 30-day tracker reminder', () => {
  it('falls 30 Kyiv calendar days after the recommendation was sent', () => {
    expect(nextTrackerReminder({ sentOn: '2026-12-15' })).toBe('2027-01-14');
    expect(nextTrackerReminder({ sentOn: '2026-01-31' })).toBe('2026-03-02');
  });

  it('counts from the latest news: a recorded stage or the last reminder', () => {
    expect(
      nextTrackerReminder({
        sentOn: '2026-01-10',
        stages: stages(['registered', '2026-02-20']),
        lastReminderOn: '2026-02-09',
      }),
    ).toBe('2026-03-22');
    expect(nextTrackerReminder({ sentOn: '2026-01-10', lastReminderOn: '2026-02-09' })).toBe(
      '2026-03-11',
    );
  });

  it('stops once the outcome is recorded', () => {
    expect(nextTrackerReminder({ sentOn: '2026-01-10', outcome: 'not_adopted' })).toBeNull();
    expect(trackerReminderDue({ sentOn: '2026-01-10', outcome: 'adopted' }, '2027-01-01')).toBe(
      false,
    );
  });

  it('is due from its day on, once after a long pause', () => {
    const tracker = { sentOn: '2026-01-10' };
    expect(trackerReminderDue(tracker, '2026-02-08')).toBe(false);
    expect(trackerReminderDue(tracker, '2026-02-09')).toBe(true);
    // Sent on 1 June after months of downtime: the next one is 30 days later, not at once.
    expect(trackerReminderDue({ ...tracker, lastReminderOn: '2026-06-01' }, '2026-06-02')).toBe(
      false,
    );
    expect(nextTrackerReminder({ ...tracker, lastReminderOn: '2026-06-01' })).toBe('2026-07-01');
  });
});

describe('closing a proposal sent to Parliament', () => {
  it('needs the outcome recorded', () => {
    expect(closingProblem(undefined)).toMatch(/Запишіть результат/);
    expect(closingProblem({})).toMatch(/Запишіть результат/);
    expect(closingProblem({ outcome: 'not_adopted' })).toBeNull();
  });
});
