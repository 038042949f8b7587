import type * as ReportsStore from '../../firebase/reports.js';
import { useLive, type Loaded } from '../../ui/use-data.js';

type Listener<T> = (
  reportId: string,
  next: (value: T) => void,
  fail: (error: Error) => void,
) => () => void;

/**
 * Follows something of one report (its files, thread, timeline, measures…) through one of
 * the `watch…` functions of firebase/reports.ts, imported when first needed:
 * `useReportData(reportId, (store) => store.watchMessages)`. `enabled: false` follows nothing.
 */
export function useReportData<T>(
  reportId: string,
  listener: (store: typeof ReportsStore) => Listener<T>,
  enabled = true,
): Loaded<T> {
  return useLive<T>(
    async (next, fail) =>
      enabled
        ? listener(await import('../../firebase/reports.js'))(reportId, next, fail)
        : () => undefined,
    [reportId, enabled],
  );
}

/** The value once it is there, else `fallback` (a list still loading shows as empty). */
export function valueOr<T>(state: Loaded<T>, fallback: T): T {
  return state.status === 'ready' ? state.value : fallback;
}
