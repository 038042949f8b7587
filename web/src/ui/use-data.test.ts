import { describe, expect, it, vi } from 'vitest';
import { firstValue, type Watch } from './use-data.js';

/** A listener that gives what it is told to, when it is told to. */
function listener<T>() {
  const stop = vi.fn();
  let next: (value: T) => void = () => undefined;
  let fail: (error: Error) => void = () => undefined;
  const watch: Watch<T> = (onNext, onFail) => {
    next = onNext;
    fail = onFail;
    return stop;
  };
  return { watch, stop, give: (value: T) => next(value), fail: (error: Error) => fail(error) };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('the first value of a listener', () => {
  it('resolves with the first value and stops listening', async () => {
    const source = listener<string>();
    const first = firstValue(source.watch);
    source.give('ГО «Світанок»');
    source.give('ГО «Світанок» (змінено)');
    await expect(first).resolves.toBe('ГО «Світанок»');
    await settle();
    expect(source.stop).toHaveBeenCalledTimes(1);
  });

  it('rejects with the listener’s failure, and stops listening', async () => {
    const source = listener<string>();
    const first = firstValue(source.watch);
    source.fail(new Error('permission-denied'));
    await expect(first).rejects.toThrow('permission-denied');
    await settle();
    expect(source.stop).toHaveBeenCalledTimes(1);
  });

  it('copes with a listener that answers before it has returned its stop function', async () => {
    const stop = vi.fn();
    const first = firstValue<number>((next) => {
      next(27);
      return stop;
    });
    await expect(first).resolves.toBe(27);
    await settle();
    expect(stop).toHaveBeenCalledTimes(1);
  });
});
