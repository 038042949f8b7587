import { describe, expect, it } from 'vitest';
import { CO_AUTHOR_TEMPLATES } from '../mail/templates/co-authors.js';
import { PARLIAMENT_TEMPLATES } from '../mail/templates/parliament.js';
import { PROPOSAL_TEMPLATES } from '../mail/templates/proposals.js';
import { proposalWorkflow } from '../workflows/proposal.workflow.js';
import {
  CO_AUTHOR_ANSWER_NOTICE,
  COMMENT_NOTICE,
  PROPOSAL_NOTICES,
  TRACKER_REMINDER_NOTICE,
} from './proposal-notices.js';

const TEMPLATES = { ...PROPOSAL_TEMPLATES, ...PARLIAMENT_TEMPLATES, ...CO_AUTHOR_TEMPLATES };

describe('proposal notices', () => {
  it('say for every action of the workflow who is emailed with an existing template', () => {
    expect(Object.keys(PROPOSAL_NOTICES).sort()).toEqual(
      Object.keys(proposalWorkflow.actions).sort(),
    );
    for (const notice of [
      ...Object.values(PROPOSAL_NOTICES),
      ...Object.values(CO_AUTHOR_ANSWER_NOTICE),
      COMMENT_NOTICE,
      TRACKER_REMINDER_NOTICE,
    ]) {
      expect(Object.hasOwn(TEMPLATES, notice.template), notice.template).toBe(true);
    }
  });

  it('email the authors, the chair and staff at every step of the workflow', () => {
    for (const [action, notice] of Object.entries(PROPOSAL_NOTICES)) {
      if (action === 'inviteCoAuthor') continue;
      expect(notice.to, action).toEqual(expect.arrayContaining(['authors', 'chair', 'staff']));
    }
  });

  it('email the Commissioner once endorsed and once discussed, and at no other step', () => {
    const withCommissioner = Object.entries(PROPOSAL_NOTICES)
      .filter(([, notice]) => notice.to.includes('commissioner'))
      .map(([action]) => action);
    expect(withCommissioner).toEqual(['endorse', 'recordDiscussion']);
  });

  it('send an invitation to the invited organisation alone', () => {
    expect(PROPOSAL_NOTICES.inviteCoAuthor.to).toEqual(['invitedOrganisation']);
  });

  it('every template has a notice, so none is written and never sent', () => {
    const used = new Set<string>(
      [
        ...Object.values(PROPOSAL_NOTICES),
        ...Object.values(CO_AUTHOR_ANSWER_NOTICE),
        COMMENT_NOTICE,
        TRACKER_REMINDER_NOTICE,
      ].map((n) => n.template),
    );
    expect(Object.keys(TEMPLATES).filter((name) => !used.has(name))).toEqual([]);
  });
});
