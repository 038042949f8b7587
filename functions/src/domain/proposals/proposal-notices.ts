import type { CO_AUTHOR_TEMPLATES } from '../mail/templates/co-authors.js';
import type { PARLIAMENT_TEMPLATES } from '../mail/templates/parliament.js';
import type { PROPOSAL_TEMPLATES } from '../mail/templates/proposals.js';
import type { ProposalAction } from '../workflows/proposal.workflow.js';

/**
 * Who is emailed at each step of a proposal, and with which template (issue 11: at every step
 * the authors, the council's chair and staff; the Commissioner too once the proposal is
 * endorsed and once it is discussed). The runner resolves each audience to accounts — the
 * members of the authoring organisations, the chair on the day, the Secretariat officers —
 * leaves out the person who acted, and renders each mail in the recipient's language.
 */
export type ProposalAudience =
  'authors' | 'chair' | 'staff' | 'commissioner' | 'invitedOrganisation';

export type ProposalTemplateName =
  | keyof typeof PROPOSAL_TEMPLATES
  | keyof typeof PARLIAMENT_TEMPLATES
  | keyof typeof CO_AUTHOR_TEMPLATES;

export interface ProposalNotice {
  template: ProposalTemplateName;
  to: readonly ProposalAudience[];
}

const EVERY_STEP = ['authors', 'chair', 'staff'] as const;
const WITH_COMMISSIONER = [...EVERY_STEP, 'commissioner'] as const;

export const PROPOSAL_NOTICES: Record<ProposalAction, ProposalNotice> = {
  submit: { template: 'proposal.submitted', to: EVERY_STEP },
  inviteCoAuthor: { template: 'proposal.co_author_invited', to: ['invitedOrganisation'] },
  startCouncilReview: { template: 'proposal.status_changed', to: EVERY_STEP },
  return: { template: 'proposal.returned', to: EVERY_STEP },
  resubmit: { template: 'proposal.submitted', to: EVERY_STEP },
  endorse: { template: 'proposal.endorsed', to: WITH_COMMISSIONER },
  schedule: { template: 'proposal.scheduled', to: EVERY_STEP },
  unschedule: { template: 'proposal.status_changed', to: EVERY_STEP },
  recordDiscussion: { template: 'proposal.discussed', to: WITH_COMMISSIONER },
  recommend: { template: 'proposal.decided', to: EVERY_STEP },
  reject: { template: 'proposal.decided', to: EVERY_STEP },
  returnForRevision: { template: 'proposal.decided', to: EVERY_STEP },
  sendToParliament: { template: 'proposal.sent_to_parliament', to: EVERY_STEP },
  recordParliamentResult: { template: 'proposal.bill_stage_recorded', to: EVERY_STEP },
  close: { template: 'proposal.closed', to: EVERY_STEP },
  withdraw: { template: 'proposal.status_changed', to: EVERY_STEP },
};

/** Answers to a co-author invitation and comments go to the authors (and, for comments, staff). */
export const CO_AUTHOR_ANSWER_NOTICE = {
  accept: { template: 'proposal.co_author_accepted', to: ['authors'] },
  decline: { template: 'proposal.co_author_declined', to: ['authors'] },
} as const satisfies Record<'accept' | 'decline', ProposalNotice>;

export const COMMENT_NOTICE = {
  template: 'proposal.comment_added',
  to: ['authors'],
} as const satisfies ProposalNotice;

/** The tracker's reminder, every 30 days while the outcome is open, goes to staff. */
export const TRACKER_REMINDER_NOTICE = {
  template: 'proposal.tracker_reminder',
  to: ['staff'],
} as const satisfies ProposalNotice;
