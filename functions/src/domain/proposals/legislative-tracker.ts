import { addCalendarDays } from '../kyiv-time.js';

/**
 * The legislative tracker: what became of a recommendation in Parliament. A bill passes
 * through dated stages; the outcome says whether the recommendation was adopted.
 */
export const BILL_STAGES = [
  'registered',
  'first_reading',
  'adopted_as_whole',
  'signed',
  'rejected',
  'withdrawn',
] as const;
export type BillStage = (typeof BILL_STAGES)[number];

export const BILL_STAGE_LABELS: Record<BillStage, { uk: string; en: string }> = {
  registered: { uk: 'Зареєстровано', en: 'Registered' },
  first_reading: { uk: 'Прийнято в першому читанні', en: 'Adopted in first reading' },
  adopted_as_whole: { uk: 'Прийнято в цілому', en: 'Adopted as a whole' },
  signed: { uk: 'Підписано', en: 'Signed' },
  rejected: { uk: 'Відхилено', en: 'Rejected' },
  withdrawn: { uk: 'Відкликано', en: 'Withdrawn' },
};

export const LEGISLATIVE_OUTCOMES = ['adopted', 'partly', 'not_adopted'] as const;
export type LegislativeOutcome = (typeof LEGISLATIVE_OUTCOMES)[number];

export const LEGISLATIVE_OUTCOME_LABELS: Record<LegislativeOutcome, { uk: string; en: string }> = {
  adopted: { uk: 'Рекомендацію враховано', en: 'Adopted' },
  partly: { uk: 'Рекомендацію враховано частково', en: 'Partly adopted' },
  not_adopted: { uk: 'Рекомендацію не враховано', en: 'Not adopted' },
};

export interface StageEntry {
  stage: BillStage;
  /** Kyiv calendar date, `YYYY-MM-DD`. */
  date: string;
}

const FINAL: readonly BillStage[] = ['rejected', 'withdrawn', 'signed'];

/** Why a stage cannot follow the ones recorded before it (see `stageRefusals`). */
export const STAGE_REFUSALS = [
  'out_of_order',
  'repeated',
  'registration_first',
  'signed_before_adoption',
  'after_final',
] as const;
export type StageRefusal = (typeof STAGE_REFUSALS)[number];

export const STAGE_REFUSAL_TEXT: Record<StageRefusal, { uk: string; en: string }> = {
  out_of_order: {
    uk: 'Етапи мають іти в порядку дат',
    en: 'Stages go in the order of their dates',
  },
  repeated: { uk: 'Такий етап уже є', en: 'This stage is already recorded' },
  registration_first: {
    uk: 'Реєстрація законопроєкту — перший етап',
    en: 'Registration is the first stage of a bill',
  },
  signed_before_adoption: {
    uk: 'Закон підписують після прийняття в цілому',
    en: 'A law is signed only after its adoption as a whole',
  },
  after_final: {
    uk: 'Після підписання, відхилення чи відкликання етапів немає',
    en: 'No stage follows the signature, rejection or withdrawal of a bill',
  },
};

/**
 * The state machine of a bill's stages: why `entry` cannot follow `previous` (empty when it
 * can), the most fundamental first. Nothing after a bill is signed, rejected or withdrawn;
 * each stage once, registration first, signature only after adoption as
 * a whole, dates in order. A bill may be adopted as a
 * whole without a separate first reading («за основу та в цілому»).
 */
export function stageRefusals(previous: readonly StageEntry[], entry: StageEntry): StageRefusal[] {
  const refusals: StageRefusal[] = [];
  const seen = new Set(previous.map((p) => p.stage));
  const last = previous.at(-1);
  if (FINAL.some((stage) => seen.has(stage))) refusals.push('after_final');
  if (seen.has(entry.stage)) refusals.push('repeated');
  if (entry.stage === 'registered' && previous.length > 0) refusals.push('registration_first');
  if (entry.stage === 'signed' && !seen.has('adopted_as_whole')) {
    refusals.push('signed_before_adoption');
  }
  if (last && entry.date < last.date) refusals.push('out_of_order');
  return refusals;
}

/** Why a list of stages cannot be a bill's history (each stage against those before it). */
export function stageProblems(stages: readonly StageEntry[]): { index: number; message: string }[] {
  return stages.flatMap((entry, index) =>
    stageRefusals(stages.slice(0, index), entry).map((refusal) => ({
      index,
      message:
        refusal === 'repeated'
          ? `Етап «${BILL_STAGE_LABELS[entry.stage].uk}» уже є`
          : STAGE_REFUSAL_TEXT[refusal].uk,
    })),
  );
}

/** Why an outcome does not fit the stages, or null. */
export function outcomeProblem(
  outcome: LegislativeOutcome,
  stages: readonly StageEntry[],
): string | null {
  const adopted = stages.some((s) => s.stage === 'adopted_as_whole');
  if (outcome !== 'not_adopted' && !adopted) {
    return 'Рекомендацію враховано лише тоді, коли закон прийнято в цілому';
  }
  return null;
}

/** Staff are reminded to check on the bill this many days after the last news of it. */
export const TRACKER_REMINDER_DAYS = 30;

/**
 * When staff are next reminded to follow a recommendation while its outcome is open: 30 days
 * (Kyiv calendar) after the latest of the day it was sent, the latest recorded stage and the
 * latest reminder. A recorded stage is news of the bill, so it restarts the count; after a
 * pause in the schedule (downtime) one reminder is due, not one per missed month.
 */
export function nextTrackerReminder(tracker: {
  sentOn: string;
  stages?: readonly StageEntry[] | undefined;
  lastReminderOn?: string | undefined;
  outcome?: LegislativeOutcome | undefined;
}): string | null {
  if (tracker.outcome) return null;
  const latest = [
    tracker.sentOn,
    tracker.lastReminderOn,
    ...(tracker.stages ?? []).map((s) => s.date),
  ]
    .filter((date): date is string => Boolean(date))
    .sort()
    .at(-1)!;
  return addCalendarDays(latest, TRACKER_REMINDER_DAYS);
}

/** Whether a reminder is due on this Kyiv day. */
export function trackerReminderDue(
  tracker: Parameters<typeof nextTrackerReminder>[0],
  today: string,
): boolean {
  const next = nextTrackerReminder(tracker);
  return next !== null && today >= next;
}

/** Why a proposal sent to Parliament cannot be closed yet, or null: its outcome must be known. */
export function closingProblem(
  tracker: { outcome?: LegislativeOutcome | undefined } | undefined,
): string | null {
  return tracker?.outcome
    ? null
    : 'Запишіть результат у парламенті (враховано, частково або не враховано), перш ніж закрити пропозицію';
}
