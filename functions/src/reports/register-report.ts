import {
  FieldValue,
  Timestamp,
  type DocumentSnapshot,
  type Transaction,
} from 'firebase-admin/firestore';
import { responseDeadline } from '../domain/deadlines.js';
import { kyivYear } from '../domain/kyiv-time.js';
import { allocateRegistrationNumber } from '../domain/registration-number.js';
import { mergeDuplicates } from '../domain/reports/duplicates.js';
import { reportSearchKeys } from '../domain/reports/report-search.js';
import { reportContentSchema, reportSchema } from '../domain/schemas/report.schema.js';
import { readStored, storedStatus } from '../domain/stored/stored-document.js';
import {
  reportSubmissionSchema,
  reportTriageSchema,
  type ReportSubmission,
} from '../domain/stored/stored-report.js';
import { organisations } from '../organisations/organisation-store.js';
import { domainError } from '../domain/errors.js';
import { documentProblem, fieldProblems, type FieldProblem } from '../domain/validation.js';
import { appendAudit, readAuditHead } from '../audit/write-audit.js';
import { sendNow } from '../mail/send-now.js';
import { readRecipients, writeNotices } from '../notifications/notify.js';
import { coordinatorsOf, uidsWithRole } from '../notifications/recipients.js';
import { counterRef } from '../shared/counters.js';
import { db } from '../shared/firebase.js';
import { faultPoint } from '../shared/fault-points.js';
import { rateLimitRef, takeReadRateLimits } from '../shared/rate-limit.js';
import { readNgoSide, reportChain, reportRef, writeReportEvent } from './report-context.js';
import { responseTermDays, submissionPolicy } from './report-config.js';
import { reportPersonalRef, returnToDraft } from './report-drafts.js';
import { possibleDuplicates } from './possible-duplicates.js';
import { reportOf, storedReport } from './report-store.js';

export type RegistrationOutcome = 'registered' | 'refused' | 'not-submitted';

/**
 * submitted → registered: checks what the client wrote against the schema (anything slipped
 * past the form sends it back to the drafts with the reasons), gives it the year's next
 * number, routes it to the coordinators of its region (or the staff queue), sets the response
 * deadline, audits, and notifies the assignees, the Commissioner for urgent reports, and the
 * NGO with its receipt — all in one transaction, so a replay registers nothing twice.
 */
export async function registerSubmittedReport(
  reportId: string,
  now = new Date(),
): Promise<RegistrationOutcome> {
  const submitted = await reportRef(reportId).get();
  if (storedStatus(reportSchema.shape.status, submitted) !== 'submitted') return 'not-submitted';
  const submission = readStored(reportSubmissionSchema, submitted.ref.path, submitted.data());
  const { orgId } = submission;

  const problems = contentProblems(submitted, submission);
  // Read together (the duplicates are used only if the report is registered); a report whose
  // content does not fit its schema is not searched with (and is read through it only once
  // it fits).
  const [organisation, duplicates] = await Promise.all([
    organisations().doc(orgId).get(),
    problems.length ? [] : possibleDuplicates(reportId, reportOf(submitted)),
  ]);
  if (organisation.data()?.status !== 'verified') {
    problems.push(
      documentProblem(domainError('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'register' })),
    );
  }
  if (problems.length) return refuse(reportId, problems, now);
  // A report staff registered on the organisation's behalf (post, phone, email) is theirs to
  // take in: it does not count against the organisation's own daily submissions. The unit is
  // taken in the registration's transaction, so a retried or twice-delivered event takes one.
  const dailyLimit =
    submission.intake === 'web'
      ? { policy: submissionPolicy(now), subject: orgId, nowMs: now.getTime() }
      : null;

  const registered = await db().runTransaction(async (tx) => {
    const report = await tx.get(reportRef(reportId));
    // Checked against its schema before (contentProblems): read through it from here on.
    const stored = report.exists ? storedReport(report) : null;
    if (stored?.status !== 'submitted') return null;
    const year = kyivYear(now);
    const counter = counterRef('report', year);
    const { regionCode, title, urgent } = stored;
    // The reads do not depend on each other: asked at once, not one round trip after another.
    const [{ coordinators, assignees }, commissioners, ngo, head, triages, limit] =
      await Promise.all([
        readAssignees(tx, regionCode),
        urgent ? uidsWithRole(tx, 'commissioner').then((uids) => readRecipients(tx, uids)) : [],
        readNgoSide(tx, report),
        readAuditHead(tx, reportChain(reportId)),
        // Merged, not overwritten: a report registered meanwhile may already have named this one.
        tx.getAll(triageRef(reportId), ...duplicates.map((match) => triageRef(match.reportId))),
        dailyLimit ? tx.get(rateLimitRef(dailyLimit.policy, dailyLimit.subject)) : undefined,
      ]);
    // Last: every registration of the year takes this counter, so it is held only from here
    // to the commit.
    const counterSnapshot = await tx.get(counter);
    if (dailyLimit && !takeReadRateLimits(tx, [dailyLimit], [limit])[0]!.allowed) {
      return { outcome: 'limited', limit: dailyLimit.policy.limit } as const;
    }

    const allocated = allocateRegistrationNumber('report', counterSnapshot.data(), now);
    if (!allocated.ok) throw new Error(allocated.error.messageEn);
    const { number } = allocated.value;
    const deadline = responseDeadline(now, responseTermDays.value());
    tx.set(counter, allocated.value.counter);
    tx.update(reportRef(reportId), {
      status: 'registered',
      number,
      searchKeys: reportSearchKeys({ title, number }),
      registeredAt: Timestamp.fromDate(now),
      submittedAt: stored.submittedAt ?? Timestamp.fromDate(now),
      // The answer of the form, with who gave it and when (changed later by reportAction).
      publicationConsent: {
        given: stored.consentToPublish === true,
        by: stored.intakeBy ?? stored.createdBy,
        at: stored.submittedAt ?? Timestamp.fromDate(now),
      },
      // Coordinators of the region are the assignees; without one the report waits in the staff queue.
      assignees: coordinators,
      responseDeadline: Timestamp.fromDate(deadline),
      deadlinePausedAt: null,
      submissionProblems: FieldValue.delete(),
      updatedAt: FieldValue.serverTimestamp(),
    });
    faultPoint('reportRegistration.afterNumber');
    // This report's matches; and each of them learns of this one, with the same (symmetric)
    // score and reasons. Merged by report id, so a replay or a race adds nothing twice.
    const additions = [duplicates, ...duplicates.map((match) => [{ ...match, reportId, number }])];
    triages.forEach((triage, index) => {
      tx.set(
        triage.ref,
        {
          possibleDuplicates: mergeDuplicates(
            readStored(reportTriageSchema, triage.ref.path, triage.data() ?? {}).possibleDuplicates,
            additions[index] ?? [],
          ),
          updatedAt: FieldValue.serverTimestamp(),
        },
        { merge: true },
      );
    });
    writeReportEvent(tx, reportId, {
      type: 'registered',
      side: 'system',
      fromStatus: 'submitted',
      toStatus: 'registered',
      details: { number, deadline: deadline.toISOString() },
    });
    await appendAudit(tx, head, {
      chain: reportChain(reportId),
      actor: { uid: 'system', role: 'system' },
      action: 'report.registered',
      target: { type: 'report', id: reportId },
      details: {
        number,
        assignees: coordinators,
        deadline: deadline.toISOString(),
        possibleDuplicates: duplicates.map((d) => d.reportId),
      },
    });

    const link = `/app/reports/${reportId}`;
    const assignedEvent = `report.assigned:${reportId}:registration`;
    const assigneeMails = writeNotices(tx, assignees, {
      event: assignedEvent,
      template: 'report.assigned',
      data: { reportId, number, title, regionCode, deadline: deadline.toISOString(), urgent },
      link,
      urgent,
    });
    if (urgent) {
      writeNotices(tx, commissioners, {
        event: `report.urgent:${reportId}`,
        template: 'report.urgent',
        data: {
          reportId,
          number,
          title,
          regionCode,
          urgencyReason: stored.urgencyReason ?? '',
        },
        link,
        urgent: true,
      });
    }
    writeNotices(tx, ngo, {
      event: `report.receipt:${reportId}`,
      template: 'report.receipt',
      data: { reportId, number, title, deadline: deadline.toISOString() },
      link,
    });
    return { outcome: 'registered', assigneeMails } as const;
  });
  if (!registered) return 'not-submitted';
  if (registered.outcome === 'limited') {
    const refusal = domainError('REPORT.DAILY_LIMIT', { limit: registered.limit });
    return refuse(reportId, [documentProblem(refusal)], now);
  }
  faultPoint('reportRegistration.beforeInlineSend');

  // Sent from here rather than waiting for the outbox trigger: the assignee's email is the
  // path people wait on.
  await sendNow(registered.assigneeMails);
  return 'registered';
}

function contentProblems(report: DocumentSnapshot, submission: ReportSubmission): FieldProblem[] {
  // The content as the client wrote it: what this check is for (fields beyond it are not read).
  const parsed = reportContentSchema.safeParse(report.data());
  const problems = parsed.success ? [] : fieldProblems(parsed.error);
  if (submission.intake === 'web' && submission.createdBy === undefined) {
    problems.push({ field: 'createdBy', message: 'Невідомо, хто подав звернення' });
  }
  // Content that fits, in a report that does not (a field the form never writes): refused
  // with the field named too, rather than registered and then unreadable.
  if (problems.length === 0) {
    const whole = reportSchema.safeParse(report.data());
    if (!whole.success) problems.push(...fieldProblems(whole.error));
  }
  return problems;
}

/**
 * Sends a submission back with the reasons. The organisation's own (`intake: 'web'`) goes back
 * to its drafts (`reportDrafts`, report-drafts.ts) and the submitted report is deleted, so it
 * is registered only when resubmitted; one staff took in stays a report, as a draft.
 */
async function refuse(
  reportId: string,
  problems: FieldProblem[],
  now: Date,
): Promise<RegistrationOutcome> {
  const refused = await db().runTransaction(async (tx) => {
    const report = await tx.get(reportRef(reportId));
    if (storedStatus(reportSchema.shape.status, report) !== 'submitted') return false;
    const submission = readStored(reportSubmissionSchema, report.ref.path, report.data());
    const personal = await tx.get(reportPersonalRef(reportId));
    const ngo = await readNgoSide(tx, report);
    const head = await readAuditHead(tx, reportChain(reportId));
    const web = submission.intake === 'web';
    if (web) {
      returnToDraft(tx, report, personal, problems, now);
    } else {
      tx.update(reportRef(reportId), {
        status: 'draft',
        submissionProblems: problems,
        updatedAt: FieldValue.serverTimestamp(),
      });
      writeReportEvent(tx, reportId, {
        type: 'submission_refused',
        side: 'system',
        fromStatus: 'submitted',
        toStatus: 'draft',
        details: { problems },
      });
    }
    await appendAudit(tx, head, {
      chain: reportChain(reportId),
      actor: { uid: 'system', role: 'system' },
      action: 'report.submission_refused',
      target: { type: 'report', id: reportId },
      details: { problems },
    });
    writeNotices(tx, ngo, {
      event: `report.submission_refused:${reportId}:${Date.now()}`,
      template: 'report.submission_refused',
      data: {
        reportId,
        title: submission.title ?? '—',
        problems: problems.map((p) => (p.field ? `${p.field}: ${p.message}` : p.message)),
        problemsEn: problems.map((p) => {
          const text = p.messageEn ?? p.message;
          return p.field ? `${p.field}: ${text}` : text;
        }),
      },
      // The draft is edited in the form; a report staff took in stays on its page.
      link: web ? `/app/reports/${reportId}/edit` : `/app/reports/${reportId}`,
    });
    return true;
  });
  return refused ? 'refused' : 'not-submitted';
}

/** Coordinators of the region are the assignees; without one, every staff member is told. */
async function readAssignees(tx: Transaction, regionCode: string) {
  const coordinators = await coordinatorsOf(tx, regionCode);
  const uids = coordinators.length ? coordinators : await uidsWithRole(tx, 'staff');
  return { coordinators, assignees: await readRecipients(tx, uids) };
}

const triageRef = (reportId: string) => reportRef(reportId).collection('internal').doc('triage');
