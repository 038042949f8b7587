import { describe, expect, it } from 'vitest';
import { actionResult, ActionResultError } from './action-results.js';
import { orgActionResults } from './org-action.results.js';
import { reportActionResults } from './report-action.results.js';

describe('callable answers read through their result schemas', () => {
  it('gives a workflow step of reportAction as its schema types it', () => {
    const step = actionResult('reportAction', reportActionResults, 'startReview', {
      reportId: 'r1',
      status: 'in_review',
    });
    expect(step).toEqual({ reportId: 'r1', status: 'in_review' });
  });

  it('refuses an answer that does not fit, naming the callable, the action and the field', () => {
    const read = () =>
      actionResult('reportAction', reportActionResults, 'recordMeasure', {
        reportId: 'r1',
        status: 'decided',
      });
    expect(read).toThrow(ActionResultError);
    expect(read).toThrow(/reportAction recordMeasure: .*«measureId»/);
    try {
      read();
    } catch (error) {
      expect(error).toMatchObject({ action: 'recordMeasure', field: 'measureId' });
    }
  });

  it('refuses a status the workflow does not know', () => {
    expect(() =>
      actionResult('reportAction', reportActionResults, 'intake', {
        reportId: 'r1',
        status: 'lost',
      }),
    ).toThrow(/«status»/);
  });

  it('tells the two answers of orgAction register apart', () => {
    expect(
      actionResult('orgAction', orgActionResults, 'register', {
        orgId: '43900118',
        outcome: 'join_requested',
      }),
    ).toEqual({ orgId: '43900118', outcome: 'join_requested' });
    expect(() =>
      actionResult('orgAction', orgActionResults, 'register', {
        orgId: '43900118',
        outcome: 'registered',
      }),
    ).toThrow(/«coordinatorNotified»/);
  });

  it('has a result schema for every action of both callables', async () => {
    const { reportActionInput } = await import('./report-action.schema.js');
    const { orgActionInput } = await import('./org-action.schema.js');
    const actions = (schema: typeof reportActionInput | typeof orgActionInput) =>
      schema.options.map((option) => option.shape.action.value).sort();
    expect(Object.keys(reportActionResults).sort()).toEqual(actions(reportActionInput));
    expect(Object.keys(orgActionResults).sort()).toEqual(actions(orgActionInput));
  });
});
