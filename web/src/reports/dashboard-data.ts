import { useEffect, useState } from 'preact/hooks';
import type { RegionStatsView } from './report-view.js';
import { dashboardRow, needsOverdueCount, type PeriodFigures } from './dashboard.js';
import { periodStart, type Period } from './dashboard-period.js';

type Count = number | null | undefined;

/**
 * The dashboard's data: each region's working figures (`regionStats`, kept by a trigger), its
 * overdue reports (a count per region, only where reports wait) and, for the period chosen,
 * the reports received and decided (two counts per region shown). Counts fill in as they
 * answer; one that fails shows as such.
 */
export function useDashboardData(regionCodes: readonly string[], coordinator: boolean) {
  const [stats, setStats] = useState<Map<string, RegionStatsView> | 'loading' | 'failed'>(
    'loading',
  );
  const [overdue, setOverdue] = useState<ReadonlyMap<string, Count>>(new Map());
  useEffect(() => {
    let live = true;
    void (async () => {
      const store = await import('../firebase/reads.js');
      let found: Map<string, RegionStatsView>;
      try {
        const read = await store.regionStats(coordinator ? regionCodes : null);
        found = new Map(read.map((entry) => [entry.regionCode, entry]));
      } catch (error) {
        console.error(error);
        if (live) setStats('failed');
        return;
      }
      if (!live) return;
      setStats(found);
      const now = new Date();
      const counts = new Map<string, Count>();
      const waiting = regionCodes.filter((code) => {
        const row = dashboardRow(code, found.get(code), undefined);
        if (!needsOverdueCount(row)) counts.set(code, 0);
        return needsOverdueCount(row);
      });
      setOverdue(new Map(counts));
      await Promise.all(
        waiting.map((code) =>
          store.countOverdue(code, now).then(
            (value) => counts.set(code, value),
            (error: unknown) => {
              console.error(error);
              counts.set(code, null);
            },
          ),
        ),
      );
      if (live) setOverdue(new Map(counts));
    })();
    return () => {
      live = false;
    };
  }, [regionCodes.join(',')]);
  return { stats, overdue };
}

/** What the regions shown did in the period: counted again when the period or regions change. */
export function usePeriodFigures(
  regionCodes: readonly string[],
  period: Period,
): ReadonlyMap<string, PeriodFigures> {
  const [figures, setFigures] = useState<ReadonlyMap<string, PeriodFigures>>(new Map());
  const key = `${period}:${regionCodes.join(',')}`;
  useEffect(() => {
    let live = true;
    setFigures(new Map());
    const start = periodStart(period, new Date());
    void import('../firebase/reads.js').then(async (store) => {
      const found = new Map<string, PeriodFigures>();
      await Promise.all(
        regionCodes.map((code) =>
          store.countInPeriod(code, start).then(
            (value) => found.set(code, value),
            (error: unknown) => {
              console.error(error);
              found.set(code, { received: null, decided: null });
            },
          ),
        ),
      );
      if (live) setFigures(found);
    });
    return () => {
      live = false;
    };
  }, [key]);
  return figures;
}
