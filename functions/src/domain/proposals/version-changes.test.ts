import { describe, expect, it } from 'vitest';
import { sampleProposalContent } from './proposal-fixtures.test-support.js';
import { versionChanges } from './version-changes.js';
import { changedText } from './word-diff.js';

describe('versionChanges', () => {
  it('finds nothing between equal versions, whatever the key order', () => {
    const before = sampleProposalContent();
    const after = sampleProposalContent();
    after.legalActs = after.legalActs.map(({ articles, number, title, key }) => ({
      articles,
      number,
      title,
      key,
    }));
    expect(versionChanges(before, after)).toEqual({ fields: [], texts: {} });
  });

  it('names the changed fields and shows the changed words of the texts', () => {
    const before = sampleProposalContent();
    const after = sampleProposalContent();
    after.problem = before.problem.replace('продовжують тримати', 'і далі тримають');
    after.comparativeTable = after.comparativeTable.slice(0, 2);
    after.internationalStandards = [
      ...after.internationalStandards,
      { instrument: 'iccpr', article: '14' },
    ];
    const changes = versionChanges(before, after);
    expect(changes.fields).toEqual(['problem', 'internationalStandards', 'comparativeTable']);
    expect(Object.keys(changes.texts)).toEqual(['problem']);
    expect(changedText(changes.texts.problem!.current)).toEqual(['продовжують тримати']);
    expect(changedText(changes.texts.problem!.proposed)).toEqual(['і далі тримають']);
  });
});
