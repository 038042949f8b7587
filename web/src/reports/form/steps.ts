import type { Problems } from '../../forms/problems.js';

/**
 * The report form's steps, each short on a phone, in the order they are asked, and which of
 * the form's fields each one holds (people's fields by their list). The check-your-answers
 * step (`review`) holds consent to publication and the submission.
 */
export const STEPS = [
  { id: 'what', fields: ['title', 'description', 'urgent', 'urgencyReason'] },
  { id: 'where', fields: ['incidentDate', 'regionCode', 'locality'] },
  { id: 'violator', fields: ['violator.kind', 'violator.name'] },
  { id: 'rights', fields: ['rights', 'area'] },
  { id: 'people', fields: ['victimsCount', 'vulnerableGroups', 'victims', 'witnesses'] },
  { id: 'files', fields: [] },
  { id: 'review', fields: ['consentToPublish'] },
] as const satisfies readonly { id: string; fields: readonly string[] }[];

export type StepId = (typeof STEPS)[number]['id'];

export const STEP_IDS: readonly StepId[] = STEPS.map((step) => step.id);

export function isStepId(value: string | null): value is StepId {
  return value !== null && (STEP_IDS as readonly string[]).includes(value);
}

/** The step a field is asked in (`victims.0.fullName` in `people`); null for none. */
export function stepOfField(field: string): StepId | null {
  const root = /^(victims|witnesses)\./.test(field) ? field.split('.')[0]! : field;
  return STEPS.find((step) => (step.fields as readonly string[]).includes(root))?.id ?? null;
}

/** The problems of one step's fields, in the form's order. */
export function stepProblems(problems: Problems, step: StepId): Problems {
  return Object.fromEntries(
    Object.entries(problems).filter(([field]) => stepOfField(field) === step),
  );
}

/** The first step, in the order of the form, that has a problem; null when none has. */
export function firstStepWithProblems(problems: Problems): StepId | null {
  return STEP_IDS.find((step) => Object.keys(stepProblems(problems, step)).length > 0) ?? null;
}

/** The step after this one (the last is the review). */
export function nextStep(step: StepId): StepId {
  return STEP_IDS[Math.min(STEP_IDS.indexOf(step) + 1, STEP_IDS.length - 1)]!;
}

export function previousStep(step: StepId): StepId | null {
  const index = STEP_IDS.indexOf(step);
  return index > 0 ? STEP_IDS[index - 1]! : null;
}

/** «Крок 2 з 7»: the step's position, counted from 1. */
export function stepPosition(step: StepId): { number: number; of: number } {
  return { number: STEP_IDS.indexOf(step) + 1, of: STEP_IDS.length };
}
