import { calendarDaysBetween } from '../kyiv-time.js';
import type {
  MeasureStatsFacts,
  ProposalStatsFacts,
  PublicationStatsFacts,
  ReportStatsFacts,
  StatsChange,
  StatsRecords,
} from './statistics-facts.js';

/**
 * The public statistics live in a few aggregate documents, so the statistics page costs at
 * most two reads whatever the number of records: `stats/all` (every year) and `stats/{year}` (one per
 * year, e.g. `stats/2026`). Each holds counters under dotted paths, which a trigger moves
 * with `FieldValue.increment`; nothing is ever reread to keep them.
 *
 * Each record contributes a fixed set of counters; a change adds what the record contributes
 * after it and takes away what it contributed before, so corrections, reversals and deletions
 * need no special case, and a recompute from the records is the sum of the contributions.
 *
 * What counts in which year: a report in the year it was registered (received, by region,
 * area and month) and in the year it was decided (decisions, forms, days, the term); a
 * measure in the year it was taken; a proposal's stage in the year it was submitted; a
 * recommendation and its result in the year it was sent; a publication in the year it was
 * published.
 */
export type Counters = Record<string, number>;
/** Counters per aggregate document id (`all`, `2026`, …). */
export type StatsIncrements = Map<string, Counters>;

export const ALL_YEARS_DOC = 'all';
const yearOf = (isoDate: string) => isoDate.slice(0, 4);

class Contribution {
  readonly docs: StatsIncrements = new Map();
  add(isoDate: string, path: string, by = 1) {
    for (const doc of [ALL_YEARS_DOC, yearOf(isoDate)]) {
      const counters = this.docs.get(doc) ?? {};
      counters[path] = (counters[path] ?? 0) + by;
      this.docs.set(doc, counters);
    }
  }
}

function reportContribution(report: ReportStatsFacts, into: Contribution) {
  const { registeredOn, decidedOn } = report;
  if (!registeredOn) return;
  into.add(registeredOn, 'reports.received');
  into.add(registeredOn, `reports.byRegion.${report.regionCode}`);
  into.add(registeredOn, `reports.byArea.${report.area}`);
  into.add(registeredOn, `reports.byMonth.${registeredOn.slice(0, 7)}`);
  if (!decidedOn) return;
  into.add(decidedOn, report.declined ? 'reports.declined' : 'reports.decided');
  if (!report.declined)
    for (const form of report.decisionForms ?? [])
      into.add(decidedOn, `reports.decisionsByForm.${form}`);
  const days = Math.max(0, calendarDaysBetween(registeredOn, decidedOn));
  into.add(decidedOn, `reports.daysToDecision.${days}`);
  if (report.deadlineOn)
    into.add(
      decidedOn,
      decidedOn <= report.deadlineOn ? 'reports.withinTerm' : 'reports.afterTerm',
    );
}

function measureContribution(measure: MeasureStatsFacts, into: Contribution) {
  into.add(measure.date, 'measures.total');
  into.add(measure.date, `measures.byType.${measure.type}`);
}

function proposalContribution(proposal: ProposalStatsFacts, into: Contribution) {
  if (proposal.submittedOn) {
    into.add(proposal.submittedOn, 'proposals.submitted');
    into.add(proposal.submittedOn, `proposals.byStage.${proposal.status}`);
  }
  const sent = proposal.parliament;
  if (!sent) return;
  into.add(sent.sentOn, 'recommendations.sent');
  if (sent.outcome) into.add(sent.sentOn, `recommendations.byOutcome.${sent.outcome}`);
}

function publicationContribution(publication: PublicationStatsFacts, into: Contribution) {
  if (publication.status === 'retracted') {
    into.add(publication.publishedOn, 'publications.retracted');
    return;
  }
  into.add(publication.publishedOn, 'publications.live');
  into.add(publication.publishedOn, `publications.byKind.${publication.kind}`);
}

function contribute(change: StatsChange, side: 'before' | 'after', into: Contribution) {
  switch (change.of) {
    case 'report':
      if (change[side]) reportContribution(change[side], into);
      return;
    case 'measure':
      if (change[side]) measureContribution(change[side], into);
      return;
    case 'proposal':
      if (change[side]) proposalContribution(change[side], into);
      return;
    case 'publication':
      if (change[side]) publicationContribution(change[side], into);
  }
}

/**
 * What one change of one record moves, per aggregate document: registering or deciding a
 * report, recording a measure, a proposal's change of stage, a recommendation's result, a
 * publication or its retraction. Zero counters and untouched documents are left out, so a
 * write that changes nothing counted costs no write.
 */
export function statsIncrements(change: StatsChange): StatsIncrements {
  const before = new Contribution();
  const after = new Contribution();
  contribute(change, 'before', before);
  contribute(change, 'after', after);
  const result: StatsIncrements = new Map();
  for (const doc of new Set([...before.docs.keys(), ...after.docs.keys()])) {
    const delta: Counters = {};
    const was = before.docs.get(doc) ?? {};
    const is = after.docs.get(doc) ?? {};
    for (const path of new Set([...Object.keys(was), ...Object.keys(is)])) {
      const by = (is[path] ?? 0) - (was[path] ?? 0);
      if (by !== 0) delta[path] = by;
    }
    if (Object.keys(delta).length > 0) result.set(doc, delta);
  }
  return result;
}

/** Adds increments into aggregates, as `FieldValue.increment` does (zeros dropped). */
export function applyIncrements(aggregates: StatsIncrements, increments: StatsIncrements) {
  for (const [doc, delta] of increments) {
    const counters = aggregates.get(doc) ?? {};
    for (const [path, by] of Object.entries(delta)) {
      const value = (counters[path] ?? 0) + by;
      if (value === 0) delete counters[path];
      else counters[path] = value;
    }
    if (Object.keys(counters).length === 0) aggregates.delete(doc);
    else aggregates.set(doc, counters);
  }
  return aggregates;
}

/** The aggregates computed from the records themselves, to repair drift. */
export function recompute(records: StatsRecords): StatsIncrements {
  const aggregates: StatsIncrements = new Map();
  const changes: StatsChange[] = [
    ...records.reports.map((after) => ({ of: 'report' as const, after })),
    ...records.measures.map((after) => ({ of: 'measure' as const, after })),
    ...records.proposals.map((after) => ({ of: 'proposal' as const, after })),
    ...records.publications.map((after) => ({ of: 'publication' as const, after })),
  ];
  for (const change of changes) applyIncrements(aggregates, statsIncrements(change));
  return aggregates;
}
