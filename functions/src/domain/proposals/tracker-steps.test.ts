import { describe, expect, it } from 'vitest';
import { legislativeTrackerSchema } from '../schemas/parliament.schema.js';
import { BILL_STAGES, type BillStage, type StageEntry } from './legislative-tracker.js';
import { recordOutcome, recordStage } from './tracker-steps.js';

const TODAY = '2026-12-04';
const history = (...stages: BillStage[]): StageEntry[] =>
  stages.map((stage, i) => ({ stage, date: `2026-0${i + 1}-15` }));
const tracker = (...stages: BillStage[]) => ({ billNumber: '5655', stages: history(...stages) });
const next = (stage: BillStage) => ({ stage, date: '2026-11-01' });
const code = (result: ReturnType<typeof recordStage>) =>
  result.ok
    ? 'ok'
    : `${result.error.code}:${(result.error.params as { refusal?: string } | undefined)?.refusal ?? ''}`;

/**
 * Every stage after every history a bill can have: which it takes, and why it refuses the rest.
 * `after` lists the stages recorded so far; the row gives the answer for each next stage.
 */
const MATRIX: [BillStage[], Record<BillStage, string>][] = [
  [
    [],
    {
      registered: 'ok',
      first_reading: 'ok',
      adopted_as_whole: 'ok',
      signed: 'PARLIAMENT.STAGE_REFUSED:signed_before_adoption',
      rejected: 'ok',
      withdrawn: 'ok',
    },
  ],
  [
    ['registered'],
    {
      registered: 'PARLIAMENT.STAGE_REFUSED:repeated',
      first_reading: 'ok',
      adopted_as_whole: 'ok',
      signed: 'PARLIAMENT.STAGE_REFUSED:signed_before_adoption',
      rejected: 'ok',
      withdrawn: 'ok',
    },
  ],
  [
    ['registered', 'first_reading'],
    {
      registered: 'PARLIAMENT.STAGE_REFUSED:repeated',
      first_reading: 'PARLIAMENT.STAGE_REFUSED:repeated',
      adopted_as_whole: 'ok',
      signed: 'PARLIAMENT.STAGE_REFUSED:signed_before_adoption',
      rejected: 'ok',
      withdrawn: 'ok',
    },
  ],
  [
    ['registered', 'first_reading', 'adopted_as_whole'],
    {
      registered: 'PARLIAMENT.STAGE_REFUSED:repeated',
      first_reading: 'PARLIAMENT.STAGE_REFUSED:repeated',
      adopted_as_whole: 'PARLIAMENT.STAGE_REFUSED:repeated',
      signed: 'ok',
      rejected: 'ok',
      withdrawn: 'ok',
    },
  ],
  ...(['signed', 'rejected', 'withdrawn'] as const).map(
    (final): [BillStage[], Record<BillStage, string>] => [
      final === 'signed' ? ['registered', 'adopted_as_whole', 'signed'] : ['registered', final],
      Object.fromEntries(
        BILL_STAGES.map((stage) => [stage, 'PARLIAMENT.STAGE_REFUSED:after_final']),
      ) as Record<BillStage, string>,
    ],
  ),
];

describe('the bill’s stages as a state machine', () => {
  it.each(MATRIX)('after %j', (after, answers) => {
    for (const stage of BILL_STAGES) {
      const result = recordStage(tracker(...after), next(stage), TODAY);
      expect(code(result), `${stage} after ${after.join(', ')}`).toBe(answers[stage]);
      if (result.ok) {
        expect(result.value.stages.at(-1)).toEqual(next(stage));
        // What the step gives is a tracker its schema accepts.
        expect(legislativeTrackerSchema.safeParse(result.value).success).toBe(true);
      }
    }
  });

  it('refuses a date before the last stage’s and a date still to come', () => {
    const early = recordStage(
      tracker('registered', 'first_reading'),
      { stage: 'adopted_as_whole', date: '2026-01-01' },
      TODAY,
    );
    expect(code(early)).toBe('PARLIAMENT.STAGE_REFUSED:out_of_order');
    const future = recordStage(
      tracker('registered'),
      { stage: 'first_reading', date: '2026-12-05' },
      TODAY,
    );
    expect(code(future)).toBe('PARLIAMENT.DATE_IN_FUTURE:');
    // Today itself, and the same day as the last stage, are fine.
    expect(
      code(recordStage(tracker('registered'), { stage: 'withdrawn', date: '2026-01-15' }, TODAY)),
    ).toBe('ok');
    expect(
      code(recordStage(tracker('registered'), { stage: 'first_reading', date: TODAY }, TODAY)),
    ).toBe('ok');
  });

  it('needs the bill number with the first stage, and keeps it afterwards', () => {
    expect(code(recordStage(undefined, next('registered'), TODAY))).toBe(
      'PARLIAMENT.BILL_NUMBER_REQUIRED:',
    );
    const first = recordStage(
      { stages: [] },
      { ...next('registered'), billNumber: '5655-1' },
      TODAY,
    );
    expect(first.ok && first.value.billNumber).toBe('5655-1');
    const second =
      first.ok &&
      recordStage(first.value, { stage: 'first_reading', date: TODAY, note: 'За основу' }, TODAY);
    expect(second && second.ok && second.value).toEqual({
      billNumber: '5655-1',
      stages: [next('registered'), { stage: 'first_reading', date: TODAY, note: 'За основу' }],
    });
  });

  it('says the refusal in both languages, naming the stage', () => {
    const result = recordStage(tracker('registered', 'rejected'), next('first_reading'), TODAY);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.message).toContain('Прийнято в першому читанні');
    expect(result.error.messageEn).toContain('Adopted in first reading');
  });
});

describe('the outcome', () => {
  it.each([
    ['adopted', [], false],
    ['partly', ['registered'], false],
    ['adopted', ['registered', 'adopted_as_whole'], true],
    ['partly', ['registered', 'adopted_as_whole', 'signed'], true],
    ['not_adopted', [], true],
    ['not_adopted', ['registered', 'rejected'], true],
  ] as const)('%s after %j: accepted %s', (outcome, stages, accepted) => {
    const result = recordOutcome(tracker(...stages), outcome, 'Враховано у статті 9.');
    expect(result.ok).toBe(accepted);
    if (result.ok) {
      expect(result.value).toMatchObject({ outcome, outcomeNote: 'Враховано у статті 9.' });
      expect(legislativeTrackerSchema.safeParse(result.value).success).toBe(true);
    } else {
      expect(result.error.code).toBe('PARLIAMENT.OUTCOME_WITHOUT_ADOPTION');
    }
  });

  it('leaves out an empty note', () => {
    const result = recordOutcome(undefined, 'not_adopted', undefined);
    expect(result.ok && result.value).toEqual({ stages: [], outcome: 'not_adopted' });
  });
});
