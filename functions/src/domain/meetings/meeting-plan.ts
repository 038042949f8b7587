import { kyivClock, kyivDate, kyivInstant } from '../kyiv-time.js';
import type { MeetingPlanInput } from '../schemas/meeting.schema.js';

/**
 * A meeting's plan as staff type it (a Kyiv date and time) and as it is stored (an instant):
 * the one conversion both ways, so that the form shows what was saved.
 */
export function startsAtOf(plan: Pick<MeetingPlanInput, 'date' | 'time'>): Date {
  return kyivInstant(plan.date, plan.time);
}

export function kyivDateTimeOf(startsAt: Date): { date: string; time: string } {
  return { date: kyivDate(startsAt), time: kyivClock(startsAt) };
}

/** Whether a plan's start has passed (a meeting in the past cannot be scheduled or moved there). */
export function startsInThePast(plan: Pick<MeetingPlanInput, 'date' | 'time'>, now: Date): boolean {
  return startsAtOf(plan).getTime() <= now.getTime();
}
