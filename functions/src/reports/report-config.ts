import { defineInt } from 'firebase-functions/params';
import { DEFAULT_RESPONSE_TERM_DAYS } from '../domain/deadlines.js';
import type { RateLimitPolicy } from '../domain/rate-limit.js';

/** The response term, in calendar days (the statutory month, kept as 30 days). */
export const responseTermDays = defineInt('REPORT_RESPONSE_DAYS', {
  default: DEFAULT_RESPONSE_TERM_DAYS,
});
const submissionsPerOrgPerDay = defineInt('SUBMISSIONS_PER_ORG_PER_DAY', { default: 20 });

const DAY_MS = 24 * 60 * 60 * 1000;

/** Reports an organisation may submit in a Kyiv calendar day (windows start at Kyiv midnight, UTC+2). */
export function submissionPolicy(): RateLimitPolicy {
  return {
    scope: 'submissions-per-org',
    limit: submissionsPerOrgPerDay.value(),
    windowMs: DAY_MS,
    mode: 'fixed',
    offsetMs: -2 * 60 * 60 * 1000,
  };
}
