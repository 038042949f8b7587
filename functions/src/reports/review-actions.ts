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
import { db } from '../shared/firebase.js';
import { responseTermDays } from './report-config.js';
import { readNgoSide, readSecretariatSide, reportRef } from './report-context.js';
import { runReportAction } from './run-report-action.js';
import { refusal } from '../shared/callable-errors.js';

type Input<A extends ReportActionInput['action']> = Extract<ReportActionInput, { action: A }>;

const link = (reportId: string) => `/app/reports/${reportId}`;
const numberOf = (report: DocumentSnapshot) => String(report.get('number') ?? '');

async function displayNameOf(tx: Transaction, uid: string): Promise<string> {
  return String((await tx.get(db().doc(`users/${uid}`))).get('displayName') ?? '');
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
    orgId: report.get('orgId'),
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
      const profiles = await tx.getAll(...input.assignees.map((uid) => db().doc(`users/${uid}`)));
      for (const profile of profiles) {
        const role = profile.get('role');
        const fits =
          profile.exists &&
          profile.get('disabled') !== true &&
          (role === 'staff' ||
            (role === 'coordinator' &&
              ((profile.get('regions') as string[] | undefined) ?? []).includes(
                report.get('regionCode'),
              )));
        if (!fits) {
          throw refusal('REPORT.BAD_ASSIGNEE', { uid: profile.id });
        }
      }
      const previous = new Set((report.get('assignees') as string[] | undefined) ?? []);
      return {
        names: profiles.map((p) => String(p.get('displayName') ?? p.get('email') ?? p.id)),
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
            title: String(report.get('title')),
            regionCode: String(report.get('regionCode')),
            deadline: (report.get('responseDeadline') as Timestamp).toDate().toISOString(),
            urgent: report.get('urgent') === true,
          },
          link: link(report.id),
          urgent: report.get('urgent') === true,
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
  const deadline = report.get('responseDeadline') as Timestamp | undefined;
  const pausedAt = report.get('deadlinePausedAt') as Timestamp | null | undefined;
  if (!deadline || !pausedAt) return {};
  return {
    responseDeadline: Timestamp.fromDate(
      extendedDeadline(deadline.toDate(), pausedAt.toDate(), new Date(now)),
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
      ['draft', 'submitted'].includes(String(report.get('status')))
        ? []
        : readSecretariatSide(tx, report),
    changes: () => (input.reason ? { withdrawReason: input.reason } : {}),
    event: () => (input.reason ? { note: input.reason } : {}),
    notices: (report, staff) => [
      { to: staff, notice: statusNotice(report, 'withdrawn', stamp, input.reason) },
    ],
  });
}
