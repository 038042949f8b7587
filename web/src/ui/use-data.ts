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
 * listening and resolves to the function that stops it.
 */
export function useLive<T>(
  subscribe: (next: (value: T) => void, fail: (error: Error) => void) => Promise<() => void>,
  deps: readonly unknown[],
): Loaded<T> {
  const [state, setState] = useState<Loaded<T>>({ status: 'loading' });
  useEffect(() => {
    let live = true;
    let stop: (() => void) | undefined;
    setState({ status: 'loading' });
    const fail = (error: unknown) => {
      console.error(error);
      if (live) setState({ status: 'failed', error });
    };
    subscribe((value) => live && setState({ status: 'ready', value }), fail).then((unsubscribe) => {
      if (live) stop = unsubscribe;
      else unsubscribe();
    }, fail);
    return () => {
      live = false;
      stop?.();
    };
    // The caller names what the data depends on.
  }, deps);
  return state;
}
