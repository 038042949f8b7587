import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './workflow.js';
import { organisationWorkflow } from './organisation.workflow.js';
import {
  allowedTriples,
  everyCombination,
  fullyRelatedActor,
  subjectIn,
} from './workflow-matrix.test-support.js';

// DESIGN.md, "Organisation": pending → verified | rejected by staff or admin; a rejected
// organisation's own admin may correct the profile and send it back for verification.
const ALLOWED = allowedTriples([
  ['verify', ['pending'], ['staff', 'admin']],
  ['reject', ['pending'], ['staff', 'admin']],
  ['resubmit', ['rejected'], ['ngo_admin']],
]);

describe('organisation workflow: every (status, action, role)', () => {
  it.each(everyCombination(organisationWorkflow))('%s · %s · %s', (status, action, role) => {
    const result = transition(
      organisationWorkflow,
      subjectIn(status),
      action,
      fullyRelatedActor(role),
      {
        orgVerified: true,
      },
    );
    expect(result.ok).toBe(ALLOWED.has(`${status} ${action} ${role}`));
    if (!result.ok) {
      expect(result.error.code).toMatch(/^WORKFLOW\./);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('organisation workflow: transitions and requirements', () => {
  it('moves a pending organisation to verified or rejected', () => {
    expect(
      transition(organisationWorkflow, subjectIn('pending'), 'verify', fullyRelatedActor('admin')),
    ).toEqual({
      ok: true,
      value: { action: 'verify', from: 'pending', to: 'verified' },
    });
    expect(
      transition(organisationWorkflow, subjectIn('pending'), 'reject', fullyRelatedActor('staff')),
    ).toEqual({
      ok: true,
      value: { action: 'reject', from: 'pending', to: 'rejected' },
    });
  });

  it('sends a rejected organisation back to pending when its own admin resubmits', () => {
    const result = transition(
      organisationWorkflow,
      subjectIn('rejected'),
      'resubmit',
      fullyRelatedActor('ngo_admin'),
    );
    expect(result).toEqual({
      ok: true,
      value: { action: 'resubmit', from: 'rejected', to: 'pending' },
    });
  });

  it('does not require the organisation to be verified to resubmit (it cannot be)', () => {
    const result = transition(
      organisationWorkflow,
      subjectIn('rejected'),
      'resubmit',
      fullyRelatedActor('ngo_admin'),
      {
        orgVerified: false,
      },
    );
    expect(result.ok).toBe(true);
  });

  it('refuses the admin of another organisation', () => {
    const actor = { ...fullyRelatedActor('ngo_admin'), orgId: 'org-other' };
    const result = transition(organisationWorkflow, subjectIn('rejected'), 'resubmit', actor);
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_OWN_ORGANISATION');
  });

  it('refuses a plain member, naming the role in Ukrainian', () => {
    const result = transition(
      organisationWorkflow,
      subjectIn('rejected'),
      'resubmit',
      fullyRelatedActor('ngo_member'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
    expect(result.ok || result.error.message).toContain('«Представник ГО»');
  });

  it('refuses to verify twice, naming the current status', () => {
    const result = transition(
      organisationWorkflow,
      subjectIn('verified'),
      'verify',
      fullyRelatedActor('staff'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
    expect(result.ok || result.error.message).toContain('«Перевірена»');
  });
});

describe('organisation workflow: availableActions', () => {
  it('offers staff and admins verification of a pending organisation', () => {
    expect(
      availableActions(organisationWorkflow, subjectIn('pending'), fullyRelatedActor('staff')),
    ).toEqual(['verify', 'reject']);
    expect(
      availableActions(organisationWorkflow, subjectIn('pending'), fullyRelatedActor('admin')),
    ).toEqual(['verify', 'reject']);
  });

  it('offers the organisation’s own admin only resubmission, and only when rejected', () => {
    expect(
      availableActions(organisationWorkflow, subjectIn('rejected'), fullyRelatedActor('ngo_admin')),
    ).toEqual(['resubmit']);
    expect(
      availableActions(organisationWorkflow, subjectIn('pending'), fullyRelatedActor('ngo_admin')),
    ).toEqual([]);
    const stranger = { ...fullyRelatedActor('ngo_admin'), orgId: 'org-other' };
    expect(availableActions(organisationWorkflow, subjectIn('rejected'), stranger)).toEqual([]);
  });

  it('offers nothing on a verified organisation', () => {
    for (const role of ['ngo_admin', 'staff', 'admin', 'commissioner'] as const) {
      expect(
        availableActions(organisationWorkflow, subjectIn('verified'), fullyRelatedActor(role)),
      ).toEqual([]);
    }
  });
});
