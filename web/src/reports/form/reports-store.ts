import type * as ReportsStore from '../../firebase/reports.js';

export type Reports = typeof ReportsStore;
/** The reports' Firestore module, fetched when first asked for. */
export type ReportsLoader = () => Promise<Reports>;

let loading: Promise<Reports> | undefined;

/**
 * The reports' Firestore module, which brings the full Firestore SDK (~150 KB gzipped, with
 * its offline write queue). A new report's form shows without it (on a slow line that is
 * seconds) and asks for it once shown; the first save waits for it. A failed fetch (the line
 * dropped) is forgotten, so the next save asks again.
 */
export const reportsStore: ReportsLoader = () =>
  (loading ??= import('../../firebase/reports.js').catch((error: unknown) => {
    loading = undefined;
    throw error;
  }));
