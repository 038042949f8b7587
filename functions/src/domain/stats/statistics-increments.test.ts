import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type {
  MeasureStatsFacts,
  ProposalStatsFacts,
  PublicationStatsFacts,
  ReportStatsFacts,
  StatsChange,
} from './statistics-facts.js';
import {
  applyIncrements,
  recompute,
  statsIncrements,
  type StatsIncrements,
} from './statistics-increments.js';
import { countersOf, statisticsDocument, statisticsView } from './statistics-view.js';

const registered: ReportStatsFacts = {
  regionCode: 'UA-46',
  area: 'restoration',
  registeredOn: '2026-12-20',
  deadlineOn: '2027-01-19',
};
const decided: ReportStatsFacts = {
  ...registered,
  decidedOn: '2027-01-10',
  decisionForms: ['submission', 'proceedings'],
};
const asObject = (increments: StatsIncrements) => Object.fromEntries(increments);

describe('increments of each event', () => {
  it('counts nothing for a draft report', () => {
    const draft = { regionCode: 'UA-46', area: 'restoration' };
    expect(statsIncrements({ of: 'report', before: undefined, after: draft }).size).toBe(0);
  });

  it('counts a registration in its year and in all years: region, area, month', () => {
    const counters = {
      'reports.received': 1,
      'reports.byRegion.UA-46': 1,
      'reports.byArea.restoration': 1,
      'reports.byMonth.2026-12': 1,
    };
    expect(asObject(statsIncrements({ of: 'report', after: registered }))).toEqual({
      all: counters,
      '2026': counters,
    });
  });

  it('counts a decision in the year it was taken: forms, days, the term', () => {
    const counters = {
      'reports.decided': 1,
      'reports.decisionsByForm.submission': 1,
      'reports.decisionsByForm.proceedings': 1,
      'reports.daysToDecision.21': 1,
      'reports.withinTerm': 1,
    };
    expect(asObject(statsIncrements({ of: 'report', before: registered, after: decided }))).toEqual(
      {
        all: counters,
        '2027': counters,
      },
    );
  });

  it('counts a refusal as a decision without forms, and a late one after the term', () => {
    const declined = { ...registered, decidedOn: '2027-02-01', declined: true };
    expect(
      statsIncrements({ of: 'report', before: registered, after: declined }).get('2027'),
    ).toEqual({
      'reports.declined': 1,
      'reports.daysToDecision.43': 1,
      'reports.afterTerm': 1,
    });
  });

  it('counts nothing for a change that moves no counter', () => {
    expect(statsIncrements({ of: 'report', before: decided, after: { ...decided } }).size).toBe(0);
  });

  it('counts a measure by type in its year', () => {
    const measure: MeasureStatsFacts = { type: 'submission_sent', date: '2026-05-02' };
    expect(statsIncrements({ of: 'measure', after: measure }).get('2026')).toEqual({
      'measures.total': 1,
      'measures.byType.submission_sent': 1,
    });
  });

  it('moves a proposal from one stage to the next', () => {
    const before: ProposalStatsFacts = { status: 'endorsed', submittedOn: '2026-03-01' };
    expect(
      statsIncrements({ of: 'proposal', before, after: { ...before, status: 'scheduled' } }).get(
        '2026',
      ),
    ).toEqual({ 'proposals.byStage.endorsed': -1, 'proposals.byStage.scheduled': 1 });
  });

  it('counts a recommendation when sent and its result in the year it was sent', () => {
    const sent: ProposalStatsFacts = {
      status: 'sent_to_parliament',
      submittedOn: '2025-11-01',
      parliament: { sentOn: '2026-02-10' },
    };
    expect(
      statsIncrements({
        of: 'proposal',
        before: { ...sent, parliament: undefined, status: 'recommended' },
        after: sent,
      }).get('2026'),
    ).toEqual({
      'recommendations.sent': 1,
    });
    const partly = { ...sent, parliament: { sentOn: '2026-02-10', outcome: 'partly' as const } };
    expect(asObject(statsIncrements({ of: 'proposal', before: sent, after: partly }))).toEqual({
      all: { 'recommendations.byOutcome.partly': 1 },
      '2026': { 'recommendations.byOutcome.partly': 1 },
    });
    const corrected = {
      ...sent,
      parliament: { sentOn: '2026-02-10', outcome: 'adopted' as const },
    };
    expect(
      statsIncrements({ of: 'proposal', before: partly, after: corrected }).get('all'),
    ).toEqual({ 'recommendations.byOutcome.partly': -1, 'recommendations.byOutcome.adopted': 1 });
  });

  it('moves a retracted publication out of the live count', () => {
    const live: PublicationStatsFacts = {
      kind: 'proposal',
      status: 'published',
      publishedOn: '2026-04-01',
    };
    expect(
      statsIncrements({
        of: 'publication',
        before: live,
        after: { ...live, status: 'retracted' },
      }).get('all'),
    ).toEqual({
      'publications.live': -1,
      'publications.byKind.proposal': -1,
      'publications.retracted': 1,
    });
  });
});

describe('the aggregate documents', () => {
  it('read through their schema, with derived median, share within term and awaiting results', () => {
    const aggregates = recompute({
      reports: [
        decided,
        { ...registered, decidedOn: '2027-01-02', deadlineOn: '2027-01-19' },
        {
          ...registered,
          registeredOn: '2027-01-01',
          decidedOn: '2027-03-01',
          deadlineOn: '2027-01-31',
        },
      ],
      measures: [],
      proposals: [
        {
          status: 'sent_to_parliament',
          submittedOn: '2026-01-01',
          parliament: { sentOn: '2027-01-05' },
        },
      ],
      publications: [],
    });
    const view = statisticsView(statisticsDocument(aggregates.get('2027')!));
    expect(view.reports.decided).toBe(3);
    expect(view.medianDaysToDecision).toBe(21);
    expect(view.shareWithinTerm).toBeCloseTo(2 / 3);
    expect(view.recommendationsAwaiting).toBe(1);
    expect(view.measures).toEqual({ total: 0, byType: {} });
    expect(countersOf(statisticsDocument(aggregates.get('2027')!))).toEqual(aggregates.get('2027'));
  });
});

const day = fc
  .tuple(
    fc.integer({ min: 2025, max: 2027 }),
    fc.integer({ min: 1, max: 12 }),
    fc.integer({ min: 1, max: 28 }),
  )
  .map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`);
const opt = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });

const report: fc.Arbitrary<ReportStatsFacts> = fc.record({
  regionCode: fc.constantFrom('UA-30', 'UA-46', 'UA-63'),
  area: fc.constantFrom('prevention', 'restoration'),
  registeredOn: opt(day),
  decidedOn: opt(day),
  declined: opt(fc.boolean()),
  decisionForms: opt(fc.subarray(['submission', 'court', 'referral'])),
  deadlineOn: opt(day),
});
const measure: fc.Arbitrary<MeasureStatsFacts> = fc.record({
  type: fc.constantFrom('submission_sent', 'meeting', 'other'),
  date: day,
});
const proposal: fc.Arbitrary<ProposalStatsFacts> = fc.record({
  status: fc.constantFrom('submitted', 'endorsed', 'sent_to_parliament', 'closed'),
  submittedOn: opt(day),
  parliament: opt(
    fc.record({
      sentOn: day,
      outcome: opt(fc.constantFrom('adopted' as const, 'partly' as const, 'not_adopted' as const)),
    }),
  ),
});
const publication: fc.Arbitrary<PublicationStatsFacts> = fc.record({
  kind: fc.constantFrom('proposal', 'ngo_activity'),
  status: fc.constantFrom('published' as const, 'retracted' as const),
  publishedOn: day,
});

/** An event: record `slot` of a kind becomes `facts` (or is deleted when undefined). */
const event = fc.oneof(
  fc.record({ of: fc.constant('report' as const), slot: fc.nat(5), facts: opt(report) }),
  fc.record({ of: fc.constant('measure' as const), slot: fc.nat(5), facts: opt(measure) }),
  fc.record({ of: fc.constant('proposal' as const), slot: fc.nat(5), facts: opt(proposal) }),
  fc.record({ of: fc.constant('publication' as const), slot: fc.nat(5), facts: opt(publication) }),
);

describe('increments against a recompute', () => {
  it('folding the increments of any event sequence equals recomputing from the records', () => {
    fc.assert(
      fc.property(fc.array(event, { maxLength: 80 }), (events) => {
        const records = new Map<string, unknown>();
        const folded: StatsIncrements = new Map();
        for (const { of, slot, facts } of events) {
          const key = `${of}/${slot}`;
          const change = { of, before: records.get(key), after: facts } as StatsChange;
          applyIncrements(folded, statsIncrements(change));
          if (facts === undefined) records.delete(key);
          else records.set(key, facts);
        }
        const of = <T>(kind: string) =>
          [...records].filter(([key]) => key.startsWith(`${kind}/`)).map(([, facts]) => facts as T);
        const recomputed = recompute({
          reports: of<ReportStatsFacts>('report'),
          measures: of<MeasureStatsFacts>('measure'),
          proposals: of<ProposalStatsFacts>('proposal'),
          publications: of<PublicationStatsFacts>('publication'),
        });
        expect(folded).toEqual(recomputed);
        for (const counters of recomputed.values())
          for (const value of Object.values(counters)) expect(value).toBeGreaterThan(0);
      }),
      { numRuns: 300 },
    );
  });
});
