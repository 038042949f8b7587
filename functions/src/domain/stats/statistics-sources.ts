import { millisOf, type TimestampLike } from '../fields.js';
import { kyivDate } from '../kyiv-time.js';
import type { ReportFacts } from '../reports/statistics.js';
import type {
  MeasureStatsFacts,
  ProposalStatsFacts,
  PublicationStatsFacts,
  RecommendationOutcome,
  ReportStatsFacts,
} from './statistics-facts.js';

/**
 * The facts the public statistics read from a stored document, as plain data (a snapshot's
 * `data()`): the one place that knows which fields of a report, a measure, a proposal or a
 * public record count. The triggers and the recompute script both go through these, so they
 * cannot disagree on what a record contributes. A document missing what it takes to count
 * (a field of the wrong type included) contributes nothing.
 */
type StoredData = Record<string, unknown> | undefined;

function field(data: StoredData, path: string): unknown {
  let value: unknown = data;
  for (const key of path.split('.')) {
    if (value === null || typeof value !== 'object') return undefined;
    value = (value as Record<string, unknown>)[key];
  }
  return value;
}

/** The Kyiv calendar day of a stored timestamp, or undefined when there is none. */
function dayOf(data: StoredData, path: string): string | undefined {
  const value = field(data, path);
  if (value instanceof Date) return kyivDate(value);
  if (value && typeof (value as TimestampLike).toMillis === 'function')
    return kyivDate(new Date(millisOf(value as TimestampLike)));
  return undefined;
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const isoDateOf = (data: StoredData, path: string) => {
  const value = field(data, path);
  return typeof value === 'string' && ISO_DATE.test(value) ? value : undefined;
};
const stringOf = (data: StoredData, path: string) => {
  const value = field(data, path);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

/** A report counts once registered; its decision (or refusal) once taken. */
export function reportStatsFactsOf(data: StoredData): ReportStatsFacts | undefined {
  const regionCode = stringOf(data, 'regionCode');
  const area = stringOf(data, 'area');
  if (!data || !regionCode || !area) return undefined;
  const declined = field(data, 'status') === 'declined';
  const forms = field(data, 'decision.forms');
  return {
    regionCode,
    area,
    registeredOn: dayOf(data, 'registeredAt'),
    decidedOn: declined ? dayOf(data, 'declinedAt') : dayOf(data, 'decision.decidedAt'),
    declined,
    decisionForms: Array.isArray(forms)
      ? forms.filter((f): f is string => typeof f === 'string')
      : undefined,
    deadlineOn: dayOf(data, 'responseDeadline'),
  };
}

/**
 * The staff dashboard's facts of a report (domain/reports/statistics.ts): every stored report
 * counts, by its status, whatever it holds; a field of the wrong type counts as absent.
 */
export function dashboardReportFactsOf(data: StoredData): ReportFacts | undefined {
  if (!data) return undefined;
  const forms = field(data, 'decision.forms');
  return {
    status: String(field(data, 'status')),
    regionCode: String(field(data, 'regionCode')),
    area: String(field(data, 'area')),
    urgent: field(data, 'urgent') === true,
    registeredOn: dayOf(data, 'registeredAt'),
    decidedOn: dayOf(data, 'decision.decidedAt') ?? dayOf(data, 'declinedAt'),
    deadlineOn: dayOf(data, 'responseDeadline'),
    decisionForms: Array.isArray(forms)
      ? forms.filter((f): f is string => typeof f === 'string')
      : undefined,
  };
}

/** `reports/{id}/measures/{id}`: its type, in the year it was taken. */
export function measureStatsFactsOf(data: StoredData): MeasureStatsFacts | undefined {
  const type = stringOf(data, 'type');
  const date = isoDateOf(data, 'date');
  return type && date ? { type, date } : undefined;
}

const OUTCOMES: readonly RecommendationOutcome[] = ['adopted', 'partly', 'not_adopted'];

/**
 * A proposal's stage from its submission; its recommendation to Parliament (`recommendation`,
 * parliament.schema.ts) once sent, with the legislative result (`tracker.outcome`) once known.
 */
export function proposalStatsFactsOf(data: StoredData): ProposalStatsFacts | undefined {
  const status = stringOf(data, 'status');
  if (!data || !status) return undefined;
  const sentOn = isoDateOf(data, 'recommendation.sentOn');
  const outcome = field(data, 'tracker.outcome');
  return {
    status,
    submittedOn: dayOf(data, 'submittedAt'),
    parliament: sentOn
      ? {
          sentOn,
          outcome: OUTCOMES.includes(outcome as RecommendationOutcome)
            ? (outcome as RecommendationOutcome)
            : undefined,
        }
      : undefined,
  };
}

/** A public record: its kind, whether it is live, the day it was published. */
export function publicationStatsFactsOf(data: StoredData): PublicationStatsFacts | undefined {
  const publishedOn = dayOf(data, 'publishedAt');
  const kind = stringOf(data, 'kind');
  if (!publishedOn || !kind) return undefined;
  return {
    kind,
    status: field(data, 'status') === 'retracted' ? 'retracted' : 'published',
    publishedOn,
  };
}
