import { describe, expect, it } from 'vitest';
import { availableActions, transition } from './workflow.js';
import { meetingWorkflow } from './meeting.workflow.js';
import {
  allowedQuadruples,
  fullyRelatedActor,
  matrixMismatches,
  RELATIONS,
  relatedActor,
  statusActionPairs,
  subjectIn,
} from './workflow-matrix.test-support.js';

// DESIGN.md, "Council meeting", and issue 11: the Secretariat plans, records and corrects a
// meeting; staff or the Commissioner publish it. Sitting on or chairing the council gives no
// say over the record: relations change nothing here.
const ALLOWED = allowedQuadruples([
  ['updatePlan', ['planned'], { staff: RELATIONS }],
  ['hold', ['planned'], { staff: RELATIONS }],
  ['updateRecord', ['held'], { staff: RELATIONS }],
  ['publish', ['held'], { staff: RELATIONS, commissioner: RELATIONS }],
  ['cancel', ['planned'], { staff: RELATIONS }],
]);

describe('meeting workflow: every (status, action, role, relation)', () => {
  it.each(statusActionPairs(meetingWorkflow))(
    '%s · %s, for every role and relation',
    (status, action) => {
      expect(matrixMismatches(meetingWorkflow, status, action, ALLOWED)).toEqual([]);
    },
  );
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
    ).toEqual({ ok: true, value: { action: 'publish', from: 'held', to: 'published' } });
    expect(transition(meetingWorkflow, subjectIn('planned'), 'cancel', staff)).toEqual({
      ok: true,
      value: { action: 'cancel', from: 'planned', to: 'cancelled' },
    });
  });

  it('keeps the status when the plan or the record is corrected', () => {
    const staff = fullyRelatedActor('staff');
    expect(transition(meetingWorkflow, subjectIn('planned'), 'updatePlan', staff)).toEqual({
      ok: true,
      value: { action: 'updatePlan', from: 'planned', to: 'planned' },
    });
    expect(transition(meetingWorkflow, subjectIn('held'), 'updateRecord', staff)).toEqual({
      ok: true,
      value: { action: 'updateRecord', from: 'held', to: 'held' },
    });
  });

  it('does not let a council chair (an NGO member) run the meeting', () => {
    const result = transition(
      meetingWorkflow,
      subjectIn('planned'),
      'hold',
      relatedActor('ngo_member', 'chair'),
    );
    expect(result.ok || result.error.code).toBe('WORKFLOW.ROLE_NOT_ALLOWED');
  });

  it('refuses to hold a cancelled meeting or to correct a published record, naming the status', () => {
    const staff = fullyRelatedActor('staff');
    const hold = transition(meetingWorkflow, subjectIn('cancelled'), 'hold', staff);
    expect(hold.ok || hold.error.code).toBe('WORKFLOW.NOT_ALLOWED_IN_STATE');
    expect(hold.ok || hold.error.message).toContain('«Скасовано»');
    const correct = transition(meetingWorkflow, subjectIn('published'), 'updateRecord', staff);
    expect(correct.ok || correct.error.message).toContain('«Оприлюднено»');
  });
});

describe('meeting workflow: availableActions', () => {
  it('offers staff the planning actions on a planned meeting', () => {
    expect(
      availableActions(meetingWorkflow, subjectIn('planned'), fullyRelatedActor('staff')),
    ).toEqual(['updatePlan', 'hold', 'cancel']);
  });

  it('offers correction and publication of a held meeting', () => {
    expect(
      availableActions(meetingWorkflow, subjectIn('held'), fullyRelatedActor('staff')),
    ).toEqual(['updateRecord', 'publish']);
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
