import type { Workflow } from './workflow.js';

export const PROPOSAL_STATUSES = [
  'draft',
  'submitted',
  'council_review',
  'returned',
  'endorsed',
  'scheduled',
  'discussed',
  'recommended',
  'rejected',
  'returned_for_revision',
  'sent_to_parliament',
  'closed',
  'withdrawn',
] as const;
export type ProposalStatus = (typeof PROPOSAL_STATUSES)[number];

/** Statuses in which the authors work on the text (their draft is unlocked). */
export const EDITABLE_PROPOSAL_STATUSES = [
  'draft',
  'returned',
  'returned_for_revision',
] as const satisfies readonly ProposalStatus[];

export type ProposalAction =
  | 'submit'
  | 'inviteCoAuthor'
  | 'startCouncilReview'
  | 'return'
  | 'resubmit'
  | 'endorse'
  | 'schedule'
  | 'unschedule'
  | 'recordDiscussion'
  | 'recommend'
  | 'reject'
  | 'returnForRevision'
  | 'sendToParliament'
  | 'recordParliamentResult'
  | 'close'
  | 'withdraw';

const chair = ['councilChair'] as const;
const author = ['ownOrganisation'] as const;
/** Submitting speaks for the council's work: an author who sits on the council, verified. */
const submittingAuthor = ['ownOrganisation', 'verifiedOrganisation', 'councilMember'] as const;

/**
 * A legislative proposal prepared in an Expert Council, discussed at a council meeting, and
 * decided by the Commissioner (DESIGN.md, "Legislative proposal"). Who acts is a role and a
 * relation: "authors" are the members of the lead organisation and of the co-authoring
 * organisations that accepted (the subject's `ownerOrgIds`, see policies/proposal.policy.ts);
 * the chair and the members are those of the proposal's Expert Council on the day (the
 * actor's `chairOf`/`memberOf`, see councils/memberships.ts).
 */
export const proposalWorkflow: Workflow<ProposalStatus, ProposalAction> = {
  name: 'proposal',
  statuses: PROPOSAL_STATUSES,
  statusLabels: {
    draft: { uk: 'Чернетка', en: 'Draft' },
    submitted: { uk: 'Подано до ради', en: 'Submitted to the council' },
    council_review: { uk: 'Розгляд експертною радою', en: 'Council review' },
    returned: { uk: 'Повернуто на доопрацювання радою', en: 'Returned by the council' },
    endorsed: { uk: 'Схвалено радою', en: 'Endorsed by the council' },
    scheduled: { uk: 'Внесено до порядку денного', en: 'On the agenda' },
    discussed: { uk: 'Обговорено на засіданні', en: 'Discussed at a meeting' },
    recommended: { uk: 'Рекомендовано Парламенту', en: 'Recommendation decided' },
    rejected: { uk: 'Не підтримано', en: 'Not supported' },
    returned_for_revision: { uk: 'Повернуто на доопрацювання', en: 'Returned for revision' },
    sent_to_parliament: { uk: 'Направлено до Верховної Ради', en: 'Sent to Parliament' },
    closed: { uk: 'Закрито', en: 'Closed' },
    withdrawn: { uk: 'Відкликано', en: 'Withdrawn' },
  },
  actions: {
    submit: {
      from: ['draft'],
      to: 'submitted',
      allow: { ngo_member: submittingAuthor, ngo_admin: submittingAuthor },
    },
    inviteCoAuthor: {
      from: EDITABLE_PROPOSAL_STATUSES,
      allow: { ngo_member: author, ngo_admin: author },
    },
    startCouncilReview: {
      from: ['submitted'],
      to: 'council_review',
      allow: { staff: [], ngo_member: chair, ngo_admin: chair },
    },
    return: {
      from: ['council_review'],
      to: 'returned',
      allow: { staff: [], ngo_member: chair, ngo_admin: chair },
    },
    resubmit: {
      from: ['returned', 'returned_for_revision'],
      to: 'council_review',
      allow: { ngo_member: submittingAuthor, ngo_admin: submittingAuthor },
    },
    endorse: {
      from: ['council_review'],
      to: 'endorsed',
      allow: { ngo_member: chair, ngo_admin: chair },
    },
    schedule: { from: ['endorsed'], to: 'scheduled', allow: { staff: [] } },
    unschedule: { from: ['scheduled'], to: 'endorsed', allow: { staff: [] } },
    recordDiscussion: { from: ['scheduled'], to: 'discussed', allow: { staff: [] } },
    recommend: { from: ['discussed'], to: 'recommended', allow: { commissioner: [] } },
    reject: { from: ['discussed'], to: 'rejected', allow: { commissioner: [] } },
    returnForRevision: {
      from: ['discussed'],
      to: 'returned_for_revision',
      allow: { commissioner: [] },
    },
    sendToParliament: {
      from: ['recommended'],
      to: 'sent_to_parliament',
      allow: { staff: [], commissioner: [] },
    },
    recordParliamentResult: { from: ['sent_to_parliament'], allow: { staff: [] } },
    close: { from: ['sent_to_parliament'], to: 'closed', allow: { staff: [] } },
    withdraw: {
      from: ['submitted', 'council_review', 'returned', 'endorsed', 'returned_for_revision'],
      to: 'withdrawn',
      allow: { ngo_member: author, ngo_admin: author },
    },
  },
};
