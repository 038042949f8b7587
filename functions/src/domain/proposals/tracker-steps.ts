import { domainError, fail, ok, type Result } from '../errors.js';
import type { LegislativeTracker } from '../schemas/parliament.schema.js';
import {
  BILL_STAGE_LABELS,
  outcomeProblem,
  stageRefusals,
  type BillStage,
  type LegislativeOutcome,
} from './legislative-tracker.js';

/** A stage staff record, with the bill number when it is first given (or corrected). */
export interface StageStep {
  billNumber?: string | undefined;
  stage: BillStage;
  /** Kyiv calendar date, `YYYY-MM-DD`. */
  date: string;
  note?: string | undefined;
}

export const EMPTY_TRACKER: LegislativeTracker = { stages: [] };

const withoutEmpty = <T extends object>(value: T): T =>
  Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined && v !== '')) as T;

/**
 * The tracker after a stage is recorded, or why it cannot be: the bill must have a number, the
 * date must have come (`today`, Kyiv), and the stage must follow those recorded
 * (`stageRefusals`). A bill may have been registered before the recommendation was sent (the
 * Commissioner often recommends changes to a bill already before the Rada), so a date before
 * the sending is accepted.
 */
export function recordStage(
  tracker: LegislativeTracker | undefined,
  step: StageStep,
  today: string,
): Result<LegislativeTracker> {
  const current = tracker ?? EMPTY_TRACKER;
  const billNumber = step.billNumber ?? current.billNumber;
  if (!billNumber) return fail(domainError('PARLIAMENT.BILL_NUMBER_REQUIRED'));
  if (step.date > today) return fail(domainError('PARLIAMENT.DATE_IN_FUTURE'));
  const entry = withoutEmpty({ stage: step.stage, date: step.date, note: step.note });
  const [refusal] = stageRefusals(current.stages, entry);
  if (refusal) {
    return fail(
      domainError('PARLIAMENT.STAGE_REFUSED', { refusal, stage: BILL_STAGE_LABELS[step.stage] }),
    );
  }
  return ok({ ...current, billNumber, stages: [...current.stages, entry] });
}

/**
 * The tracker with its outcome, which closes the proposal: an adopted or partly adopted
 * recommendation needs the law adopted as a whole among the stages.
 */
export function recordOutcome(
  tracker: LegislativeTracker | undefined,
  outcome: LegislativeOutcome,
  note: string | undefined,
): Result<LegislativeTracker> {
  const current = tracker ?? EMPTY_TRACKER;
  if (outcomeProblem(outcome, current.stages)) {
    return fail(domainError('PARLIAMENT.OUTCOME_WITHOUT_ADOPTION'));
  }
  return ok(withoutEmpty({ ...current, outcome, outcomeNote: note }));
}
