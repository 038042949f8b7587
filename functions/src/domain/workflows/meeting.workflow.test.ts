import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './workflow.js';
import { meetingWorkflow } from './meeting.workflow.js';
import {
  allowedTriples,
  everyCombination,
  fullyRelatedActor,
  subjectIn,
} from './workflow-matrix.test-support.js';

// DESIGN.md, "Council meeting": planned → held → published, run by the Secretariat; the
// Commissioner may also publish the outcome. A planned meeting can be cancelled.
const ALLOWED = allowedTriples([
  ['updatePlan', ['planned'], ['staff']],
  ['hold', ['planned'], ['staff']],
  ['publish', ['held'], ['staff', 'commissioner']],
  ['cancel', ['planned'], ['staff']],
]);

describe('meeting workflow: every (status, action, role)', () => {
  it.each(everyCombination(meetingWorkflow))('%s · %s · %s', (status, action, role) => {
    const result = transition(meetingWorkflow, subjectIn(status), action, fullyRelatedActor(role), {
      orgVerified: true,
    });
    expect(result.ok).toBe(ALLOWED.has(`${status} ${action} ${role}`));
    if (!result.ok) {
      expect(result.error.code).toMatch(/^WORKFLOW\./);
      expect(result.error.message.length).toBeGreaterThan(10);
    }
  });
});

describe('meeting workflow: transitions', () => {
  it('moves planned → held → published, and planned → cancelled', () => {
    const staff = fullyRelatedActor('staff');
    expect(transition(meetingWorkflow, subjectIn('planned'), 'hold', staff)).toEqual({
      ok: true,
      value: { action: 'hold', from: 'planned', to: 'held' },
    });
    expect(
      transition(meetingWorkflow, subjectIn('held'), 'publish', fullyRelatedActor('commissioner')),
    ).toEqual({
      ok: true,
      value: { action: 'publish', from: 'held', to: 'published' },
    });
    expect(transition(meetingWorkflow, subjectIn('planned'), 'cancel', staff)).toEqual({
      ok: true,
      value: { action: 'cancel', from: 'planned', to: 'cancelled' },
    });
  });

  it('keeps the status when the plan is updated', () => {
    expect(
      transition(meetingWorkflow, subjectIn('planned'), 'updatePlan', fullyRelatedActor('staff')),
    ).toEqual({
      ok: true,
      value: { action: 'updatePlan', from: 'planned', to: 'planned' },
    });
  });

  it('does not let a council chair (an NGO member) run the meeting', () => {
    const result = transition(
      meetingWorkflow,
      subjectIn('planned'),
      'hold',
      fullyRelatedActor('ngo_member'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });

  it('refuses to hold a cancelled meeting, naming the status', () => {
    const result = transition(
      meetingWorkflow,
      subjectIn('cancelled'),
      'hold',
      fullyRelatedActor('staff'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
    expect(result.ok || result.error.message).toContain('«Скасовано»');
  });
});

describe('meeting workflow: availableActions', () => {
  it('offers staff the planning actions on a planned meeting', () => {
    expect(
      availableActions(meetingWorkflow, subjectIn('planned'), fullyRelatedActor('staff')),
    ).toEqual(['updatePlan', 'hold', 'cancel']);
  });

  it('offers publication of a held meeting to staff and the Commissioner', () => {
    expect(
      availableActions(meetingWorkflow, subjectIn('held'), fullyRelatedActor('staff')),
    ).toEqual(['publish']);
    expect(
      availableActions(meetingWorkflow, subjectIn('held'), fullyRelatedActor('commissioner')),
    ).toEqual(['publish']);
  });

  it('offers nothing to NGO roles or on a finished meeting', () => {
    expect(
      availableActions(meetingWorkflow, subjectIn('planned'), fullyRelatedActor('ngo_admin')),
    ).toEqual([]);
    expect(
      availableActions(meetingWorkflow, subjectIn('published'), fullyRelatedActor('staff')),
    ).toEqual([]);
    expect(
      availableActions(meetingWorkflow, subjectIn('cancelled'), fullyRelatedActor('staff')),
    ).toEqual([]);
  });
});
