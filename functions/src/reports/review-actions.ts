import {
  FieldValue,
  Timestamp,
  type DocumentSnapshot,
  type Transaction,
} from 'firebase-admin/firestore';
import { extendedDeadline, responseDeadline } from '../domain/deadlines.js';
import type { ReportActionInput } from '../domain/actions/report-action.schema.js';
import type { Actor } from '../domain/roles.js';
import { reportWorkflow } from '../domain/workflows/report.workflow.js';
import { readRecipients } from '../notifications/notify.js';
import { responseTermDays } from './report-config.js';
import { readNgoSide, readSecretariatSide, reportRef } from './report-context.js';
import { runReportAction } from './run-report-action.js';
import { numberOf, reportOf, storedReport } from './report-store.js';
import { readProfile, readProfiles } from '../users/user-store.js';
import { millisOf, type TimestampLike } from '../domain/fields.js';

/** A stored time as ISO 8601 ('' when there is none). */
const isoOf = (value: TimestampLike | Date | undefined) =>
  value ? new Date(millisOf(value)).toISOString() : '';
import { refusal } from '../shared/callable-errors.js';

type Input<A extends ReportActionInput['action']> = Extract<ReportActionInput, { action: A }>;

const link = (reportId: string) => `/app/reports/${reportId}`;
async function displayNameOf(tx: Transaction, uid: string): Promise<string> {
  return (await readProfile(tx, uid))?.displayName ?? '';
}

/** A message of the thread, written with the action it belongs to. */
function writeMessage(
  tx: Transaction,
  report: DocumentSnapshot,
  message: {
    side: 'ngo' | 'secretariat';
    kind: 'info_request' | 'info_response';
    text: string;
    authorUid: string;
    authorName: string;
  },
) {
  tx.create(reportRef(report.id).collection('messages').doc(), {
    ...message,
    orgId: reportOf(report).orgId,
    attachmentIds: [],
    createdAt: FieldValue.serverTimestamp(),
  });
}

function statusNotice(
  report: DocumentSnapshot,
  status: keyof typeof reportWorkflow.statusLabels,
  stamp: number,
  note?: string,
) {
  const label = reportWorkflow.statusLabels[status];
  return {
    event: `report.status:${report.id}:${status}:${stamp}`,
    template: 'report.status_changed' as const,
    data: {
      reportId: report.id,
      number: numberOf(report),
      statusLabelUk: label.uk,
      statusLabelEn: label.en,
      ...(note ? { note } : {}),
    },
    link: link(report.id),
  };
}

/**
 * Assigns staff or coordinators of the report's region; the newly assigned are notified, and
 * the organisation is told who handles its report.
 */
export function assign(actor: Actor, input: Input<'assign'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'assign',
    read: async (tx, report) => {
      const { regionCode, assignees = [] } = reportOf(report);
      const profiles = await readProfiles(tx, input.assignees);
      const names: string[] = [];
      for (const [index, stored] of profiles.entries()) {
        const profile = stored?.profile;
        const fits =
          profile !== undefined &&
          !profile.disabled &&
          (profile.role === 'staff' ||
            (profile.role === 'coordinator' && (profile.regions ?? []).includes(regionCode)));
        if (!fits) {
          throw refusal('REPORT.BAD_ASSIGNEE', { uid: input.assignees[index]! });
        }
        names.push(profile.displayName);
      }
      const previous = new Set(assignees);
      return {
        names,
        ngo: await readNgoSide(tx, report),
        newcomers: await readRecipients(
          tx,
          input.assignees.filter((uid) => !previous.has(uid)),
        ),
      };
    },
    changes: () => ({ assignees: [...new Set(input.assignees)] }),
    audit: () => ({ assignees: input.assignees }),
    notices: (report, { newcomers, ngo, names }) => [
      // The organisation is told of every step, who handles its report included.
      {
        to: ngo,
        notice: {
          event: `report.assignees:${report.id}:${stamp}`,
          template: 'report.assignees_changed',
          data: { reportId: report.id, number: numberOf(report), names },
          link: link(report.id),
        },
      },
      {
        to: newcomers,
        notice: {
          event: `report.assigned:${report.id}:${stamp}`,
          template: 'report.assigned',
          data: {
            reportId: report.id,
            number: numberOf(report),
            title: reportOf(report).title,
            regionCode: reportOf(report).regionCode,
            deadline: isoOf(reportOf(report).responseDeadline),
            urgent: reportOf(report).urgent,
          },
          link: link(report.id),
          urgent: reportOf(report).urgent,
        },
      },
    ],
  });
}

export function startReview(actor: Actor, input: Input<'startReview'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'startReview',
    read: (tx, report) => readNgoSide(tx, report),
    notices: (report, ngo) => [{ to: ngo, notice: statusNotice(report, 'in_review', stamp) }],
  });
}

/** Asks the NGO for more; the deadline stops until it answers. */
export function requestInfo(actor: Actor, input: Input<'requestInfo'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'requestInfo',
    read: async (tx, report) => ({
      ngo: await readNgoSide(tx, report),
      author: await displayNameOf(tx, actor.uid),
    }),
    changes: () => ({ deadlinePausedAt: Timestamp.fromMillis(stamp) }),
    write: (tx, report, { author }) =>
      writeMessage(tx, report, {
        side: 'secretariat',
        kind: 'info_request',
        text: input.request,
        authorUid: actor.uid,
        authorName: author,
      }),
    event: () => ({ note: input.request }),
    notices: (report, { ngo }) => [
      {
        to: ngo,
        notice: {
          event: `report.info_requested:${report.id}:${stamp}`,
          template: 'report.info_requested',
          data: { reportId: report.id, number: numberOf(report), request: input.request },
          link: link(report.id),
        },
      },
    ],
  });
}

/** The deadline after a pause: extended by the whole days the Secretariat waited. */
function resumedDeadline(report: DocumentSnapshot, now: number) {
  const { responseDeadline: deadline, deadlinePausedAt: pausedAt } = reportOf(report);
  if (!deadline || !pausedAt) return {};
  return {
    responseDeadline: Timestamp.fromDate(
      extendedDeadline(new Date(millisOf(deadline)), new Date(millisOf(pausedAt)), new Date(now)),
    ),
    deadlinePausedAt: null,
    remindersSent: [],
  };
}

/** The NGO answers a request for information; the deadline runs again. */
export function provideInfo(actor: Actor, input: Input<'provideInfo'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'provideInfo',
    read: async (tx, report) => ({
      staff: await readSecretariatSide(tx, report),
      author: await displayNameOf(tx, actor.uid),
    }),
    changes: (report) => resumedDeadline(report, stamp),
    write: (tx, report, { author }) =>
      writeMessage(tx, report, {
        side: 'ngo',
        kind: 'info_response',
        text: input.answer,
        authorUid: actor.uid,
        authorName: author,
      }),
    notices: (report, { staff }) => [
      {
        to: staff,
        notice: {
          event: `report.info_provided:${report.id}:${stamp}`,
          template: 'report.info_provided',
          data: { reportId: report.id, number: numberOf(report) },
          link: link(report.id),
        },
      },
    ],
  });
}

/** Staff resume the review without an answer (it came by phone, say). */
export function resumeReview(actor: Actor, input: Input<'resumeReview'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'resumeReview',
    read: (tx, report) => readNgoSide(tx, report),
    changes: (report) => resumedDeadline(report, stamp),
    event: () => (input.note ? { note: input.note } : {}),
    notices: (report, ngo) => [
      { to: ngo, notice: statusNotice(report, 'in_review', stamp, input.note) },
    ],
  });
}

export function reopen(actor: Actor, input: Input<'reopen'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'reopen',
    read: async (tx, report) => ({
      ngo: await readNgoSide(tx, report),
      staff: await readSecretariatSide(tx, report),
    }),
    // New facts open a new response term: the old deadline, its reminders and its escalation
    // belong to the answer already given.
    changes: () => ({
      outcome: FieldValue.delete(),
      closedAt: FieldValue.delete(),
      reopenedAt: Timestamp.fromMillis(stamp),
      responseDeadline: Timestamp.fromDate(
        responseDeadline(new Date(stamp), responseTermDays.value()),
      ),
      deadlinePausedAt: null,
      remindersSent: FieldValue.delete(),
      escalatedAt: FieldValue.delete(),
    }),
    event: () => ({ note: input.reason }),
    audit: () => ({ reason: input.reason }),
    notices: (report, { ngo, staff }) => [
      { to: ngo, notice: statusNotice(report, 'in_review', stamp, input.reason) },
      {
        to: staff.filter((s) => s.uid !== actor.uid),
        notice: {
          ...statusNotice(report, 'in_review', stamp, input.reason),
          event: `report.reopened:${report.id}:${stamp}`,
        },
      },
    ],
  });
}

/** The NGO withdraws its report before a decision. */
export function withdraw(actor: Actor, input: Input<'withdraw'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'withdraw',
    read: async (tx, report) =>
      ['draft', 'submitted'].includes(storedReport(report).status)
        ? []
        : readSecretariatSide(tx, report),
    changes: () => (input.reason ? { withdrawReason: input.reason } : {}),
    event: () => (input.reason ? { note: input.reason } : {}),
    notices: (report, staff) => [
      { to: staff, notice: statusNotice(report, 'withdrawn', stamp, input.reason) },
    ],
  });
}
