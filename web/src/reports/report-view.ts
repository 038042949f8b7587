import { REPORT_STATUSES, type ReportStatus } from '@domain/workflows/report.workflow.js';
import { millis, optionalString, record, stringList, wholeNumber } from '../data/fields.js';

/**
 * A report and what hangs off it (timeline events, messages, measures, attachments, possible
 * duplicates, templates, regional figures) as the pages read them: plain values, read
 * defensively from Firestore's documents. Pure, so it is tested without Firebase.
 */
export interface ReportView {
  id: string;
  title: string;
  description: string;
  incidentDate: string;
  regionCode: string;
  locality: string;
  violator: { kind: string; name: string };
  rights: string[];
  area: string;
  victimsCount: number | null;
  vulnerableGroups: { children: boolean; disabilities: boolean; deprivedOfLiberty: boolean };
  urgent: boolean;
  urgencyReason: string | null;
  consentToPublish: boolean;
  orgId: string;
  status: ReportStatus;
  intake: string;
  intakeBy: string | null;
  number: string | null;
  submittedAt: number | null;
  registeredAt: number | null;
  assignees: string[];
  responseDeadline: number | null;
  deadlinePausedAt: number | null;
  decision: { forms: string[]; rationale: string; decidedAt: number | null } | null;
  declineReason: string | null;
  outcome: string | null;
  closingNote: string | null;
  closedAt: number | null;
  withdrawReason: string | null;
  linkedReports: string[];
  submissionProblems: SubmissionProblem[];
  createdBy: string | null;
  createdAt: number | null;
  updatedAt: number | null;
}

export function isReportStatus(value: unknown): value is ReportStatus {
  return typeof value === 'string' && (REPORT_STATUSES as readonly string[]).includes(value);
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/** Why the registration sent a submission back (`submissionProblems` on the report). */
export interface SubmissionProblem {
  field: string;
  message: string;
  messageEn: string | null;
}

/** A problem in the reader's language where the server gave one (its schema speaks Ukrainian). */
export function problemMessage(problem: SubmissionProblem, language: 'uk' | 'en'): string {
  return language === 'en' && problem.messageEn ? problem.messageEn : problem.message;
}

export function reportFrom(id: string, data: Record<string, unknown>): ReportView {
  const violator = record(data.violator);
  const groups = record(data.vulnerableGroups);
  const decision = data.decision === undefined ? null : record(data.decision);
  return {
    id,
    title: text(data.title),
    description: text(data.description),
    incidentDate: text(data.incidentDate),
    regionCode: text(data.regionCode),
    locality: text(data.locality),
    violator: { kind: text(violator.kind), name: text(violator.name) },
    rights: stringList(data.rights),
    area: text(data.area),
    victimsCount: wholeNumber(data.victimsCount),
    vulnerableGroups: {
      children: groups.children === true,
      disabilities: groups.disabilities === true,
      deprivedOfLiberty: groups.deprivedOfLiberty === true,
    },
    urgent: data.urgent === true,
    urgencyReason: optionalString(data.urgencyReason),
    consentToPublish: data.consentToPublish === true,
    orgId: text(data.orgId),
    status: isReportStatus(data.status) ? data.status : 'draft',
    intake: text(data.intake) || 'web',
    intakeBy: optionalString(data.intakeBy),
    number: optionalString(data.number),
    submittedAt: millis(data.submittedAt),
    registeredAt: millis(data.registeredAt),
    assignees: stringList(data.assignees),
    responseDeadline: millis(data.responseDeadline),
    deadlinePausedAt: millis(data.deadlinePausedAt),
    decision: decision
      ? {
          forms: stringList(decision.forms),
          rationale: text(decision.rationale),
          decidedAt: millis(decision.decidedAt),
        }
      : null,
    declineReason: optionalString(data.declineReason),
    outcome: optionalString(data.outcome),
    closingNote: optionalString(data.closingNote),
    closedAt: millis(data.closedAt),
    withdrawReason: optionalString(data.withdrawReason),
    linkedReports: stringList(data.linkedReports),
    submissionProblems: Array.isArray(data.submissionProblems)
      ? data.submissionProblems
          .map(record)
          .filter((problem) => typeof problem.message === 'string')
          .map((problem) => ({
            field: text(problem.field),
            message: text(problem.message),
            messageEn: optionalString(problem.messageEn),
          }))
      : [],
    createdBy: optionalString(data.createdBy),
    createdAt: millis(data.createdAt),
    updatedAt: millis(data.updatedAt),
  };
}

export interface ReportEventView {
  id: string;
  type: string;
  at: number | null;
  side: 'ngo' | 'secretariat' | 'system';
  fromStatus: ReportStatus | null;
  toStatus: ReportStatus | null;
  note: string | null;
  details: Record<string, unknown>;
}

export function eventFrom(id: string, data: Record<string, unknown>): ReportEventView {
  const side = data.side === 'ngo' || data.side === 'secretariat' ? data.side : 'system';
  return {
    id,
    type: text(data.type),
    at: millis(data.at),
    side,
    fromStatus: isReportStatus(data.fromStatus) ? data.fromStatus : null,
    toStatus: isReportStatus(data.toStatus) ? data.toStatus : null,
    note: optionalString(data.note),
    details: record(data.details),
  };
}

export interface MessageView {
  id: string;
  side: 'ngo' | 'secretariat';
  kind: 'message' | 'info_request' | 'info_response';
  text: string;
  authorUid: string;
  authorName: string;
  createdAt: number | null;
  /** Written on this device and not yet confirmed by the server. */
  pending: boolean;
}

export function messageFrom(
  id: string,
  data: Record<string, unknown>,
  pending = false,
): MessageView {
  const kind =
    data.kind === 'info_request' || data.kind === 'info_response' ? data.kind : 'message';
  return {
    id,
    side: data.side === 'secretariat' ? 'secretariat' : 'ngo',
    kind,
    text: text(data.text),
    authorUid: text(data.authorUid),
    authorName: text(data.authorName),
    createdAt: millis(data.createdAt),
    pending,
  };
}

export interface MeasureView {
  id: string;
  type: string;
  date: string;
  addressee: string;
  outgoingNumber: string | null;
  result: string | null;
  documentAttachmentId: string | null;
  createdAt: number | null;
}

export function measureFrom(id: string, data: Record<string, unknown>): MeasureView {
  return {
    id,
    type: text(data.type),
    date: text(data.date),
    addressee: text(data.addressee),
    outgoingNumber: optionalString(data.outgoingNumber),
    result: optionalString(data.result),
    documentAttachmentId: optionalString(data.documentAttachmentId),
    createdAt: millis(data.createdAt),
  };
}

export interface AttachmentView {
  id: string;
  kind: string;
  fileName: string;
  contentType: string;
  size: number;
  uploadedBy: string;
  uploadedAt: number | null;
}

export function attachmentFrom(id: string, data: Record<string, unknown>): AttachmentView {
  return {
    id,
    kind: text(data.kind),
    fileName: text(data.fileName) || id,
    contentType: text(data.contentType),
    size: wholeNumber(data.size) ?? 0,
    uploadedBy: text(data.uploadedBy),
    uploadedAt: millis(data.uploadedAt),
  };
}

export interface DuplicateView {
  reportId: string;
  number: string | null;
  score: number;
  reasons: string[];
}

/** `reports/{id}/internal/triage`: `possibleDuplicates` (the API names them so). */
export function duplicatesFrom(data: Record<string, unknown> | null): DuplicateView[] {
  const list = data?.possibleDuplicates;
  if (!Array.isArray(list)) return [];
  return list
    .map(record)
    .filter((entry) => typeof entry.reportId === 'string' && entry.reportId)
    .map((entry) => ({
      reportId: text(entry.reportId),
      number: optionalString(entry.number),
      score: typeof entry.score === 'number' ? entry.score : 0,
      reasons: stringList(entry.reasons),
    }));
}

export interface TemplateView {
  id: string;
  title: string;
  kind: string;
  text: string;
  updatedAt: number | null;
}

export function templateFrom(id: string, data: Record<string, unknown>): TemplateView {
  return {
    id,
    title: text(data.title),
    kind: text(data.kind),
    text: text(data.text),
    updatedAt: millis(data.updatedAt),
  };
}

export interface PersonView {
  fullName: string;
  birthYear: number | null;
  contact: string | null;
  notes: string | null;
}

export function peopleFrom(value: unknown): PersonView[] {
  if (!Array.isArray(value)) return [];
  return value.map(record).map((person) => ({
    fullName: text(person.fullName),
    birthYear: wholeNumber(person.birthYear),
    contact: optionalString(person.contact),
    notes: optionalString(person.notes),
  }));
}

export interface RegionStatsView {
  regionCode: string;
  open: Partial<Record<ReportStatus, number>>;
  urgentOpen: number;
  daysToDecision: Record<string, number>;
}

export function regionStatsFrom(
  regionCode: string,
  data: Record<string, unknown>,
): RegionStatsView {
  const open: Partial<Record<ReportStatus, number>> = {};
  for (const [status, count] of Object.entries(record(data.open))) {
    if (isReportStatus(status) && typeof count === 'number') open[status] = count;
  }
  const daysToDecision: Record<string, number> = {};
  for (const [days, count] of Object.entries(record(data.daysToDecision))) {
    if (/^\d+$/.test(days) && typeof count === 'number') daysToDecision[days] = count;
  }
  return {
    regionCode,
    open,
    urgentOpen: typeof data.urgentOpen === 'number' ? data.urgentOpen : 0,
    daysToDecision,
  };
}
