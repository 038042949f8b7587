import { onSchedule } from 'firebase-functions/scheduler';
import { lazy } from '../shared/lazy.js';

/** Daily, just after midnight in Kyiv: memberships whose last day has passed become history. */
export const expireCouncilMemberships = onSchedule(
  { schedule: 'every day 00:15', timeZone: 'Europe/Kyiv' },
  lazy(() => import('./expire-memberships.handler.js'), 'runMembershipExpiry'),
);
