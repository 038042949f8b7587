import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  filtersFromSearch,
  MAX_DISJUNCTIONS,
  nextSort,
  planQueue,
  queueResidual,
  queueTabs,
  searchOfFilters,
  sortQueue,
  VISIBLE_STATUSES,
  type QueueActor,
  type QueueFilters,
  type QueueItem,
} from './queue.js';

const NOW = Date.parse('2026-11-25T10:00:00Z');
const staff: QueueActor = { uid: 'staff1', role: 'staff', regions: [] };
const kyiv: QueueActor = { uid: 'coord', role: 'coordinator', regions: ['UA-30'] };
const many: QueueActor = {
  uid: 'coord2',
  role: 'coordinator',
  regions: ['UA-05', 'UA-07', 'UA-09', 'UA-12', 'UA-14'],
};

const filters = (actor: QueueActor, changes: Partial<QueueFilters> = {}): QueueFilters => ({
  ...defaultFilters(actor),
  ...changes,
});

describe('the queries of the queue', () => {
  it('never asks for drafts: every query names the statuses it wants', () => {
    for (const actor of [staff, kyiv, many]) {
      for (const tab of queueTabs(actor)) {
        for (const status of ['open', 'any', 'closed'] as const) {
          for (const spec of planQueue(filters(actor, { tab, status }), actor, NOW)) {
            const condition = spec.conditions.find((c) => c.field === 'status');
            const statuses =
              condition?.op === 'in' ? (condition.value as string[]) : [condition?.value];
            expect(statuses.length, `${actor.uid} ${tab} ${status}`).toBeGreaterThan(0);
            expect(statuses).not.toContain('draft');
          }
        }
      }
    }
  });

  it('gives staff all open reports by deadline, and their own, the unassigned and the overdue', () => {
    expect(planQueue(filters(staff), staff, NOW)).toEqual([
      {
        conditions: [
          {
            field: 'status',
            op: 'in',
            value: ['registered', 'in_review', 'info_requested', 'decided'],
          },
        ],
        orderBy: { field: 'responseDeadline', direction: 'asc' },
        limit: 50,
      },
    ]);
    expect(planQueue(filters(staff, { tab: 'mine' }), staff, NOW)[0]?.conditions[0]).toEqual({
      field: 'assignees',
      op: 'array-contains',
      value: 'staff1',
    });
    expect(planQueue(filters(staff, { tab: 'unassigned' }), staff, NOW)[0]?.conditions[0]).toEqual({
      field: 'assignees',
      op: '==',
      value: [],
    });
    const overdue = planQueue(filters(staff, { tab: 'overdue' }), staff, NOW)[0];
    expect(overdue?.conditions).toEqual([
      { field: 'responseDeadline', op: '<', value: new Date(NOW) },
      // Only reports whose deadline runs can be overdue (paused ones wait for the NGO).
      { field: 'status', op: 'in', value: ['registered', 'in_review'] },
    ]);
  });

  it('keeps a coordinator within their regions, as the rules require', () => {
    const [spec] = planQueue(filters(kyiv), kyiv, NOW);
    expect(spec?.conditions).toContainEqual({ field: 'regionCode', op: '==', value: 'UA-30' });
    const mine = planQueue(filters(kyiv, { tab: 'mine' }), kyiv, NOW)[0];
    expect(mine?.conditions).toContainEqual({ field: 'regionCode', op: '==', value: 'UA-30' });
    // A region the coordinator does not cover gives nothing to ask for.
    expect(planQueue(filters(kyiv, { regionCode: 'UA-46' }), kyiv, NOW)).toEqual([]);
    expect(
      planQueue(filters(staff, { regionCode: 'UA-46' }), staff, NOW)[0]?.conditions,
    ).toContainEqual({
      field: 'regionCode',
      op: '==',
      value: 'UA-46',
    });
  });

  it('splits a query that would exceed Firestore’s 30 disjunctions', () => {
    const specs = planQueue(filters(many, { status: 'any' }), many, NOW);
    expect(specs.length).toBeGreaterThan(1);
    const regions = specs.flatMap((spec) => {
      const condition = spec.conditions.find((c) => c.field === 'regionCode');
      return condition?.op === 'in' ? (condition.value as string[]) : [condition?.value as string];
    });
    expect(regions.sort()).toEqual([...many.regions].sort());
    for (const spec of specs) {
      const sizes = spec.conditions
        .filter((c) => c.op === 'in')
        .map((c) => (c.value as unknown[]).length);
      expect(sizes.reduce((a, b) => a * b, 1)).toBeLessThanOrEqual(MAX_DISJUNCTIONS);
    }
  });

  it('lists finished reports latest first, and finds one by its exact number', () => {
    expect(planQueue(filters(staff, { status: 'closed' }), staff, NOW)[0]?.orderBy).toEqual({
      field: 'responseDeadline',
      direction: 'desc',
    });
    expect(planQueue(filters(staff, { tab: 'overdue', status: 'decided' }), staff, NOW)).toEqual(
      [],
    );
  });

  it('searches on the server by one key, in every status, and checks the rest on what it finds', () => {
    const byNumber = planQueue(filters(kyiv, { q: 'го-2026-123', tab: 'mine' }), kyiv, NOW);
    expect(byNumber).toEqual([
      {
        conditions: [
          { field: 'searchKeys', op: 'array-contains', value: 'no:ГО-2026-000123' },
          { field: 'status', op: 'in', value: [...VISIBLE_STATUSES] },
          { field: 'regionCode', op: '==', value: 'UA-30' },
        ],
        orderBy: { field: 'responseDeadline', direction: 'asc' },
        limit: 50,
      },
    ]);
    // A bare sequence number is a key of its own.
    expect(planQueue(filters(staff, { q: '000123' }), staff, NOW)[0]?.conditions[0]).toEqual({
      field: 'searchKeys',
      op: 'array-contains',
      value: 'no:123',
    });
    // Words: the longest stem drives the query; every word must be in the title.
    const words = filters(staff, { q: 'відмова затриманому' });
    const [spec] = planQueue(words, staff, NOW);
    expect(spec?.conditions[0]?.field).toBe('searchKeys');
    const residual = queueResidual(words);
    const row = (title: string) => ({ title, number: 'ГО-2026-000001' });
    expect(residual(row('Відмова затриманому в адвокаті') as never)).toBe(true);
    expect(residual(row('Відмова в доступі до інформації') as never)).toBe(false);
    // Nothing searchable typed (stop words only) asks nothing.
    expect(planQueue(filters(staff, { q: 'і та' }), staff, NOW)).toEqual([]);
  });
});

describe('the filters in the address', () => {
  it('reads them back, checked, and writes only what differs from the defaults', () => {
    expect(filtersFromSearch('?tab=overdue&status=in_review&region=UA-46&q=Київ', staff)).toEqual({
      tab: 'overdue',
      status: 'in_review',
      regionCode: 'UA-46',
      q: 'Київ',
      sort: 'priority',
      dir: 'asc',
    });
    // The address of the old number box still finds the report.
    expect(filtersFromSearch('?number=ГО-2026-000123&sort=received&dir=desc', staff)).toMatchObject(
      { q: 'ГО-2026-000123', sort: 'received', dir: 'desc' },
    );
    // Nonsense and regions a coordinator does not cover fall back to the defaults.
    expect(filtersFromSearch('?tab=all&status=draft&region=UA-46', kyiv)).toEqual(
      defaultFilters(kyiv),
    );
    expect(searchOfFilters(defaultFilters(staff), staff)).toBe('');
    expect(
      searchOfFilters(filters(kyiv, { tab: 'overdue', q: 'суд', sort: 'term', dir: 'desc' }), kyiv),
    ).toBe('?tab=overdue&q=%D1%81%D1%83%D0%B4&sort=term&dir=desc');
  });

  it('offers coordinators their region, and the Secretariat all', () => {
    expect(queueTabs(kyiv)).toEqual(['mine', 'region', 'unassigned', 'overdue']);
    expect(queueTabs(staff)).toEqual(['all', 'mine', 'unassigned', 'overdue']);
  });
});

describe('the order of the queue', () => {
  const now = new Date(NOW);
  const DAY = 86_400_000;
  const row = (id: string, changes: Partial<QueueItem> = {}): QueueItem => ({
    id,
    number: `ГО-2026-00000${id}`,
    title: `Звернення ${id}`,
    organisation: 'ГО',
    region: 'м. Київ',
    statusLabel: 'На розгляді',
    status: 'in_review',
    urgent: false,
    responseDeadline: NOW + Number(id) * DAY,
    deadlinePausedAt: null,
    registeredAt: NOW - Number(id) * DAY,
    ...changes,
  });

  it('lists the overdue first, then the urgent, then by term, each once', () => {
    const rows = [
      row('3'),
      row('1'),
      row('5', { urgent: true }),
      row('9', { responseDeadline: NOW - 4 * DAY }),
      row('2', { urgent: true, status: 'closed' }),
      row('4', { responseDeadline: null }),
      row('1'),
    ];
    expect(sortQueue(rows, 'priority', 'asc', now).map((r) => r.id)).toEqual([
      '9',
      '5',
      '1',
      '2',
      '3',
      '4',
    ]);
    // A paused term (waiting for the NGO) is not overdue.
    const paused = row('8', { status: 'info_requested', responseDeadline: NOW - DAY });
    expect(sortQueue([row('1', { urgent: true }), paused], 'priority', 'asc', now)[0]?.id).toBe(
      '1',
    );
  });

  it('orders by any column, either way, with empty values last', () => {
    const rows = [
      row('1', { organisation: 'Право', region: 'Львівська область', number: null }),
      row('2', { organisation: 'Альтернатива', region: 'Вінницька область' }),
      row('3', { organisation: 'Ґрунт', region: 'м. Київ' }),
    ];
    const ids = (sort: Parameters<typeof sortQueue>[1], dir: 'asc' | 'desc') =>
      sortQueue(rows, sort, dir, now).map((r) => r.id);
    expect(ids('organisation', 'asc')).toEqual(['2', '3', '1']);
    expect(ids('organisation', 'desc')).toEqual(['1', '3', '2']);
    expect(ids('region', 'asc')).toEqual(['2', '1', '3']);
    expect(ids('received', 'desc')).toEqual(['1', '2', '3']);
    expect(ids('term', 'desc')).toEqual(['3', '2', '1']);
    expect(ids('number', 'asc')).toEqual(['2', '3', '1']);
    expect(ids('number', 'desc')).toEqual(['3', '2', '1']);
  });

  it('turns a column around when pressed again; dates received start with the newest', () => {
    expect(nextSort({ sort: 'priority', dir: 'asc' }, 'title')).toEqual({
      sort: 'title',
      dir: 'asc',
    });
    expect(nextSort({ sort: 'title', dir: 'asc' }, 'title')).toEqual({
      sort: 'title',
      dir: 'desc',
    });
    expect(nextSort({ sort: 'title', dir: 'asc' }, 'received')).toEqual({
      sort: 'received',
      dir: 'desc',
    });
  });
});
