import { useEffect, useState } from 'preact/hooks';

/**
 * Live data a page shows, as it arrives: `loading`, then `ready` with the value, or `failed`.
 * Pages get their data from the web/src/firebase adapters, which are imported lazily (they
 * carry the Firestore SDK): `subscribe` does the import itself. Data read once when a page
 * opens is better read by the router first (router/page.ts `DataPage`).
 */
export type Loaded<T> =
  { status: 'loading' } | { status: 'ready'; value: T } | { status: 'failed'; error: unknown };

/**
 * Follows live data (a Firestore listener) while the component is shown. `subscribe` starts
 * listening and resolves to the function that stops it. When `deps` change, the data is
 * `loading` from that very render on: what was shown for the old `deps` is never taken for
 * the new.
 */
export function useLive<T>(
  subscribe: (next: (value: T) => void, fail: (error: Error) => void) => Promise<() => void>,
  deps: readonly unknown[],
): Loaded<T> {
  const [state, setState] = useState<{ deps: readonly unknown[]; loaded: Loaded<T> }>({
    deps,
    loaded: { status: 'loading' },
  });
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    const set = (loaded: Loaded<T>) => live && setState({ deps, loaded });
    set({ status: 'loading' });
    const fail = (error: unknown) => {
      console.error(error);
      set({ status: 'failed', error });
    };
    subscribe((value) => set({ status: 'ready', value }), fail).then((unsubscribe) => {
      if (live) stop = unsubscribe;
      else unsubscribe();
    }, fail);
    return () => {
      live = false;
      stop?.();
    };
    // The caller names what the data depends on.
  }, deps);
  const current =
    state.deps.length === deps.length && state.deps.every((dep, i) => Object.is(dep, deps[i]));
  return current ? state.loaded : { status: 'loading' };
}

/**
 * Data read once (a list, a callable's answer) while the component is shown, and read again
 * when `deps` change.
 */
export function useRead<T>(read: () => Promise<T>, deps: readonly unknown[]): Loaded<T> {
  return useLive<T>(async (next) => {
    next(await read());
    return () => undefined;
  }, deps);
}

/** Starts a listener (a web/src/firebase `watch…`) with what it calls on a value and on failure. */
export type Watch<T> = (next: (value: T) => void, fail: (error: Error) => void) => () => void;

/**
 * The first value of a listener, for a page that reads its data before it is shown (its
 * heading names what it shows) and then follows it (`useLive`, `latest`).
 */
export function firstValue<T>(watch: Watch<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    let done = false;
    const settle = (finish: () => void) => {
      if (done) return;
      done = true;
      finish();
      // A listener may answer before `watch` has returned its stop function.
      queueMicrotask(() => stop());
    };
    const stop = watch(
      (value) => settle(() => resolve(value)),
      (error) => settle(() => reject(error)),
    );
  });
}

/**
 * What a page that read its data before it was shown (`first`, with `firstValue`) shows while
 * it follows it: the listener's latest value once there is one.
 */
export function latest<T>(first: T, live: Loaded<T>): T {
  return live.status === 'ready' ? live.value : first;
}
