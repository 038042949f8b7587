import { describe, expect, it } from 'vitest';
import {
  medianOfHistogram,
  publicStatsIncrements,
  regionStatsIncrements,
  type ReportFacts,
} from './statistics.js';

const draft: ReportFacts = { status: 'draft', regionCode: 'UA-46', area: 'housing', urgent: false };
const submitted: ReportFacts = { ...draft, status: 'submitted' };
const registered: ReportFacts = {
  ...draft,
  status: 'registered',
  registeredOn: '2026-03-02',
  deadlineOn: '2026-04-01',
};
const inReview: ReportFacts = { ...registered, status: 'in_review' };
const decided = (decidedOn: string, decisionForms?: string[]): ReportFacts => ({
  ...inReview,
  status: 'decided',
  decidedOn,
  decisionForms,
});

describe('publicStatsIncrements', () => {
  it('counts drafts and submissions for nothing', () => {
    expect(publicStatsIncrements(undefined, draft)).toEqual({});
    expect(publicStatsIncrements(draft, { ...draft, area: 'children' })).toEqual({});
    expect(publicStatsIncrements(draft, submitted)).toEqual({});
    expect(publicStatsIncrements(submitted, draft)).toEqual({});
    expect(publicStatsIncrements(draft, undefined)).toEqual({});
  });

  it('counts a registration once: received, by year, region, area and status', () => {
    expect(publicStatsIncrements(submitted, registered)).toEqual({
      'reports.received': 1,
      'reports.byYear.2026': 1,
      'reports.byRegion.UA-46': 1,
      'reports.byArea.housing': 1,
      'reports.byStatus.registered': 1,
    });
    // A later write of the registered report (a title, an assignee) counts nothing more.
    expect(publicStatsIncrements(registered, { ...registered })).toEqual({});
  });

  it('takes the year of registration from the Kyiv date', () => {
    expect(
      publicStatsIncrements(submitted, { ...registered, registeredOn: '2027-01-01' }),
    ).toMatchObject({ 'reports.byYear.2027': 1 });
  });

  it('moves a status change from one byStatus to the other, and nothing else', () => {
    expect(publicStatsIncrements(registered, inReview)).toEqual({
      'reports.byStatus.registered': -1,
      'reports.byStatus.in_review': 1,
    });
    expect(publicStatsIncrements(inReview, { ...registered, status: 'withdrawn' })).toEqual({
      'reports.byStatus.in_review': -1,
      'reports.byStatus.withdrawn': 1,
    });
  });

  it('counts a decision: its forms, the days to it and the deadline met', () => {
    expect(
      publicStatsIncrements(inReview, decided('2026-03-12', ['recommendation', 'submission'])),
    ).toEqual({
      'reports.byStatus.in_review': -1,
      'reports.byStatus.decided': 1,
      'reports.decided': 1,
      'reports.decisionsByForm.recommendation': 1,
      'reports.decisionsByForm.submission': 1,
      'reports.daysToDecisionTotal': 10,
      'reports.deadlinesMet': 1,
    });
  });

  it('counts a decision on the deadline day as met, the day after as missed', () => {
    expect(publicStatsIncrements(inReview, decided('2026-04-01'))).toMatchObject({
      'reports.deadlinesMet': 1,
    });
    const late = publicStatsIncrements(inReview, decided('2026-04-02'));
    expect(late).toMatchObject({ 'reports.deadlinesMissed': 1, 'reports.daysToDecisionTotal': 31 });
    expect(late['reports.deadlinesMet']).toBeUndefined();
  });

  it('counts a refusal to consider as declined, not decided', () => {
    const declined: ReportFacts = { ...registered, status: 'declined', decidedOn: '2026-03-02' };
    expect(publicStatsIncrements(registered, declined)).toEqual({
      'reports.byStatus.registered': -1,
      'reports.byStatus.declined': 1,
      'reports.declined': 1,
      'reports.daysToDecisionTotal': 0,
      'reports.deadlinesMet': 1,
    });
  });

  it('counts no deadline without one, and never negative days', () => {
    const noDeadline: ReportFacts = { ...inReview, deadlineOn: undefined };
    const increments = publicStatsIncrements(noDeadline, {
      ...noDeadline,
      status: 'decided',
      decidedOn: '2026-03-01',
    });
    expect(increments['reports.daysToDecisionTotal']).toBe(0);
    expect(increments['reports.deadlinesMet']).toBeUndefined();
    expect(increments['reports.deadlinesMissed']).toBeUndefined();
  });

  it('counts a decision once: later changes of a decided report do not count it again', () => {
    const first = decided('2026-03-12');
    expect(publicStatsIncrements(first, { ...first, status: 'closed' })).toEqual({
      'reports.byStatus.decided': -1,
      'reports.byStatus.closed': 1,
    });
    expect(publicStatsIncrements(first, decided('2026-03-20'))).toEqual({});
  });
});

describe('regionStatsIncrements', () => {
  it('counts drafts, submissions and unchanged reports for nothing', () => {
    expect(regionStatsIncrements(undefined, draft).size).toBe(0);
    expect(regionStatsIncrements(draft, submitted).size).toBe(0);
    expect(regionStatsIncrements(inReview, { ...inReview }).size).toBe(0);
  });

  it('opens the backlog at registration and moves it with the status', () => {
    expect(regionStatsIncrements(submitted, registered)).toEqual(
      new Map([['UA-46', { 'open.registered': 1 }]]),
    );
    expect(regionStatsIncrements(registered, inReview)).toEqual(
      new Map([['UA-46', { 'open.registered': -1, 'open.in_review': 1 }]]),
    );
    expect(regionStatsIncrements(inReview, { ...inReview, status: 'info_requested' })).toEqual(
      new Map([['UA-46', { 'open.in_review': -1, 'open.info_requested': 1 }]]),
    );
  });

  it('keeps urgent open reports apart, and lets them go when they close', () => {
    const urgent: ReportFacts = { ...registered, urgent: true };
    expect(regionStatsIncrements({ ...submitted, urgent: true }, urgent)).toEqual(
      new Map([['UA-46', { 'open.registered': 1, urgentOpen: 1 }]]),
    );
    // The same status both sides: only the urgency moves.
    expect(regionStatsIncrements(registered, urgent)).toEqual(
      new Map([['UA-46', { urgentOpen: 1 }]]),
    );
    expect(regionStatsIncrements(urgent, { ...urgent, status: 'withdrawn' })).toEqual(
      new Map([['UA-46', { 'open.registered': -1, urgentOpen: -1 }]]),
    );
  });

  it('counts a decided report as open until it is closed, with its days to decision', () => {
    expect(regionStatsIncrements(inReview, decided('2026-03-12'))).toEqual(
      new Map([['UA-46', { 'open.in_review': -1, 'open.decided': 1, 'daysToDecision.10': 1 }]]),
    );
    const first = decided('2026-03-12');
    expect(regionStatsIncrements(first, { ...first, status: 'closed' })).toEqual(
      new Map([['UA-46', { 'open.decided': -1 }]]),
    );
  });

  it('closes the backlog on a refusal to consider, counting its days', () => {
    expect(
      regionStatsIncrements(registered, {
        ...registered,
        status: 'declined',
        decidedOn: '2026-03-05',
      }),
    ).toEqual(new Map([['UA-46', { 'open.registered': -1, 'daysToDecision.3': 1 }]]));
  });

  it('moves an open report from one region to another', () => {
    expect(
      regionStatsIncrements(inReview, { ...inReview, regionCode: 'UA-30', urgent: true }),
    ).toEqual(
      new Map([
        ['UA-46', { 'open.in_review': -1 }],
        ['UA-30', { 'open.in_review': 1, urgentOpen: 1 }],
      ]),
    );
  });
});

describe('medianOfHistogram', () => {
  it('finds the middle value, or the mean of the two middle ones', () => {
    expect(medianOfHistogram({ '2': 3 })).toBe(2);
    expect(medianOfHistogram({ '1': 1, '2': 1, '10': 1 })).toBe(2);
    expect(medianOfHistogram({ '1': 1, '3': 1 })).toBe(2);
    expect(medianOfHistogram({ '10': 2, '4': 1, '30': 1 })).toBe(10);
    expect(medianOfHistogram({ '0': 2, '5': 0 })).toBe(0);
  });

  it('is null without counts', () => {
    expect(medianOfHistogram({})).toBeNull();
    expect(medianOfHistogram({ '3': 0 })).toBeNull();
  });
});
