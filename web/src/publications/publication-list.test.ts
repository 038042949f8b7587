import { describe, expect, it } from 'vitest';
import { filterDrafts, listState } from './publication-list.js';
import { publicationControls } from './publication-controls.js';
import type { TimestampLike } from '@domain/fields.js';

const at = {} as TimestampLike;
const item = (over: Record<string, unknown>) =>
  ({ kind: 'proposal', status: 'draft', flags: [], ...over }) as Parameters<typeof listState>[0] & {
    kind: 'proposal' | 'ngo_activity';
  };

describe('the staff list', () => {
  it('tells a returned draft from a fresh one', () => {
    expect(listState(item({}))).toBe('draft');
    expect(listState(item({ reviewComment: 'Приберіть дату' }))).toBe('returned');
    expect(listState(item({ publishFailure: { code: 'PUBLICATION.NO_CONSENT', at } }))).toBe(
      'returned',
    );
    expect(listState(item({ status: 'published' }))).toBe('published');
  });

  it('filters by state and kind', () => {
    const items = [
      item({}),
      item({ kind: 'ngo_activity' }),
      item({ reviewComment: 'Ще раз' }),
      item({ status: 'pending_approval' }),
      item({ status: 'retracted', kind: 'ngo_activity' }),
    ];
    expect(filterDrafts(items, { state: 'draft', kind: '' })).toHaveLength(2);
    expect(filterDrafts(items, { state: 'draft', kind: 'ngo_activity' })).toHaveLength(1);
    expect(filterDrafts(items, { state: '', kind: 'ngo_activity' })).toHaveLength(2);
    expect(filterDrafts(items, { state: 'returned', kind: '' })).toEqual([items[2]]);
  });
});

describe('who may do what with a publication', () => {
  const flag = {
    field: 'body.uk',
    id: 'phone-1',
    kind: 'phone',
    index: 0,
    length: 5,
    text: '12345',
  };
  it('lets staff edit and submit a draft, and says submitting waits for open flags', () => {
    const draft = publicationControls('staff', { status: 'draft', flags: [] });
    expect(draft).toMatchObject({ edit: true, submit: true, openFlags: 0, approve: false });
    const flagged = publicationControls('staff', { status: 'draft', flags: [flag as never] });
    expect(flagged.openFlags).toBe(1);
  });

  it('lets the Commissioner approve or return what awaits approval, not edit it', () => {
    expect(publicationControls('commissioner', { status: 'pending_approval', flags: [] })).toEqual({
      edit: false,
      submit: false,
      openFlags: 0,
      approve: true,
      returnToDraft: true,
      retract: false,
    });
    expect(publicationControls('staff', { status: 'pending_approval', flags: [] }).approve).toBe(
      false,
    );
  });

  it('lets staff and the Commissioner retract a published record, nobody else', () => {
    for (const role of ['staff', 'commissioner'] as const)
      expect(publicationControls(role, { status: 'published', flags: [] }).retract).toBe(true);
    for (const role of ['coordinator', 'ngo_member', 'admin', null] as const)
      expect(publicationControls(role, { status: 'published', flags: [] }).retract).toBe(false);
    expect(publicationControls('staff', { status: 'retracted', flags: [] }).retract).toBe(false);
  });
});
