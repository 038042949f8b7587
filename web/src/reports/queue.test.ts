import { describe, expect, it } from 'vitest';
import {
  defaultFilters,
  filtersFromSearch,
  MAX_DISJUNCTIONS,
  normaliseNumber,
  planQueue,
  queueTabs,
  searchOfFilters,
  searchQueue,
  sortQueue,
  VISIBLE_STATUSES,
  type QueueActor,
  type QueueFilters,
  type QueueRow,
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
        limit: 200,
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
    const byNumber = planQueue(filters(kyiv, { number: 'ГО-2026-000123', tab: 'mine' }), kyiv, NOW);
    expect(byNumber).toEqual([
      {
        conditions: [
          { field: 'number', op: '==', value: 'ГО-2026-000123' },
          { field: 'status', op: 'in', value: [...VISIBLE_STATUSES] },
          { field: 'regionCode', op: '==', value: 'UA-30' },
        ],
        orderBy: null,
        limit: 10,
      },
    ]);
  });
});

describe('the filters in the address', () => {
  it('reads them back, checked, and writes only what differs from the defaults', () => {
    expect(filtersFromSearch('?tab=overdue&status=in_review&region=UA-46&q=Київ', staff)).toEqual({
      tab: 'overdue',
      status: 'in_review',
      regionCode: 'UA-46',
      number: '',
      text: 'Київ',
    });
    // Nonsense and regions a coordinator does not cover fall back to the defaults.
    expect(filtersFromSearch('?tab=all&status=draft&region=UA-46', kyiv)).toEqual(
      defaultFilters(kyiv),
    );
    expect(searchOfFilters(defaultFilters(staff), staff)).toBe('');
    expect(searchOfFilters(filters(kyiv, { tab: 'overdue', text: 'суд' }), kyiv)).toBe(
      '?tab=overdue&q=%D1%81%D1%83%D0%B4',
    );
  });

  it('offers coordinators their region, and the Secretariat all', () => {
    expect(queueTabs(kyiv)).toEqual(['mine', 'region', 'unassigned', 'overdue']);
    expect(queueTabs(staff)).toEqual(['all', 'mine', 'unassigned', 'overdue']);
  });
});

describe('the list of the queue', () => {
  const row = (id: string, changes: Partial<QueueRow> = {}): QueueRow => ({
    id,
    number: `ГО-2026-00000${id}`,
    title: 'Звернення',
    locality: 'Київ',
    status: 'in_review',
    urgent: false,
    responseDeadline: NOW + Number(id) * 86_400_000,
    registeredAt: NOW,
    ...changes,
  });

  it('puts open urgent reports first, then the nearest deadline', () => {
    const rows = [
      row('3'),
      row('1'),
      row('5', { urgent: true }),
      row('2', { urgent: true, status: 'closed' }),
      row('4', { responseDeadline: null }),
      row('1'),
    ];
    expect(sortQueue(rows).map((r) => r.id)).toEqual(['5', '1', '2', '3', '4']);
    expect(
      sortQueue([row('1', { status: 'closed' }), row('3', { status: 'closed' })], 'desc').map(
        (r) => r.id,
      ),
    ).toEqual(['3', '1']);
  });

  it('searches the loaded page by words of the title or locality', () => {
    const rows = [
      row('1', { title: 'Затримання активіста', locality: 'Київ' }),
      row('2', { title: 'Відмова в інформації', locality: 'Львів' }),
    ];
    expect(searchQueue(rows, '  затримання  ').map((r) => r.id)).toEqual(['1']);
    expect(searchQueue(rows, 'львів відмова').map((r) => r.id)).toEqual(['2']);
    expect(searchQueue(rows, '')).toHaveLength(2);
  });

  it('reads registration numbers typed in the usual ways', () => {
    expect(normaliseNumber(' го-2026-123 ')).toBe('ГО-2026-000123');
    expect(normaliseNumber('GO-2026-000123')).toBe('ГО-2026-000123');
    expect(normaliseNumber('ГО-2026-000123')).toBe('ГО-2026-000123');
    expect(normaliseNumber('something')).toBe('SOMETHING');
  });
});
