import { describe, expect, it } from 'vitest';
import { runEachStep } from './each-step.js';

const permanent = new Error('does not fit');
const passing = new Error('contention');
const decide = (error: unknown) => (error === permanent ? 'give-up' : 'retry');

describe('runEachStep', () => {
  it('runs every step in order, and has nothing to retry when all succeed', async () => {
    const ran: string[] = [];
    const step = (name: string) => ({ name, run: async () => void ran.push(name) });
    expect(await runEachStep([step('registration'), step('statistics')], decide)).toEqual({
      retry: undefined,
      gaveUp: [],
    });
    expect(ran).toEqual(['registration', 'statistics']);
  });

  it('runs the later step after an earlier one failed, and retries for the passing failure', async () => {
    const ran: string[] = [];
    const outcome = await runEachStep(
      [
        { name: 'registration', run: () => Promise.reject(passing) },
        { name: 'statistics', run: async () => void ran.push('statistics') },
      ],
      decide,
    );
    expect(ran).toEqual(['statistics']);
    expect(outcome.retry).toEqual({ step: 'registration', error: passing, decision: 'retry' });
    expect(outcome.gaveUp).toEqual([]);
  });

  it('gives up on a permanent failure without retrying, and retries the other step’s', async () => {
    const only = await runEachStep(
      [
        { name: 'registration', run: () => Promise.reject(permanent) },
        { name: 'statistics', run: async () => undefined },
      ],
      decide,
    );
    expect(only.retry).toBeUndefined();
    expect(only.gaveUp.map((f) => f.step)).toEqual(['registration']);

    const both = await runEachStep(
      [
        { name: 'registration', run: () => Promise.reject(permanent) },
        { name: 'statistics', run: () => Promise.reject(passing) },
      ],
      decide,
    );
    expect(both.retry?.step).toBe('statistics');
    expect(both.gaveUp.map((f) => f.step)).toEqual(['registration']);
  });
});
