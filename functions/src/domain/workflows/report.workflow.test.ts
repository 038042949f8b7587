import { describe, expect, it } from 'vitest';
import { transition } from './workflow.js';
import { reportWorkflow } from './report.workflow.js';
import {
  allowedTriples,
  everyCombination,
  fullyRelatedActor,
  OWN_REGION,
  subjectIn,
} from './workflow-matrix.test-support.js';

const PAST_REGISTRATION = [
  'registered',
  'in_review',
  'info_requested',
  'decided',
  'declined',
  'closed',
  'withdrawn',
] as const;

const ALLOWED = allowedTriples([
  ['submit', ['draft'], ['ngo_member', 'ngo_admin']],
  ['register', ['submitted'], ['system']],
  ['assign', ['registered', 'in_review', 'info_requested', 'decided'], ['staff', 'coordinator']],
  ['startReview', ['registered'], ['staff', 'coordinator']],
  ['requestInfo', ['in_review'], ['staff', 'coordinator']],
  ['provideInfo', ['info_requested'], ['ngo_member', 'ngo_admin']],
  ['resumeReview', ['info_requested'], ['staff', 'coordinator']],
  ['decide', ['in_review'], ['commissioner', 'staff']],
  ['decline', ['registered', 'in_review'], ['commissioner', 'staff']],
  ['recordMeasure', ['decided'], ['staff', 'coordinator', 'commissioner']],
  ['close', ['decided'], ['staff', 'coordinator', 'commissioner']],
  ['reopen', ['closed'], ['staff', 'commissioner']],
  [
    'withdraw',
    ['submitted', 'registered', 'in_review', 'info_requested'],
    ['ngo_member', 'ngo_admin'],
  ],
  // Staff actions that record without moving the report: never on a draft (security review,
  // finding 5), nor before registration, except reading the personal data of a submission.
  ['linkDuplicate', PAST_REGISTRATION, ['staff', 'commissioner', 'coordinator']],
  [
    'viewPersonalData',
    ['submitted', ...PAST_REGISTRATION],
    ['staff', 'commissioner', 'coordinator'],
  ],
  // The NGO's consent to publishing the outcome, changeable after submission.
  ['setPublicationConsent', ['submitted', ...PAST_REGISTRATION], ['ngo_member', 'ngo_admin']],
]);

describe('report workflow: every (status, action, role)', () => {
  it.each(everyCombination(reportWorkflow))('%s · %s · %s', (status, action, role) => {
    const result = transition(reportWorkflow, subjectIn(status), action, fullyRelatedActor(role), {
      orgVerified: true,
    });
    expect(result.ok).toBe(ALLOWED.has(`${status} ${action} ${role}`));
    if (!result.ok) {
      expect(result.error.code).toMatch(/^WORKFLOW\./);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('report workflow: who the actor is matters, not only the role', () => {
  it('moves a submitted report to registered and an in-review one to decided', () => {
    const registered = transition(
      reportWorkflow,
      subjectIn('submitted'),
      'register',
      fullyRelatedActor('system'),
    );
    expect(registered).toEqual({
      ok: true,
      value: { action: 'register', from: 'submitted', to: 'registered' },
    });
    const recorded = transition(
      reportWorkflow,
      subjectIn('decided'),
      'recordMeasure',
      fullyRelatedActor('staff'),
    );
    expect(recorded).toEqual({
      ok: true,
      value: { action: 'recordMeasure', from: 'decided', to: 'decided' },
    });
  });

  it('refuses a member of another organisation', () => {
    const actor = { ...fullyRelatedActor('ngo_member'), orgId: 'org-other' };
    const result = transition(reportWorkflow, subjectIn('registered'), 'withdraw', actor);
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('refuses submission while the organisation is not verified, and says so', () => {
    const result = transition(
      reportWorkflow,
      subjectIn('draft'),
      'submit',
      fullyRelatedActor('ngo_admin'),
      {
        orgVerified: false,
      },
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ORGANISATION_NOT_VERIFIED');
    expect(result.ok || result.error.message).toContain('перевірку');
  });

  it('refuses a coordinator of another region', () => {
    const actor = { ...fullyRelatedActor('coordinator'), regions: ['UA-46'] };
    expect(subjectIn('registered').regionCode).toBe(OWN_REGION);
    const result = transition(reportWorkflow, subjectIn('registered'), 'startReview', actor);
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_IN_REGION');
  });

  it('refuses a decision by staff without the Commissioner’s authority', () => {
    const actor = { ...fullyRelatedActor('staff'), decisionAuthority: false };
    const result = transition(reportWorkflow, subjectIn('in_review'), 'decide', actor);
    expect(result.ok || result.error.code).toBe('WORKFLOW.NO_DECISION_AUTHORITY');
  });

  it('explains a wrong state in Ukrainian with the status name', () => {
    const result = transition(
      reportWorkflow,
      subjectIn('closed'),
      'decide',
      fullyRelatedActor('commissioner'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
    expect(result.ok || result.error.message).toContain('«Закрито»');
  });

  it('keeps staff out of a draft, whatever they try on it', () => {
    for (const action of ['linkDuplicate', 'viewPersonalData', 'assign', 'startReview']) {
      const result = transition(
        reportWorkflow,
        subjectIn('draft'),
        action,
        fullyRelatedActor('staff'),
      );
      expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
    }
  });

  it('rejects unknown and inherited action names', () => {
    for (const action of ['fly', 'toString', '__proto__']) {
      const result = transition(
        reportWorkflow,
        subjectIn('draft'),
        action,
        fullyRelatedActor('staff'),
      );
      expect(result.ok || result.error.code).toBe('WORKFLOW.UNKNOWN_ACTION');
    }
  });
});
