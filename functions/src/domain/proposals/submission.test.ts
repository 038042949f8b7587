import { describe, expect, it } from 'vitest';
import { sampleProposalContent } from './proposal-fixtures.test-support.js';
import { submissionContent } from './submission.js';

describe('submissionContent', () => {
  it('takes a whole draft as the content, empty optional lists filled in', () => {
    const {
      caseLaw: _caseLaw,
      rights: _rights,
      attachmentIds: _files,
      ...draft
    } = sampleProposalContent();
    const result = submissionContent(draft);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.comparativeTable).toHaveLength(3);
      expect(result.value.caseLaw).toEqual([]);
    }
  });

  it('names, in both languages, each field still to complete', () => {
    const { problem: _problem, comparativeTable: _table, ...draft } = sampleProposalContent();
    const result = submissionContent({ ...draft, title: 'Ні' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('PROPOSAL.INCOMPLETE');
    expect(result.error.params).toEqual({
      fields: {
        uk: 'назву, проблему, порівняльну таблицю',
        en: 'the title, the problem, the comparative table',
      },
    });
    expect(result.error.message).toBe(
      'Пропозицію ще не можна подати: заповніть назву, проблему, порівняльну таблицю',
    );
  });

  it('refuses a row of the table that names an act the proposal does not have', () => {
    const content = sampleProposalContent();
    const rows = content.comparativeTable.map((row) => ({ ...row, actKey: 'other' }));
    const result = submissionContent({ ...content, comparativeTable: rows });
    expect(result.ok).toBe(false);
  });
});
