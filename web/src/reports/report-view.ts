import { REPORT_STATUSES, type ReportStatus } from '@domain/workflows/report.workflow.js';
import type { Report, ReportDraft } from '@domain/schemas/report.schema.js';
import type { RegionStats } from '@domain/schemas/stats.schema.js';
import { millis, optionalString, record, wholeNumber } from '../data/fields.js';
import { shownTime, type Shown } from '../data/shown.js';

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

/**
 * A report and what hangs off it (timeline events, messages, measures, attachments, possible
 * duplicates, templates, regional figures) as the pages read them. The report itself comes
 * through its schema (firebase/converters.ts), and its view's type is derived from the
 * schema's: times in milliseconds, absent fields as null, and what a draft has not filled in
 * yet blank. Pure, so it is tested without Firebase.
 */
type ReportTimes =
  | 'submittedAt'
  | 'registeredAt'
  | 'responseDeadline'
  | 'deadlinePausedAt'
  | 'closedAt'
  | 'createdAt'
  | 'updatedAt';
type ReportNullable =
  | 'victimsCount'
  | 'urgencyReason'
  | 'intakeBy'
  | 'number'
  | 'declineReason'
  | 'outcome'
  | 'closingNote'
  | 'withdrawReason'
  | 'createdBy';
type ReportShownFields =
  | ReportTimes
  | ReportNullable
  | 'title'
  | 'description'
  | 'incidentDate'
  | 'locality'
  | 'rights'
  | 'vulnerableGroups'
  | 'urgent'
  | 'consentToPublish'
  | 'orgId'
  | 'status'
  | 'intake';

/** Why the registration sent a submission back (`submissionProblems` on the report). */
export type SubmissionProblem = Shown<
  Pick<NonNullable<Report['submissionProblems']>[number], 'field' | 'message' | 'messageEn'>,
  never,
  'messageEn'
>;

export type ReportView = { id: string } & Shown<
  Pick<Report, ReportShownFields>,
  ReportTimes,
  ReportNullable
> & {
    /** Blank while a draft has not chosen one. */
    regionCode: Report['regionCode'] | '';
    area: Report['area'] | '';
    violator: { kind: Report['violator']['kind'] | ''; name: string };
    assignees: string[];
    linkedReports: string[];
    decision: Shown<Omit<NonNullable<Report['decision']>, 'decidedBy'>, 'decidedAt', never> | null;
    submissionProblems: SubmissionProblem[];
  };

/**
 * What a report's view is made from: the report or the organisation's draft, each as its
 * schema gives it (a draft lacks what it has not filled in yet).
 */
export type StoredReport = Partial<Report> | ReportDraft;

export function isReportStatus(value: unknown): value is ReportStatus {
  return typeof value === 'string' && (REPORT_STATUSES as readonly string[]).includes(value);
}

/** A problem in the reader's language where the server gave one (its schema speaks Ukrainian). */
export function problemMessage(problem: SubmissionProblem, language: 'uk' | 'en'): string {
  return language === 'en' && problem.messageEn ? problem.messageEn : problem.message;
}

export function reportFrom(id: string, stored: StoredReport): ReportView {
  const report: Partial<Report> = stored;
  const decision = report.decision;
  return {
    id,
    title: report.title ?? '',
    description: report.description ?? '',
    incidentDate: report.incidentDate ?? '',
    regionCode: report.regionCode ?? '',
    locality: report.locality ?? '',
    violator: { kind: report.violator?.kind ?? '', name: report.violator?.name ?? '' },
    rights: report.rights ?? [],
    area: report.area ?? '',
    victimsCount: report.victimsCount ?? null,
    vulnerableGroups: report.vulnerableGroups ?? {
      children: false,
      disabilities: false,
      deprivedOfLiberty: false,
    },
    urgent: report.urgent ?? false,
    urgencyReason: report.urgencyReason ?? null,
    consentToPublish: report.consentToPublish ?? false,
    orgId: report.orgId ?? '',
    status: report.status ?? 'draft',
    intake: report.intake ?? 'web',
    intakeBy: report.intakeBy ?? null,
    number: report.number ?? null,
    submittedAt: shownTime(report.submittedAt),
    registeredAt: shownTime(report.registeredAt),
    assignees: report.assignees ?? [],
    responseDeadline: shownTime(report.responseDeadline),
    deadlinePausedAt: shownTime(report.deadlinePausedAt),
    decision: decision
      ? {
          forms: decision.forms,
          rationale: decision.rationale,
          decidedAt: shownTime(decision.decidedAt),
        }
      : null,
    declineReason: report.declineReason ?? null,
    outcome: report.outcome ?? null,
    closingNote: report.closingNote ?? null,
    closedAt: shownTime(report.closedAt),
    withdrawReason: report.withdrawReason ?? null,
    linkedReports: report.linkedReports ?? [],
    submissionProblems: (report.submissionProblems ?? []).map((problem) => ({
      field: problem.field,
      message: problem.message,
      messageEn: problem.messageEn ?? null,
    })),
    createdBy: report.createdBy ?? null,
    createdAt: shownTime(report.createdAt),
    updatedAt: shownTime(report.updatedAt),
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

export function regionStatsFrom(regionCode: string, stats: RegionStats): RegionStatsView {
  return { regionCode, ...stats };
}
