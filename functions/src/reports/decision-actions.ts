import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import type { ReportActionInput } from '../domain/actions/report-action.schema.js';
import type { Actor } from '../domain/roles.js';
import { readNgoSide, reportRef } from './report-context.js';
import { runReportAction } from './run-report-action.js';
import { attachmentRef, numberOf, reportOf } from './report-store.js';
import { refusal } from '../shared/callable-errors.js';

type Input<A extends ReportActionInput['action']> = Extract<ReportActionInput, { action: A }>;

const link = (reportId: string) => `/app/reports/${reportId}`;

/** The Commissioner (or staff they authorised) decides the forms of response; the NGO is told. */
export function decide(actor: Actor, input: Input<'decide'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'decide',
    read: (tx, report) => readNgoSide(tx, report),
    changes: () => ({
      decision: {
        forms: input.forms,
        rationale: input.rationale,
        decidedBy: actor.uid,
        decidedAt: Timestamp.fromMillis(stamp),
      },
    }),
    event: () => ({ note: input.rationale, details: { forms: input.forms } }),
    audit: () => ({ forms: input.forms }),
    notices: (report, ngo) => [
      {
        to: ngo,
        notice: {
          event: `report.decided:${report.id}:${stamp}`,
          template: 'report.decided',
          data: {
            reportId: report.id,
            number: numberOf(report),
            forms: input.forms,
            rationale: input.rationale,
          },
          link: link(report.id),
        },
      },
    ],
  });
}

export function decline(actor: Actor, input: Input<'decline'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'decline',
    read: (tx, report) => readNgoSide(tx, report),
    changes: () => ({
      declineReason: input.reason,
      declinedAt: Timestamp.fromMillis(stamp),
      declinedBy: actor.uid,
    }),
    event: () => ({ note: input.reason }),
    audit: () => ({ reason: input.reason }),
    notices: (report, ngo) => [
      {
        to: ngo,
        notice: {
          event: `report.declined:${report.id}:${stamp}`,
          template: 'report.declined',
          data: { reportId: report.id, number: numberOf(report), reason: input.reason },
          link: link(report.id),
        },
      },
    ],
  });
}

/** A measure taken; informing the NGO of it is the promise of the principles. */
export function recordMeasure(actor: Actor, input: Input<'recordMeasure'>) {
  const measureRef = reportRef(input.reportId).collection('measures').doc();
  return runReportAction(actor, input.reportId, {
    action: 'recordMeasure',
    read: async (tx, report) => {
      const documentId = input.measure.documentAttachmentId;
      if (documentId) {
        // The document must be one of this report's files, uploaded as a measure's document.
        const file = (await tx.get(attachmentRef(report.id, documentId))).data();
        if (file?.kind !== 'measure_document') {
          throw refusal('REPORT.BAD_MEASURE_DOCUMENT');
        }
      }
      return readNgoSide(tx, report);
    },
    write: (tx, report) =>
      tx.create(measureRef, {
        ...Object.fromEntries(Object.entries(input.measure).filter(([, v]) => v !== undefined)),
        orgId: reportOf(report).orgId,
        recordedBy: actor.uid,
        createdAt: FieldValue.serverTimestamp(),
      }),
    event: () => ({
      details: {
        measureId: measureRef.id,
        type: input.measure.type,
        date: input.measure.date,
        addressee: input.measure.addressee,
        ...(input.measure.outgoingNumber ? { outgoingNumber: input.measure.outgoingNumber } : {}),
      },
    }),
    audit: () => ({ measureId: measureRef.id, type: input.measure.type }),
    notices: (report, ngo) => [
      {
        to: ngo,
        notice: {
          event: `report.measure:${report.id}:${measureRef.id}`,
          template: 'report.measure_recorded',
          data: {
            reportId: report.id,
            number: numberOf(report),
            type: input.measure.type,
            date: input.measure.date,
            addressee: input.measure.addressee,
            ...(input.measure.outgoingNumber
              ? { outgoingNumber: input.measure.outgoingNumber }
              : {}),
            ...(input.measure.result ? { result: input.measure.result } : {}),
          },
          link: link(report.id),
        },
      },
    ],
  }).then((result) => ({ ...result, measureId: measureRef.id }));
}

export function close(actor: Actor, input: Input<'close'>) {
  const stamp = Date.now();
  return runReportAction(actor, input.reportId, {
    action: 'close',
    read: (tx, report) => readNgoSide(tx, report),
    changes: () => ({
      outcome: input.outcome,
      closedAt: Timestamp.fromMillis(stamp),
      ...(input.note ? { closingNote: input.note } : {}),
    }),
    event: () => ({
      ...(input.note ? { note: input.note } : {}),
      details: { outcome: input.outcome },
    }),
    audit: () => ({ outcome: input.outcome }),
    notices: (report, ngo) => [
      {
        to: ngo,
        notice: {
          event: `report.closed:${report.id}:${stamp}`,
          template: 'report.closed',
          data: { reportId: report.id, number: numberOf(report), outcome: input.outcome },
          link: link(report.id),
        },
      },
    ],
  });
}
