import { useEffect, useRef, useState } from 'preact/hooks';
import type { QueueCursor } from '../firebase/reads.js';
import {
  planQueue,
  queueResidual,
  uniqueRows,
  type QueueActor,
  type QueueFilters,
} from './queue.js';
import type { ReportView } from './report-view.js';

export type QueuePages =
  | { status: 'loading' }
  | { status: 'failed'; error: unknown }
  | {
      status: 'ready';
      rows: ReportView[];
      /** Organisation names and people's names by id, for the rows loaded. */
      organisations: ReadonlyMap<string, string>;
      people: ReadonlyMap<string, string>;
      more: boolean;
      /** A further page is being read. */
      loadingMore: boolean;
      moreFailed: unknown;
    };

/**
 * The pages of the queue the filters select (status, region, selection, search), read from
 * the server one page at a time (`more` reads the next from where each query stopped), with
 * the names of their organisations and assignees. Read again when the filters or `attempt`
 * change; sorting the rows is the caller's.
 */
export function useQueuePages(
  filters: QueueFilters,
  actor: QueueActor,
  attempt: number,
): { pages: QueuePages; more: () => void } {
  const [pages, setPages] = useState<QueuePages>({ status: 'loading' });
  const cursor = useRef<QueueCursor | null>(null);
  const generation = useRef(0);
  const specs = planQueue(filters, actor, Date.now());
  const residual = queueResidual(filters);
  const key = JSON.stringify([filters.tab, filters.status, filters.regionCode, filters.q, attempt]);

  async function read(after: QueueCursor | null) {
    const store = await import('../firebase/reads.js');
    const found = specs.length
      ? await store.runQueue(specs, after)
      : { reports: [], cursor: [], more: false };
    const rows = found.reports.filter(residual);
    const [organisations, people] = await Promise.all([
      store.organisationNames(rows.map((row) => row.orgId)),
      store.displayNames(rows.flatMap((row) => row.assignees)),
    ]);
    return { rows, organisations, people, cursor: found.cursor, more: found.more };
  }

  useEffect(() => {
    const mine = ++generation.current;
    setPages({ status: 'loading' });
    read(null).then(
      (page) => {
        if (mine !== generation.current) return;
        cursor.current = page.cursor;
        setPages({ status: 'ready', ...page, loadingMore: false, moreFailed: null });
      },
      (error: unknown) => {
        console.error(error);
        if (mine === generation.current) setPages({ status: 'failed', error });
      },
    );
  }, [key]);

  function more(): void {
    if (pages.status !== 'ready' || !pages.more || pages.loadingMore) return;
    const mine = generation.current;
    const before = pages;
    setPages({ ...before, loadingMore: true, moreFailed: null });
    read(cursor.current).then(
      (page) => {
        if (mine !== generation.current) return;
        cursor.current = page.cursor;
        setPages({
          status: 'ready',
          rows: uniqueRows([...before.rows, ...page.rows]),
          organisations: new Map([...before.organisations, ...page.organisations]),
          people: new Map([...before.people, ...page.people]),
          more: page.more,
          loadingMore: false,
          moreFailed: null,
        });
      },
      (error: unknown) => {
        console.error(error);
        if (mine === generation.current)
          setPages({ ...before, loadingMore: false, moreFailed: error });
      },
    );
  }

  return { pages, more };
}
