import { EMPTY_PERSON, EMPTY_REPORT, type ReportFormValues } from './report-values.js';

/**
 * Nothing typed is ever lost. Every change of the report form is kept on this device at once
 * (localStorage, keyed by the person and the draft's id), and the draft goes to Firestore a
 * moment later, where offline persistence queues the write until the connection returns.
 * This module is the pure part: what is kept, how it is read back, which copy a reopened form
 * starts from, and what the person is told about saving.
 */
export interface LocalDraft<V = ReportFormValues> {
  draftId: string;
  uid: string;
  orgId: string | null;
  values: V;
  /** When these values were kept here (ms). */
  savedAt: number;
  /** The `savedAt` of the last values the server confirmed; null if none yet. */
  syncedAt: number | null;
  /** Submitted on this device, not yet confirmed by the server. */
  submitting: boolean;
}

/** The bits of localStorage used, so that tests can give a map instead. */
export interface KeyValueStore {
  get(key: string): string | null;
  set(key: string, value: string): void;
  remove(key: string): void;
  keys(): string[];
}

/**
 * What kind of draft is kept: its keys' prefix, how its values are read back, and its empty
 * values. Reports' drafts by default; the proposal editor keeps its own the same way.
 */
export interface DraftKind<V> {
  prefix: string;
  valuesFrom: (value: unknown) => V;
  empty: V;
}

const PREFIX = 'spilno.reportDraft.v1';

export function localDraftKey(uid: string, draftId: string, prefix = PREFIX): string {
  return `${prefix}.${uid}.${draftId}`;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function people(value: unknown): ReportFormValues['victims'] {
  if (!Array.isArray(value)) return [];
  return value.filter(isRecord).map((person) => ({
    fullName: typeof person.fullName === 'string' ? person.fullName : EMPTY_PERSON.fullName,
    birthYear: typeof person.birthYear === 'string' ? person.birthYear : EMPTY_PERSON.birthYear,
    contact: typeof person.contact === 'string' ? person.contact : EMPTY_PERSON.contact,
    notes: typeof person.notes === 'string' ? person.notes : EMPTY_PERSON.notes,
  }));
}

/** Values read back defensively: a field missing or odd (an older version) is empty. */
export function valuesFrom(value: unknown): ReportFormValues {
  const source = isRecord(value) ? value : {};
  const result: Record<string, unknown> = {};
  for (const [key, empty] of Object.entries(EMPTY_REPORT)) {
    const found = source[key];
    if (key === 'victims' || key === 'witnesses') result[key] = people(found);
    else if (key === 'rights') result[key] = strings(found);
    else if (typeof empty === 'boolean') result[key] = found === true;
    else result[key] = typeof found === 'string' ? found : empty;
  }
  return result as unknown as ReportFormValues;
}

export function parseLocalDraft<V = ReportFormValues>(
  raw: string | null,
  kind: DraftKind<V> = REPORT_DRAFTS as unknown as DraftKind<V>,
): LocalDraft<V> | null {
  if (!raw) return null;
  let parsed: unknown;
  try {
    parsed = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(parsed) || typeof parsed.draftId !== 'string' || typeof parsed.uid !== 'string') {
    return null;
  }
  return {
    draftId: parsed.draftId,
    uid: parsed.uid,
    orgId: typeof parsed.orgId === 'string' ? parsed.orgId : null,
    values: kind.valuesFrom(parsed.values),
    savedAt: typeof parsed.savedAt === 'number' ? parsed.savedAt : 0,
    syncedAt: typeof parsed.syncedAt === 'number' ? parsed.syncedAt : null,
    submitting: parsed.submitting === true,
  };
}

/** Whether every value kept here has reached the server. */
export function isSynced(draft: LocalDraft<unknown>): boolean {
  return draft.syncedAt !== null && draft.syncedAt >= draft.savedAt;
}

/** One person's local drafts (of reports, or of another kind). */
export function localDrafts<V = ReportFormValues>(
  store: KeyValueStore,
  uid: string,
  kind: DraftKind<V> = REPORT_DRAFTS as unknown as DraftKind<V>,
) {
  const key = (draftId: string) => localDraftKey(uid, draftId, kind.prefix);
  const read = (draftId: string) => parseLocalDraft(store.get(key(draftId)), kind);
  const write = (draft: LocalDraft<V>) => store.set(key(draft.draftId), JSON.stringify(draft));
  return {
    load: read,
    /** Keeps what was typed; returns the record (its `savedAt` identifies this version). */
    save(draftId: string, values: V, orgId: string | null, now: number): LocalDraft<V> {
      const previous = read(draftId);
      // Two saves in the same millisecond still count as two versions.
      const savedAt = previous && now <= previous.savedAt ? previous.savedAt + 1 : now;
      const draft: LocalDraft<V> = {
        draftId,
        uid,
        orgId,
        values,
        savedAt,
        syncedAt: previous?.syncedAt ?? null,
        submitting: previous?.submitting ?? false,
      };
      write(draft);
      return draft;
    },
    /** The server confirmed the values kept at `savedAt`. */
    markSynced(draftId: string, savedAt: number): void {
      const draft = read(draftId);
      if (!draft) return;
      write({ ...draft, syncedAt: Math.max(draft.syncedAt ?? 0, savedAt) });
    },
    markSubmitting(draftId: string): void {
      const draft = read(draftId);
      if (draft) write({ ...draft, submitting: true });
    },
    remove(draftId: string): void {
      store.remove(key(draftId));
    },
    /** Every draft of this person kept here, newest first. */
    list(): LocalDraft<V>[] {
      const prefix = `${kind.prefix}.${uid}.`;
      return store
        .keys()
        .filter((stored) => stored.startsWith(prefix))
        .map((stored) => parseLocalDraft(store.get(stored), kind))
        .filter((draft): draft is LocalDraft<V> => draft !== null && draft.uid === uid)
        .sort((a, b) => b.savedAt - a.savedAt);
    },
    /**
     * Forgets the drafts that the server already has (on signing out: a shared computer
     * should not keep victims' names). Drafts with unsent changes stay, so nothing is lost.
     */
    forgetSynced(): number {
      let forgotten = 0;
      for (const draft of this.list()) {
        if (isSynced(draft) && !draft.submitting) {
          store.remove(key(draft.draftId));
          forgotten++;
        }
      }
      return forgotten;
    },
  };
}

export type LocalDraftStore<V = ReportFormValues> = ReturnType<typeof localDrafts<V>>;

/** The draft as the server has it (or the local cache of the server), if it exists. */
export interface ServerDraft<V = ReportFormValues> {
  values: V;
  /** `updatedAt` in ms, null while the server has not stamped it. */
  updatedAt: number | null;
}

export interface StartingPoint<V = ReportFormValues> {
  values: V;
  /** Where the values came from: this device (changes not on the server), the server, or nowhere. */
  source: 'device' | 'server' | 'empty';
}

/**
 * Which copy a reopened form starts from. What was typed here and has not reached the server
 * wins (it is newer than anything the server could have, unless a colleague saved after it);
 * otherwise the server's copy, which may hold a colleague's changes.
 */
export function startingPoint<V = ReportFormValues>(
  local: LocalDraft<V> | null,
  server: ServerDraft<V> | null,
  empty: V = EMPTY_REPORT as V,
): StartingPoint<V> {
  if (local && !isSynced(local)) {
    const colleagueSavedLater =
      server !== null && server.updatedAt !== null && server.updatedAt > local.savedAt;
    if (!colleagueSavedLater) return { values: local.values, source: 'device' };
  }
  if (server) return { values: server.values, source: 'server' };
  if (local) return { values: local.values, source: 'device' };
  return { values: empty, source: 'empty' };
}

export const REPORT_DRAFTS: DraftKind<ReportFormValues> = {
  prefix: PREFIX,
  valuesFrom,
  empty: EMPTY_REPORT,
};

export type SaveState = 'idle' | 'device' | 'saving' | 'saved' | 'offline' | 'error';

/**
 * What the form says about saving: nothing before anything is typed; «saved on this device»
 * while some fields are not yet valid (the server keeps only the valid ones; `cloudReady` is
 * whether it holds everything typed); «saving…» while a
 * write is on its way; «no connection — saved on this device» while offline; «saved» once the
 * server confirmed; an error when the server refused.
 */
export function saveState(facts: {
  changed: boolean;
  cloudReady: boolean;
  pendingWrites: number;
  online: boolean;
  failed: boolean;
}): SaveState {
  if (facts.failed) return 'error';
  if (!facts.changed && facts.pendingWrites === 0) return 'idle';
  if (facts.pendingWrites > 0) return facts.online ? 'saving' : 'offline';
  if (!facts.cloudReady) return facts.online ? 'device' : 'offline';
  return 'saved';
}

/** localStorage behind the KeyValueStore interface; never throws (privacy modes, full quota). */
export function browserStore(): KeyValueStore {
  const storage = (): Storage | null => {
    try {
      return window.localStorage;
    } catch {
      return null;
    }
  };
  return {
    get(key) {
      try {
        return storage()?.getItem(key) ?? null;
      } catch {
        return null;
      }
    },
    set(key, value) {
      try {
        storage()?.setItem(key, value);
      } catch {
        // Full or blocked: the server copy (and Firestore's own queue) still keep the draft.
      }
    },
    remove(key) {
      try {
        storage()?.removeItem(key);
      } catch {
        // Nothing to forget.
      }
    },
    keys() {
      const local = storage();
      if (!local) return [];
      const keys: string[] = [];
      try {
        for (let i = 0; i < local.length; i++) {
          const key = local.key(i);
          if (key !== null) keys.push(key);
        }
      } catch {
        return keys;
      }
      return keys;
    },
  };
}
