import { describe, expect, it } from 'vitest';
import { EMPTY_REPORT } from './report-values.js';
import {
  isSynced,
  localDraftKey,
  localDrafts,
  parseLocalDraft,
  saveState,
  startingPoint,
  valuesFrom,
  type KeyValueStore,
} from './autosave.js';

function memoryStore(): KeyValueStore & { data: Map<string, string> } {
  const data = new Map<string, string>();
  return {
    data,
    get: (key) => data.get(key) ?? null,
    set: (key, value) => void data.set(key, value),
    remove: (key) => void data.delete(key),
    keys: () => [...data.keys()],
  };
}

const TYPED = { ...EMPTY_REPORT, title: 'Затримання активіста', locality: 'Київ' };

describe('keeping drafts on the device', () => {
  it('keeps every change at once, per person and draft, and reads it back', () => {
    const store = memoryStore();
    const drafts = localDrafts(store, 'uid-1');
    const saved = drafts.save('draft-a', TYPED, '43900115', 1000);
    expect(store.data.has(localDraftKey('uid-1', 'draft-a'))).toBe(true);
    expect(drafts.load('draft-a')).toEqual(saved);
    expect(saved).toMatchObject({ savedAt: 1000, syncedAt: null, submitting: false });
    // Another person on the same browser sees nothing of it.
    expect(localDrafts(store, 'uid-2').list()).toEqual([]);
  });

  it('tells versions apart even within one millisecond', () => {
    const drafts = localDrafts(memoryStore(), 'uid-1');
    const first = drafts.save('d', TYPED, null, 5000);
    const second = drafts.save('d', { ...TYPED, title: 'Інше' }, null, 5000);
    expect(second.savedAt).toBeGreaterThan(first.savedAt);
  });

  it('knows which changes reached the server', () => {
    const drafts = localDrafts(memoryStore(), 'uid-1');
    const first = drafts.save('d', TYPED, null, 1000);
    drafts.save('d', { ...TYPED, title: 'Новіша назва' }, null, 2000);
    // The confirmation of an older save does not cover the newer change.
    drafts.markSynced('d', first.savedAt);
    expect(isSynced(drafts.load('d')!)).toBe(false);
    drafts.markSynced('d', 2000);
    expect(isSynced(drafts.load('d')!)).toBe(true);
    // Nothing to confirm once the draft is gone.
    drafts.remove('d');
    drafts.markSynced('d', 3000);
    expect(drafts.load('d')).toBeNull();
  });

  it('lists a person’s drafts newest first, and forgets on signing out only what the server has', () => {
    const store = memoryStore();
    const drafts = localDrafts(store, 'uid-1');
    drafts.save('old', TYPED, null, 1000);
    drafts.save('new', TYPED, null, 3000);
    drafts.save('synced', TYPED, null, 2000);
    drafts.markSynced('synced', 2000);
    drafts.save('submitted', TYPED, null, 2500);
    drafts.markSynced('submitted', 2500);
    drafts.markSubmitting('submitted');
    store.set('spilno.language', 'uk');
    expect(drafts.list().map((draft) => draft.draftId)).toEqual([
      'new',
      'submitted',
      'synced',
      'old',
    ]);
    expect(drafts.forgetSynced()).toBe(1);
    expect(drafts.list().map((draft) => draft.draftId)).toEqual(['new', 'submitted', 'old']);
    expect(store.get('spilno.language')).toBe('uk');
  });

  it('reads back a damaged or older record defensively', () => {
    expect(parseLocalDraft(null)).toBeNull();
    expect(parseLocalDraft('{not json')).toBeNull();
    expect(parseLocalDraft(JSON.stringify({ draftId: 1 }))).toBeNull();
    const old = parseLocalDraft(
      JSON.stringify({
        draftId: 'd',
        uid: 'u',
        values: {
          title: 'Назва',
          rights: ['life', 3],
          urgent: 'yes',
          victims: [{ fullName: 'А Б' }, 7],
        },
      }),
    );
    expect(old?.values).toEqual({
      ...EMPTY_REPORT,
      title: 'Назва',
      rights: ['life'],
      victims: [{ fullName: 'А Б', birthYear: '', contact: '', notes: '' }],
    });
    expect(old).toMatchObject({ savedAt: 0, syncedAt: null, orgId: null });
    expect(valuesFrom(undefined)).toEqual(EMPTY_REPORT);
  });
});

describe('which copy a reopened form starts from', () => {
  const server = { values: { ...TYPED, title: 'На сервері' }, updatedAt: 1500 };

  it('takes what was typed here and not yet sent', () => {
    const drafts = localDrafts(memoryStore(), 'u');
    const local = drafts.save('d', TYPED, null, 2000);
    expect(startingPoint(local, server)).toEqual({ values: TYPED, source: 'device' });
    expect(startingPoint(local, null)).toEqual({ values: TYPED, source: 'device' });
  });

  it('takes the server’s copy when everything here reached it, or a colleague saved later', () => {
    const drafts = localDrafts(memoryStore(), 'u');
    drafts.save('d', TYPED, null, 1000);
    drafts.markSynced('d', 1000);
    expect(startingPoint(drafts.load('d'), server).source).toBe('server');
    const unsent = drafts.save('e', TYPED, null, 1000);
    expect(startingPoint(unsent, server)).toEqual({ values: server.values, source: 'server' });
  });

  it('starts empty with nothing anywhere', () => {
    expect(startingPoint(null, null)).toEqual({ values: EMPTY_REPORT, source: 'empty' });
  });
});

describe('what the form says about saving', () => {
  const base = { changed: true, cloudReady: true, pendingWrites: 0, online: true, failed: false };
  it.each([
    [{ ...base, changed: false }, 'idle'],
    [{ ...base, cloudReady: false }, 'device'],
    [{ ...base, cloudReady: false, online: false }, 'offline'],
    [{ ...base, pendingWrites: 2 }, 'saving'],
    [{ ...base, pendingWrites: 1, online: false }, 'offline'],
    [base, 'saved'],
    [{ ...base, failed: true, pendingWrites: 1 }, 'error'],
    [{ ...base, changed: false, pendingWrites: 1 }, 'saving'],
  ] as const)('%o → %s', (facts, state) => {
    expect(saveState(facts)).toBe(state);
  });
});
