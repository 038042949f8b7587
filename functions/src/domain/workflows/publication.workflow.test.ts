import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './workflow.js';
import { publicationWorkflow } from './publication.workflow.js';
import {
  allowedTriples,
  everyCombination,
  fullyRelatedActor,
  subjectIn,
} from './workflow-matrix.test-support.js';

// DESIGN.md, "Publication": staff prepare, the Commissioner approves, a trigger (the system)
// writes the public record; staff or the Commissioner may retract it.
const ALLOWED = allowedTriples([
  ['edit', ['draft'], ['staff']],
  ['redactFlag', ['draft'], ['staff']],
  ['markNotPersonal', ['draft'], ['staff']],
  ['submitForApproval', ['draft'], ['staff']],
  ['approve', ['pending_approval'], ['commissioner']],
  ['returnToDraft', ['pending_approval'], ['commissioner']],
  ['publish', ['approved'], ['system']],
  ['publishFailed', ['approved'], ['system']],
  ['retract', ['published'], ['staff', 'commissioner']],
]);

describe('publication workflow: every (status, action, role)', () => {
  it.each(everyCombination(publicationWorkflow))('%s · %s · %s', (status, action, role) => {
    const result = transition(
      publicationWorkflow,
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

describe('publication workflow: transitions', () => {
  it('follows draft → pending_approval → approved → published → retracted', () => {
    const steps = [
      ['draft', 'submitForApproval', 'staff', 'pending_approval'],
      ['pending_approval', 'approve', 'commissioner', 'approved'],
      ['approved', 'publish', 'system', 'published'],
      ['published', 'retract', 'commissioner', 'retracted'],
    ] as const;
    for (const [from, action, role, to] of steps) {
      expect(
        transition(publicationWorkflow, subjectIn(from), action, fullyRelatedActor(role)),
      ).toEqual({
        ok: true,
        value: { action, from, to },
      });
    }
  });

  it('lets the Commissioner send a draft back, and staff edit without moving it', () => {
    expect(
      transition(
        publicationWorkflow,
        subjectIn('pending_approval'),
        'returnToDraft',
        fullyRelatedActor('commissioner'),
      ),
    ).toEqual({
      ok: true,
      value: { action: 'returnToDraft', from: 'pending_approval', to: 'draft' },
    });
    expect(
      transition(publicationWorkflow, subjectIn('draft'), 'edit', fullyRelatedActor('staff')),
    ).toEqual({
      ok: true,
      value: { action: 'edit', from: 'draft', to: 'draft' },
    });
  });

  it('does not let staff approve their own draft, even with decision authority on reports', () => {
    const actor = { ...fullyRelatedActor('staff'), decisionAuthority: true };
    const result = transition(publicationWorkflow, subjectIn('pending_approval'), 'approve', actor);
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
    expect(result.ok || result.error.message).toContain('«Працівник Секретаріату»');
  });

  it('does not let a person publish: only the server writes the public record', () => {
    const result = transition(
      publicationWorkflow,
      subjectIn('approved'),
      'publish',
      fullyRelatedActor('commissioner'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });

  it('refuses to edit an approved publication, naming the status', () => {
    const result = transition(
      publicationWorkflow,
      subjectIn('approved'),
      'edit',
      fullyRelatedActor('staff'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
    expect(result.ok || result.error.message).toContain('«Затверджено»');
  });
});

describe('publication workflow: availableActions', () => {
  it('offers each role its step', () => {
    expect(
      availableActions(publicationWorkflow, subjectIn('draft'), fullyRelatedActor('staff')),
    ).toEqual(['edit', 'redactFlag', 'markNotPersonal', 'submitForApproval']);
    expect(
      availableActions(
        publicationWorkflow,
        subjectIn('pending_approval'),
        fullyRelatedActor('commissioner'),
      ),
    ).toEqual(['approve', 'returnToDraft']);
    expect(
      availableActions(publicationWorkflow, subjectIn('approved'), fullyRelatedActor('system')),
    ).toEqual(['publish', 'publishFailed']);
    expect(
      availableActions(publicationWorkflow, subjectIn('published'), fullyRelatedActor('staff')),
    ).toEqual(['retract']);
  });

  it('offers nothing on a retracted publication or to NGO roles', () => {
    expect(
      availableActions(
        publicationWorkflow,
        subjectIn('retracted'),
        fullyRelatedActor('commissioner'),
      ),
    ).toEqual([]);
    expect(
      availableActions(publicationWorkflow, subjectIn('draft'), fullyRelatedActor('ngo_admin')),
    ).toEqual([]);
    expect(
      availableActions(
        publicationWorkflow,
        subjectIn('pending_approval'),
        fullyRelatedActor('staff'),
      ),
    ).toEqual([]);
  });
});
