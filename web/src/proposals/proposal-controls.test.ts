import { describe, expect, it } from 'vitest';
import type { ProposalAccessView } from '@domain/policies/proposal.policy.js';
import type { Actor } from '@domain/roles.js';
import { proposalControls } from './proposal-controls.js';
import { filterProposals } from './proposal-list.js';

const COUNCIL = 'expert-detention';
const view = (status: ProposalAccessView['status']): ProposalAccessView => ({
  status,
  councilId: COUNCIL,
  orgIds: ['11111111'],
});
const author: Actor = { uid: 'a', role: 'ngo_member', orgId: '11111111', memberOf: [COUNCIL] };
const chair: Actor = {
  uid: 'c',
  role: 'ngo_admin',
  orgId: '22222222',
  memberOf: [COUNCIL],
  chairOf: [COUNCIL],
};
const staff: Actor = { uid: 's', role: 'staff' };
const commissioner: Actor = { uid: 'k', role: 'commissioner' };

describe('what the proposal page offers', () => {
  it('offers the authors the editor while the text is theirs, and withdrawal once submitted', () => {
    expect(proposalControls(author, view('draft'), true).actions).toEqual(['edit']);
    expect(proposalControls(author, view('returned'), true).actions).toEqual(['edit', 'withdraw']);
    expect(proposalControls(author, view('council_review'), true)).toMatchObject({
      actions: ['withdraw'],
      comment: true,
    });
  });

  it('offers the chair review, endorsement and return; staff review and return, not endorsement', () => {
    expect(proposalControls(chair, view('submitted'), true).actions).toEqual([
      'startCouncilReview',
    ]);
    expect(proposalControls(chair, view('council_review'), true).actions).toEqual([
      'endorse',
      'return',
    ]);
    expect(proposalControls(staff, view('council_review'), false).actions).toEqual(['return']);
  });

  it('offers the Commissioner the decision once discussed, and nothing before', () => {
    expect(proposalControls(commissioner, view('endorsed'), false).actions).toEqual([]);
    expect(proposalControls(commissioner, view('discussed'), false).actions).toEqual(['decide']);
    expect(proposalControls(chair, view('discussed'), true).actions).toEqual([]);
  });

  it('offers staff the recommendation, then the stages and the outcome; the others read', () => {
    expect(proposalControls(staff, view('recommended'), false).actions).toEqual([
      'sendToParliament',
    ]);
    expect(proposalControls(staff, view('sent_to_parliament'), false).actions).toEqual([
      'recordStage',
      'recordOutcome',
    ]);
    expect(proposalControls(staff, view('closed'), false).actions).toEqual([]);
    const coordinator: Actor = { uid: 'o', role: 'coordinator' };
    for (const reader of [author, chair, coordinator]) {
      for (const status of ['recommended', 'sent_to_parliament', 'closed'] as const) {
        expect(proposalControls(reader, view(status), true).actions, status).toEqual([]);
      }
    }
  });

  it('lets only the authors invite co-authors, while the text is theirs', () => {
    expect(proposalControls(author, view('draft'), true).invite).toBe(true);
    expect(proposalControls(chair, view('draft'), true).invite).toBe(false);
    expect(proposalControls(author, view('endorsed'), true).invite).toBe(false);
  });
});

describe('the proposals list’s filters', () => {
  const items = [
    { id: '1', councilId: 'a', status: 'draft' as const },
    { id: '2', councilId: 'b', status: 'endorsed' as const },
    { id: '3', councilId: 'a', status: 'endorsed' as const },
  ];
  it('filters by council and by status, each alone or both', () => {
    expect(filterProposals(items, { council: 'a', status: '' }).map((i) => i.id)).toEqual([
      '1',
      '3',
    ]);
    expect(filterProposals(items, { council: '', status: 'endorsed' }).map((i) => i.id)).toEqual([
      '2',
      '3',
    ]);
    expect(filterProposals(items, { council: 'a', status: 'endorsed' }).map((i) => i.id)).toEqual([
      '3',
    ]);
    expect(filterProposals(items, { council: '', status: '' })).toHaveLength(3);
  });
});
