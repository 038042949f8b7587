import { describe, expect, it } from 'vitest';
import { availableActions, transition, type Workflow } from './workflow.js';
import { councilApplicationWorkflow } from './council-application.workflow.js';
import { councilWorkflow } from './council.workflow.js';
import { meetingWorkflow } from './meeting.workflow.js';
import { organisationWorkflow } from './organisation.workflow.js';
import { proposalWorkflow } from './proposal.workflow.js';
import { publicationWorkflow } from './publication.workflow.js';
import { reportWorkflow } from './report.workflow.js';
import { fullyRelatedActor, subjectIn } from './workflow-matrix.test-support.js';

const WORKFLOWS: [Workflow<string, string>, string][] = [
  [reportWorkflow, 'draft'],
  [organisationWorkflow, 'pending'],
  [proposalWorkflow, 'draft'],
  [meetingWorkflow, 'planned'],
  [councilWorkflow, 'active'],
  [councilApplicationWorkflow, 'pending'],
  [publicationWorkflow, 'draft'],
];

describe.each(WORKFLOWS)('workflow definition: %o', (workflow, initial) => {
  it('labels every status in both languages', () => {
    expect(Object.keys(workflow.statusLabels).sort()).toEqual([...workflow.statuses].sort());
    for (const label of Object.values(workflow.statusLabels)) {
      expect(label.uk).toMatch(/[А-ЯІЇЄҐа-яіїєґ]/);
      expect(label.en).toMatch(/^[A-Z]/);
    }
  });

  it('moves only between declared statuses, and every action has someone allowed', () => {
    for (const rule of Object.values(workflow.actions)) {
      // Only the action a document starts with comes from no status (and always names one).
      if (rule.creates) expect([rule.from.length, rule.to !== undefined]).toEqual([0, true]);
      else expect(rule.from.length).toBeGreaterThan(0);
      for (const from of rule.from) expect(workflow.statuses).toContain(from);
      if (rule.to !== undefined) expect(workflow.statuses).toContain(rule.to);
      expect(Object.keys(rule.allow).length).toBeGreaterThan(0);
    }
  });

  it(`reaches every status from «${initial}»`, () => {
    const reached = new Set([initial]);
    let grew = true;
    while (grew) {
      grew = false;
      for (const rule of Object.values(workflow.actions)) {
        if (rule.to && !reached.has(rule.to) && rule.from.some((s) => reached.has(s))) {
          reached.add(rule.to);
          grew = true;
        }
      }
    }
    expect([...reached].sort()).toEqual([...workflow.statuses].sort());
  });
});

describe('workflow engine', () => {
  it('checks the role before the state, so a stranger learns nothing about the status', () => {
    const result = transition(
      reportWorkflow,
      subjectIn('closed'),
      'decide',
      fullyRelatedActor('ngo_member'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });

  it('names the system actor in Ukrainian when it is not allowed', () => {
    const result = transition(
      reportWorkflow,
      subjectIn('draft'),
      'submit',
      fullyRelatedActor('system'),
    );
    expect(result.ok || result.error.message).toBe('Роль «система» не може виконати цю дію');
    expect(result.ok || result.error.messageEn).toContain('the system');
  });

  it('refuses a coordinator when the report has no region', () => {
    const subject = { ...subjectIn('registered' as const), regionCode: undefined };
    const result = transition(
      reportWorkflow,
      subject,
      'startReview',
      fullyRelatedActor('coordinator'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_IN_REGION');
  });

  it('refuses an NGO actor without an organisation', () => {
    const actor = { ...fullyRelatedActor('ngo_member'), orgId: undefined };
    const result = transition(reportWorkflow, subjectIn('submitted'), 'withdraw', actor);
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('reports the first unmet requirement in the order the rule lists them', () => {
    // submit needs ownOrganisation, then verifiedOrganisation: both unmet → the first.
    const actor = { ...fullyRelatedActor('ngo_member'), orgId: 'org-other' };
    const result = transition(reportWorkflow, subjectIn('draft'), 'submit', actor, {
      orgVerified: false,
    });
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('offers a coordinator actions only in their own region', () => {
    const own = fullyRelatedActor('coordinator');
    expect(availableActions(reportWorkflow, subjectIn('registered'), own)).toEqual([
      'assign',
      'startReview',
      'linkDuplicate',
      'viewPersonalData',
    ]);
    const elsewhere = { ...own, regions: ['UA-46'] };
    expect(availableActions(reportWorkflow, subjectIn('registered'), elsewhere)).toEqual([]);
  });
});
