import { describe, expect, it } from 'vitest';
import { StoredDocumentError, storedConverter } from '../stored/stored-document.js';
import { regionStatsSchema } from './stats.schema.js';

const read = (data: unknown) =>
  storedConverter(regionStatsSchema).fromFirestore({
    ref: { path: 'regionStats/UA-30' },
    data: () => data,
  });

function refusedField(data: unknown): string {
  try {
    read(data);
  } catch (error) {
    if (!(error instanceof StoredDocumentError)) throw error;
    expect(error.message).toContain('regionStats/UA-30');
    return (error.error.params as { field: string }).field;
  }
  throw new Error('not refused');
}

describe('a region’s working figures (regionStats)', () => {
  it('reads what the increments made, a field absent until something was counted in it', () => {
    expect(read({ open: { registered: 2 }, daysToDecision: { '12': 3 } })).toEqual({
      open: { registered: 2 },
      urgentOpen: 0,
      daysToDecision: { '12': 3 },
    });
    expect(read({})).toEqual({ open: {}, urgentOpen: 0, daysToDecision: {} });
  });

  it('shows a backlog taken below zero by triggers out of order, rather than refusing it', () => {
    expect(read({ open: { in_review: -1 } }).open).toEqual({ in_review: -1 });
  });

  it('refuses a status it does not know, a day that is not a whole number, or a count of text', () => {
    expect(refusedField({ open: { pending: 1 } })).toBe('open.pending');
    expect(refusedField({ daysToDecision: { soon: 1 } })).toBe('daysToDecision.soon');
    expect(refusedField({ urgentOpen: '2' })).toBe('urgentOpen');
  });
});
