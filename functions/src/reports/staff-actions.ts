import { FieldValue } from 'firebase-admin/firestore';
import type { ReportActionInput } from '../domain/actions/report-action.schema.js';
import { intakeRefusal, personalDataRefusal } from '../domain/policies/report.policy.js';
import type { Actor } from '../domain/roles.js';
import { refusal, toHttpsError } from '../shared/callable-errors.js';
import { db } from '../shared/firebase.js';
import { firestorePort } from '../shared/workflow-action/firestore-port.js';
import {
  allowAction,
  createWorkflowDocument,
  runWorkflowAction,
} from '../shared/workflow-action/run-workflow-action.js';
import {
  readReport,
  reportAccessView,
  reportChain,
  reportRef,
  writeReportEvent,
} from './report-context.js';
import { reportAdapter } from './run-report-action.js';
import { personalDataRef, reportOf } from './report-store.js';
import { readOrganisation } from '../organisations/organisation-store.js';

type Input<A extends ReportActionInput['action']> = Extract<ReportActionInput, { action: A }>;

/**
 * Victims' and witnesses' data, for the people working on the report: its assignees and the
 * Commissioner. Every view is an audit entry, written before the data is returned.
 */
export async function viewPersonalData(actor: Actor, input: Input<'viewPersonalData'>) {
  const { extra: data } = await runWorkflowAction(
    firestorePort,
    reportAdapter,
    actor,
    input.reportId,
    {
      action: 'viewPersonalData',
      read: async (tx, report) => {
        const refused = personalDataRefusal(actor, reportAccessView(report));
        if (refused) throw toHttpsError(refused);
        return (await tx.get(personalDataRef(input.reportId))).data();
      },
      // A view changes nothing and is not part of the report's story: only the audit has it.
      changes: () => null,
      event: () => null,
    },
  );
  return {
    reportId: input.reportId,
    victims: data?.victims ?? [],
    witnesses: data?.witnesses ?? [],
  };
}

/**
 * Links two reports as the same incident (a likely duplicate), both ways; nothing is merged.
 * Both must be reports this person works on, registered: a draft cannot be linked, or found.
 */
export async function linkDuplicate(actor: Actor, input: Input<'linkDuplicate'>) {
  if (input.reportId === input.otherReportId) {
    throw refusal('REPORT.SELF_LINK');
  }
  const otherId = input.otherReportId;
  await runWorkflowAction(firestorePort, reportAdapter, actor, input.reportId, {
    action: 'linkDuplicate',
    read: async (tx) => {
      const other = await readReport(tx, otherId, actor);
      await allowAction(firestorePort, reportAdapter, tx, other, 'linkDuplicate', actor);
      return other;
    },
    changes: () => ({ linkedReports: FieldValue.arrayUnion(otherId) }),
    write: (tx, report) => {
      tx.update(reportRef(otherId), {
        linkedReports: FieldValue.arrayUnion(report.id),
        updatedAt: FieldValue.serverTimestamp(),
      });
      writeReportEvent(tx, otherId, { type: 'linked', side: 'secretariat' });
    },
    // The NGO sees that its report was linked, not which other organisation's it is.
    event: () => ({ type: 'linked', fromStatus: undefined, toStatus: undefined }),
    audit: () => ({ with: otherId }),
    moreAudits: (report, other) => [
      {
        chain: reportChain(otherId),
        action: 'report.linked',
        target: { type: 'report', id: otherId },
        details: {
          from: reportOf(other).status,
          to: reportOf(other).status,
          with: report.id,
        },
      },
    ],
  });
  return { reportId: input.reportId, linked: input.otherReportId };
}

/**
 * A report that came by post, phone or email, registered by staff on behalf of the
 * organisation: it enters as `submitted`, recorded as such, and the registration trigger
 * takes it from there like any other.
 */
export async function intake(actor: Actor, input: Input<'intake'>) {
  const refused = intakeRefusal(actor, input.report.regionCode);
  if (refused) throw toHttpsError(refused);
  const ref = db().collection('reports').doc();
  await createWorkflowDocument(firestorePort, reportAdapter, actor, ref.id, {
    action: 'submit',
    status: 'submitted',
    auditAction: 'report.taken_in',
    read: async (tx) => {
      const org = await readOrganisation(tx, input.orgId);
      if (!org) throw refusal('ORG.NOT_FOUND');
      // Registration would send it back to a draft nobody could then submit.
      if (org.data.status !== 'verified')
        throw refusal('WORKFLOW.ORGANISATION_NOT_VERIFIED', { for: 'intake' });
    },
    create: (tx) => {
      const now = FieldValue.serverTimestamp();
      tx.create(ref, {
        ...Object.fromEntries(Object.entries(input.report).filter(([, v]) => v !== undefined)),
        orgId: input.orgId,
        status: 'submitted',
        intake: input.channel,
        intakeBy: actor.uid,
        createdBy: actor.uid,
        submittedAt: now,
        createdAt: now,
        updatedAt: now,
      });
      if (input.personalData) {
        tx.create(ref.collection('private').doc('personalData'), {
          ...input.personalData,
          orgId: input.orgId,
          createdBy: actor.uid,
          createdAt: now,
          updatedAt: now,
        });
      }
    },
    event: () => ({
      type: 'intake',
      fromStatus: undefined,
      details: { channel: input.channel },
    }),
    audit: () => ({ orgId: input.orgId, channel: input.channel }),
  });
  return { reportId: ref.id, status: 'submitted' };
}
