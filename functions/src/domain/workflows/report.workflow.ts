import type { Workflow } from './workflow.js';

export const REPORT_STATUSES = [
  'draft',
  'submitted',
  'registered',
  'in_review',
  'info_requested',
  'decided',
  'declined',
  'closed',
  'withdrawn',
] as const;
export type ReportStatus = (typeof REPORT_STATUSES)[number];

export type ReportAction =
  | 'submit'
  | 'register'
  | 'assign'
  | 'startReview'
  | 'requestInfo'
  | 'provideInfo'
  | 'resumeReview'
  | 'decide'
  | 'decline'
  | 'recordMeasure'
  | 'close'
  | 'reopen'
  | 'withdraw'
  | 'linkDuplicate'
  | 'viewPersonalData'
  | 'setPublicationConsent';

const ngo = ['ownOrganisation'] as const;
const regional = ['ownRegion'] as const;

/** Once registered, a report is the Secretariat's to work on, whatever became of it since. */
const SINCE_REGISTRATION = REPORT_STATUSES.filter(
  (status) => status !== 'draft' && status !== 'submitted',
);

/**
 * A report of a violation (DESIGN.md, "Report of a violation"). Registration is the
 * trigger's job; the Commissioner, or staff they authorised, decide; the NGO may withdraw
 * until a decision is taken.
 */
export const reportWorkflow: Workflow<ReportStatus, ReportAction> = {
  name: 'report',
  statuses: REPORT_STATUSES,
  statusLabels: {
    draft: { uk: 'Чернетка', en: 'Draft' },
    submitted: { uk: 'Подано', en: 'Submitted' },
    registered: { uk: 'Зареєстровано', en: 'Registered' },
    in_review: { uk: 'На розгляді', en: 'In review' },
    info_requested: { uk: 'Запитано інформацію', en: 'Information requested' },
    decided: { uk: 'Ухвалено рішення', en: 'Decided' },
    declined: { uk: 'Відмовлено в розгляді', en: 'Declined' },
    closed: { uk: 'Закрито', en: 'Closed' },
    withdrawn: { uk: 'Відкликано', en: 'Withdrawn' },
  },
  actions: {
    submit: {
      from: ['draft'],
      to: 'submitted',
      allow: {
        ngo_member: ['ownOrganisation', 'verifiedOrganisation'],
        ngo_admin: ['ownOrganisation', 'verifiedOrganisation'],
      },
    },
    register: { from: ['submitted'], to: 'registered', allow: { system: [] } },
    assign: {
      from: ['registered', 'in_review', 'info_requested', 'decided'],
      allow: { staff: [], coordinator: regional },
    },
    startReview: {
      from: ['registered'],
      to: 'in_review',
      allow: { staff: [], coordinator: regional },
    },
    requestInfo: {
      from: ['in_review'],
      to: 'info_requested',
      allow: { staff: [], coordinator: regional },
    },
    provideInfo: {
      from: ['info_requested'],
      to: 'in_review',
      allow: { ngo_member: ngo, ngo_admin: ngo },
    },
    resumeReview: {
      from: ['info_requested'],
      to: 'in_review',
      allow: { staff: [], coordinator: regional },
    },
    decide: {
      from: ['in_review'],
      to: 'decided',
      allow: { commissioner: [], staff: ['decisionAuthority'] },
    },
    decline: {
      from: ['registered', 'in_review'],
      to: 'declined',
      allow: { commissioner: [], staff: ['decisionAuthority'] },
    },
    recordMeasure: {
      from: ['decided'],
      allow: { staff: [], coordinator: regional, commissioner: [] },
    },
    close: {
      from: ['decided'],
      to: 'closed',
      allow: { staff: [], coordinator: regional, commissioner: [] },
    },
    reopen: { from: ['closed'], to: 'in_review', allow: { staff: [], commissioner: [] } },
    // A draft is not withdrawn but deleted: a withdrawn report is read by the Secretariat, and
    // what was never submitted must stay the organisation's own.
    withdraw: {
      from: ['submitted', 'registered', 'in_review', 'info_requested'],
      to: 'withdrawn',
      allow: { ngo_member: ngo, ngo_admin: ngo },
    },
    // Staff actions that record without moving the report go through the same check, so that
    // none of them reaches a draft (which is the organisation's own) or a report not yet
    // registered. Who of them may see the personal data is decided further by the assignees.
    linkDuplicate: {
      from: SINCE_REGISTRATION,
      allow: { staff: [], commissioner: [], coordinator: regional },
    },
    viewPersonalData: {
      from: REPORT_STATUSES.filter((status) => status !== 'draft'),
      allow: { staff: [], commissioner: [], coordinator: regional },
    },
    // The NGO's answer to «may an anonymised summary of the outcome be published?», asked in
    // the form and changeable after submission until the outcome is published (checked by
    // the action, which knows the publications).
    setPublicationConsent: {
      from: REPORT_STATUSES.filter((status) => status !== 'draft'),
      allow: { ngo_member: ngo, ngo_admin: ngo },
    },
  },
};
