import { describe, expect, it } from 'vitest';
import {
  candidateDateRange,
  duplicateMatch,
  findDuplicates,
  MAX_DUPLICATES,
  mergeDuplicates,
  nameSimilarity,
  nameTokens,
  storedDuplicates,
  type DuplicateCandidate,
  type StoredDuplicate,
} from './duplicates.js';

const report: DuplicateCandidate = {
  reportId: 'new',
  orgId: 'org-a',
  status: 'submitted',
  regionCode: 'UA-32',
  incidentDate: '2026-11-03',
  violator: { kind: 'local_government', name: 'Бучанська міська рада' },
};

function other(overrides: Partial<DuplicateCandidate> = {}): DuplicateCandidate {
  return { ...report, reportId: 'old', orgId: 'org-b', status: 'registered', ...overrides };
}

describe('violator names', () => {
  it('compares words, ignoring case, quotes and short particles', () => {
    expect([...nameTokens('ТОВ «Київська Зелена Лінія» та ін')]).toEqual([
      'тов',
      'київська',
      'зелена',
      'лінія',
    ]);
    expect(nameSimilarity('Бучанська міська рада', '«БУЧАНСЬКА МІСЬКА РАДА»')).toBe(1);
    expect(nameSimilarity('Бучанська міська рада', 'Бучанська районна рада')).toBe(0.5);
    expect(nameSimilarity('Бучанська міська рада', 'Ірпінська селищна громада')).toBe(0);
    expect(nameSimilarity('', 'Бучанська міська рада')).toBe(0);
  });
});

describe('duplicateMatch', () => {
  it('matches the same incident from another organisation, with its reasons and score', () => {
    expect(duplicateMatch(report, other())).toEqual({
      reportId: 'old',
      score: 1,
      reasons: ['same_region', 'close_dates', 'same_violator'],
    });
    expect(
      duplicateMatch(
        report,
        other({
          incidentDate: '2026-11-10',
          violator: { kind: 'local_government', name: 'Бучанська районна рада' },
        }),
      ),
    ).toEqual({
      reportId: 'old',
      score: 0.55, // 0.3 + 0.1 same kind + 0 (7 days apart) + 0.3 × 0.5
      reasons: ['same_region', 'close_dates', 'similar_violator'],
    });
  });

  it('still matches the same name under another kind, but ranks it lower', () => {
    const otherKind = duplicateMatch(
      report,
      other({ violator: { kind: 'state_body', name: 'Бучанська міська рада' } }),
    );
    expect(otherKind).toEqual({
      reportId: 'old',
      score: 0.9,
      reasons: ['same_region', 'close_dates', 'same_violator'],
    });
    expect(otherKind!.score).toBeLessThan(duplicateMatch(report, other())!.score);
  });

  it('counts dates apart in either direction, up to a week', () => {
    expect(duplicateMatch(report, other({ incidentDate: '2026-10-27' }))?.score).toBe(0.7);
    expect(duplicateMatch(report, other({ incidentDate: '2026-11-10' }))?.score).toBe(0.7);
    expect(duplicateMatch(report, other({ incidentDate: '2026-10-26' }))).toBeNull();
    expect(duplicateMatch(report, other({ incidentDate: '2026-11-11' }))).toBeNull();
  });

  it('is symmetric, so the older report can be told of the newer one', () => {
    const older = other({
      incidentDate: '2026-11-06',
      violator: { kind: 'official', name: 'Бучанська районна рада' },
    });
    const forward = duplicateMatch(report, older);
    const backward = duplicateMatch(older, report);
    expect(forward).not.toBeNull();
    expect(backward).toEqual({ ...forward, reportId: 'new' });
  });

  it('does not match another region, distant dates or a different violator', () => {
    expect(duplicateMatch(report, other({ regionCode: 'UA-30' }))).toBeNull();
    expect(duplicateMatch(report, other({ incidentDate: '2026-12-03' }))).toBeNull();
    expect(
      duplicateMatch(
        report,
        other({ violator: { kind: 'local_government', name: 'Ірпінська селищна громада' } }),
      ),
    ).toBeNull();
    // One shared word of five is not enough (similarity 0.2 < 0.5).
    expect(
      duplicateMatch(
        report,
        other({ violator: { kind: 'local_government', name: 'Бучанська центральна лікарня' } }),
      ),
    ).toBeNull();
  });

  it('never matches the organisation’s own reports, nor the report itself', () => {
    expect(duplicateMatch(report, other({ orgId: 'org-a' }))).toBeNull();
    expect(duplicateMatch(report, { ...report })).toBeNull();
  });

  it('leaves out drafts and withdrawn reports', () => {
    expect(duplicateMatch(report, other({ status: 'draft' }))).toBeNull();
    expect(duplicateMatch(report, other({ status: 'withdrawn' }))).toBeNull();
    expect(duplicateMatch({ ...report, status: 'draft' }, other())).toBeNull();
    for (const status of ['submitted', 'registered', 'in_review', 'decided', 'closed']) {
      expect(duplicateMatch(report, other({ status }))).not.toBeNull();
    }
  });
});

describe('findDuplicates', () => {
  it('keeps only matches, best first', () => {
    const candidates = [
      other({ reportId: 'far', incidentDate: '2026-11-09' }),
      other({ reportId: 'own', orgId: 'org-a' }),
      other({ reportId: 'exact' }),
      other({ reportId: 'elsewhere', regionCode: 'UA-46' }),
      other({
        reportId: 'similar',
        violator: { kind: 'local_government', name: 'Бучанська районна рада' },
      }),
      other({ reportId: 'withdrawn', status: 'withdrawn' }),
    ];
    expect(findDuplicates(report, candidates).map((match) => match.reportId)).toEqual([
      'exact', // 1
      'similar', // 0.85
      'far', // 0.74
    ]);
  });

  it('keeps the ten best, equal scores by report id', () => {
    const candidates = Array.from({ length: 14 }, (_, index) =>
      other({
        reportId: `r${String(index).padStart(2, '0')}`,
        incidentDate: index < 7 ? '2026-11-04' : '2026-11-03',
      }),
    );
    const found = findDuplicates(report, candidates.reverse());
    expect(found).toHaveLength(MAX_DUPLICATES);
    expect(found.map((match) => match.reportId)).toEqual([
      'r07',
      'r08',
      'r09',
      'r10',
      'r11',
      'r12',
      'r13',
      'r00',
      'r01',
      'r02',
    ]);
  });

  it('finds nothing among no candidates', () => {
    expect(findDuplicates(report, [])).toEqual([]);
  });
});

describe('mergeDuplicates', () => {
  const entry = (reportId: string, score: number, number: string | null = null) =>
    ({
      reportId,
      number,
      score,
      reasons: ['same_region', 'close_dates', 'same_violator'],
    }) satisfies StoredDuplicate;

  it('adds a newer report to the older one’s list, best first', () => {
    expect(mergeDuplicates([entry('a', 0.9), entry('b', 0.5)], [entry('c', 0.7)])).toEqual([
      entry('a', 0.9),
      entry('c', 0.7),
      entry('b', 0.5),
    ]);
  });

  it('is idempotent: the same addition twice is one entry, and the later one wins', () => {
    const once = mergeDuplicates([entry('a', 0.9)], [entry('c', 0.7, '2026-0001')]);
    expect(mergeDuplicates(once, [entry('c', 0.7, '2026-0001')])).toEqual(once);
    expect(mergeDuplicates([entry('c', 0.7)], [entry('c', 0.7, '2026-0001')])).toEqual([
      entry('c', 0.7, '2026-0001'),
    ]);
  });

  it('keeps at most ten, dropping the weakest', () => {
    const stored = Array.from({ length: 10 }, (_, index) => entry(`s${index}`, 0.6 + index / 100));
    const weaker = mergeDuplicates(stored, [entry('new', 0.5)]);
    expect(weaker).toHaveLength(MAX_DUPLICATES);
    expect(weaker.map((match) => match.reportId)).not.toContain('new');
    const stronger = mergeDuplicates(stored, [entry('new', 0.95)]);
    expect(stronger).toHaveLength(MAX_DUPLICATES);
    expect(stronger[0]?.reportId).toBe('new');
    expect(stronger.map((match) => match.reportId)).not.toContain('s0');
  });
});

describe('storedDuplicates', () => {
  it('reads the stored list, dropping what is malformed', () => {
    expect(
      storedDuplicates([
        { reportId: 'a', number: '2026-0001', score: 0.8, reasons: ['same_region', 7] },
        { reportId: 'b', score: 0.6 },
        { reportId: '', score: 0.6 },
        { reportId: 'c' },
        'd',
        null,
      ]),
    ).toEqual([
      { reportId: 'a', number: '2026-0001', score: 0.8, reasons: ['same_region'] },
      { reportId: 'b', number: null, score: 0.6, reasons: [] },
    ]);
    expect(storedDuplicates(undefined)).toEqual([]);
    expect(storedDuplicates({ reportId: 'a' })).toEqual([]);
  });
});

describe('candidateDateRange', () => {
  it('spans a week either side, across month and year ends', () => {
    expect(candidateDateRange('2026-11-03')).toEqual({ from: '2026-10-27', to: '2026-11-10' });
    expect(candidateDateRange('2026-12-29')).toEqual({ from: '2026-12-22', to: '2027-01-05' });
  });
});
