import { defineInt } from 'firebase-functions/params';
import { DEFAULT_RESPONSE_TERM_DAYS } from '../domain/deadlines.js';
import { submissionsPerOrgPolicy, type RateLimitPolicy } from '../domain/rate-limit.js';

/** The response term, in calendar days (the statutory month, kept as 30 days). */
export const responseTermDays = defineInt('REPORT_RESPONSE_DAYS', {
  default: DEFAULT_RESPONSE_TERM_DAYS,
});
const submissionsPerOrgPerDay = defineInt('SUBMISSIONS_PER_ORG_PER_DAY', { default: 20 });

/** Reports an organisation may submit in a Kyiv calendar day. */
export function submissionPolicy(at: Date): RateLimitPolicy {
  return submissionsPerOrgPolicy(submissionsPerOrgPerDay.value(), at);
}
