import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { medianOfHistogram } from '../reports/statistics.js';
import { applyIncrements, statsIncrements, type StatsIncrements } from './statistics-increments.js';
import {
  measureStatsFactsOf,
  proposalStatsFactsOf,
  publicationStatsFactsOf,
  dashboardReportFactsOf,
  reportStatsFactsOf,
} from './statistics-sources.js';
import { statisticsDocument, statisticsView } from './statistics-view.js';

/** A stored timestamp as the Admin SDK gives it (anything with toMillis). */
const at = (iso: string) => ({ toMillis: () => Date.parse(iso) });

describe('facts read from stored documents', () => {
  it('reads a registered and decided report in Kyiv days', () => {
    expect(
      reportStatsFactsOf({
        regionCode: 'UA-46',
        area: 'restoration',
        status: 'decided',
        // 23:30 UTC on 31 December is already 1 January in Kyiv.
        registeredAt: at('2026-12-31T23:30:00Z'),
        responseDeadline: at('2027-01-30T21:59:00Z'),
        decision: { forms: ['submission'], decidedAt: at('2027-01-10T09:00:00Z') },
      }),
    ).toEqual({
      regionCode: 'UA-46',
      area: 'restoration',
      registeredOn: '2027-01-01',
      decidedOn: '2027-01-10',
      declined: false,
      decisionForms: ['submission'],
      deadlineOn: '2027-01-30',
    });
  });

  it('takes the day of refusal for a declined report, and counts a draft as unregistered', () => {
    const declined = reportStatsFactsOf({
      regionCode: 'UA-30',
      area: 'prevention',
      status: 'declined',
      registeredAt: at('2026-03-01T10:00:00Z'),
      declinedAt: at('2026-03-05T10:00:00Z'),
    });
    expect(declined).toMatchObject({ declined: true, decidedOn: '2026-03-05' });
    const draft = reportStatsFactsOf({ regionCode: 'UA-30', area: 'prevention', status: 'draft' });
    expect(draft?.registeredOn).toBeUndefined();
    expect(statsIncrements({ of: 'report', after: draft }).size).toBe(0);
    expect(reportStatsFactsOf(undefined)).toBeUndefined();
    expect(reportStatsFactsOf({ area: 'prevention' })).toBeUndefined();
  });

  it('reads the dashboard’s facts of any stored report; a field of the wrong type is absent', () => {
    expect(
      dashboardReportFactsOf({
        status: 'declined',
        regionCode: 'UA-46',
        area: 'restoration',
        urgent: true,
        registeredAt: at('2026-12-31T23:30:00Z'),
        declinedAt: at('2027-01-04T10:00:00Z'),
        responseDeadline: at('2027-01-30T21:59:00Z'),
      }),
    ).toEqual({
      status: 'declined',
      regionCode: 'UA-46',
      area: 'restoration',
      urgent: true,
      registeredOn: '2027-01-01',
      decidedOn: '2027-01-04',
      deadlineOn: '2027-01-30',
      decisionForms: undefined,
    });
    const odd = dashboardReportFactsOf({
      status: 'decided',
      urgent: 'yes',
      registeredAt: '2026-01-01',
      decision: { forms: ['submission', 7], decidedAt: at('2026-02-01T10:00:00Z') },
    });
    expect(odd).toMatchObject({
      urgent: false,
      registeredOn: undefined,
      decidedOn: '2026-02-01',
      decisionForms: ['submission'],
    });
    expect(dashboardReportFactsOf(undefined)).toBeUndefined();
  });

  it('reads a measure by its date, and refuses one without a valid date', () => {
    expect(measureStatsFactsOf({ type: 'meeting', date: '2026-05-04' })).toEqual({
      type: 'meeting',
      date: '2026-05-04',
    });
    expect(measureStatsFactsOf({ type: 'meeting', date: '4.05.2026' })).toBeUndefined();
  });

  it('reads a proposal with its recommendation to Parliament and the legislative result', () => {
    const base = { status: 'sent_to_parliament', submittedAt: at('2026-02-01T08:00:00Z') };
    expect(proposalStatsFactsOf(base)).toEqual({
      status: 'sent_to_parliament',
      submittedOn: '2026-02-01',
      parliament: undefined,
    });
    expect(
      proposalStatsFactsOf({
        ...base,
        recommendation: { sentOn: '2026-03-02', outgoingNumber: '01-12/3456' },
        tracker: { stages: [], outcome: 'partly' },
      })?.parliament,
    ).toEqual({ sentOn: '2026-03-02', outcome: 'partly' });
    expect(
      proposalStatsFactsOf({
        ...base,
        recommendation: { sentOn: '2026-03-02' },
        tracker: { stages: [], outcome: 'unknown' },
      })?.parliament,
    ).toEqual({ sentOn: '2026-03-02', outcome: undefined });
  });

  it('reads a public record, live or retracted', () => {
    const record = { kind: 'proposal', status: 'published', publishedAt: at('2026-06-01T12:00Z') };
    expect(publicationStatsFactsOf(record)).toEqual({
      kind: 'proposal',
      status: 'published',
      publishedOn: '2026-06-01',
    });
    expect(publicationStatsFactsOf({ ...record, status: 'retracted' })?.status).toBe('retracted');
    expect(publicationStatsFactsOf({ kind: 'proposal' })).toBeUndefined();
  });
});

describe('the median kept incrementally', () => {
  it('equals the median of the decided reports, however they were registered and decided', () => {
    const decision = fc.record({
      registered: fc.integer({ min: 1, max: 28 }),
      days: fc.integer({ min: 0, max: 120 }),
    });
    fc.assert(
      fc.property(fc.array(decision, { minLength: 1, maxLength: 40 }), (decisions) => {
        const aggregates: StatsIncrements = new Map();
        for (const { registered, days } of decisions) {
          const registeredOn = `2026-01-${String(registered).padStart(2, '0')}`;
          const decidedOn = new Date(Date.parse(registeredOn) + days * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const after = { regionCode: 'UA-30', area: 'prevention', registeredOn, decidedOn };
          applyIncrements(aggregates, statsIncrements({ of: 'report', after }));
        }
        const sorted = decisions.map((d) => d.days).sort((a, b) => a - b);
        const middle = Math.floor(sorted.length / 2);
        const expected =
          sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1]! + sorted[middle]!) / 2;
        const view = statisticsView(statisticsDocument(aggregates.get('all')!));
        expect(view.medianDaysToDecision).toBe(expected);
        expect(medianOfHistogram(view.reports.daysToDecision)).toBe(expected);
      }),
      { numRuns: 200 },
    );
  });
});
