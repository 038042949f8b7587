/**
 * What the public statistics count of each kind of record: the few facts a trigger reads from
 * the document before and after a change. Dates are Kyiv calendar dates, `YYYY-MM-DD`.
 */
export interface ReportStatsFacts {
  regionCode: string;
  area: string;
  /** Set once the report is registered: before that it counts for nothing. */
  registeredOn?: string | undefined;
  /** The day of the decision, or of the refusal when `declined`. */
  decidedOn?: string | undefined;
  declined?: boolean | undefined;
  decisionForms?: readonly string[] | undefined;
  /** The response deadline in force when the decision was taken. */
  deadlineOn?: string | undefined;
}

export interface MeasureStatsFacts {
  type: string;
  date: string;
}

export interface ProposalStatsFacts {
  status: string;
  /** Set once submitted to a council: drafts count for nothing. */
  submittedOn?: string | undefined;
  /** The recommendation to Parliament, once sent, and its result once known. */
  parliament?: { sentOn: string; outcome?: RecommendationOutcome | undefined } | undefined;
}

/** The legislative result of a recommendation (LEGISLATIVE_OUTCOMES). */
export type RecommendationOutcome = 'adopted' | 'partly' | 'not_adopted';

export interface PublicationStatsFacts {
  kind: string;
  status: 'published' | 'retracted';
  publishedOn: string;
}

/** One change of one record: what the trigger of that collection sees. */
export type StatsChange =
  | { of: 'report'; before?: ReportStatsFacts | undefined; after?: ReportStatsFacts | undefined }
  | { of: 'measure'; before?: MeasureStatsFacts | undefined; after?: MeasureStatsFacts | undefined }
  | {
      of: 'proposal';
      before?: ProposalStatsFacts | undefined;
      after?: ProposalStatsFacts | undefined;
    }
  | {
      of: 'publication';
      before?: PublicationStatsFacts | undefined;
      after?: PublicationStatsFacts | undefined;
    };

/** Every record, for a recompute from scratch. */
export interface StatsRecords {
  reports: readonly ReportStatsFacts[];
  measures: readonly MeasureStatsFacts[];
  proposals: readonly ProposalStatsFacts[];
  publications: readonly PublicationStatsFacts[];
}
