/**
 * Every deployed function, by feature. Each module keeps its heavy imports inside handlers
 * so that loading this file stays fast.
 */
import './shared/options.js';

export { accountAction } from './users/account-action.callable.js';
export { adminSetRole } from './users/admin-set-role.callable.js';
export { syncUserClaims } from './users/sync-claims.trigger.js';
export { orgAction } from './organisations/org-action.callable.js';
export { updatePartnerDirectory } from './organisations/partner-directory.trigger.js';
export { updateCoordinatorDirectory } from './organisations/coordinator-directory.trigger.js';
export { removeDeletedDraft } from './reports/draft-deleted.trigger.js';
export { processReportWrite } from './reports/report-written.trigger.js';
export { reportAction } from './reports/report-action.callable.js';
export { notifyReportMessage } from './reports/report-message.trigger.js';
export { watchReportDeadlines } from './reports/watch-deadlines.schedule.js';
export { councilAction } from './councils/council-action.callable.js';
export { expireCouncilMemberships } from './councils/expire-memberships.schedule.js';
export { updateCouncilDirectory } from './councils/council-directory.trigger.js';
export { meetingAction } from './meetings/meeting-action.callable.js';
export { publicationAction } from './publications/publication-action.callable.js';
export { publishApprovedPublication } from './publications/publish-publication.trigger.js';
export { updatePublicationStatistics } from './publications/publication-statistics.trigger.js';
export { updatePublicationsFirstPage } from './publications/publications-first-page.trigger.js';
export { updateMeasureStatistics } from './stats/measure-statistics.trigger.js';
export { updateProposalStatistics } from './stats/proposal-statistics.trigger.js';
export { proposalAction } from './proposals/proposal-action.callable.js';
export { parliamentAction } from './parliament/parliament-action.callable.js';
export { remindOfOpenRecommendations } from './parliament/tracker-reminders.schedule.js';
export { auditAction } from './audit/audit-action.callable.js';
export { api } from './http/api.js';
export { publicPages } from './public-pages/public-pages.http.js';
export { deliverMail } from './mail/deliver-mail.trigger.js';
export { mailAction } from './mail/mail-action.callable.js';
export { sweepMailOutbox } from './mail/sweep-mail.schedule.js';
export { sendDailyDigest } from './notifications/daily-digest.schedule.js';
