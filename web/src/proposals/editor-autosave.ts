import { batch, computed, signal } from '@preact/signals';
import { actionProblem } from '../actions/action-problem.js';
import { catalogue, currentLanguage } from '../i18n/i18n.js';
import {
  isSynced,
  saveState,
  type DraftKind,
  type KeyValueStore,
  localDrafts,
} from '../reports/autosave.js';
import type { FormValues } from '../ui/form-model.js';
import { fromFlat } from './editor-form.js';
import { contentOfValues, draftContentOf, DRAFT_KEYS } from './editor-values.js';

/** A pause in typing before the draft is written (no function runs per write). */
const CLOUD_SAVE_DELAY_MS = 800;

/** The editor's values kept on the device, as the report form keeps its own (reports/autosave.ts). */
export const PROPOSAL_DRAFTS: DraftKind<FormValues> = {
  prefix: 'spilno.proposalDraft.v1',
  valuesFrom: (value) =>
    Object.fromEntries(
      Object.entries(typeof value === 'object' && value !== null ? value : {}).filter(
        ([, v]) =>
          typeof v === 'string' ||
          typeof v === 'boolean' ||
          (Array.isArray(v) && v.every((s) => typeof s === 'string')),
      ),
    ) as FormValues,
  empty: {},
};

export const proposalDeviceCopies = (store: KeyValueStore, uid: string) =>
  localDrafts(store, uid, PROPOSAL_DRAFTS);

/** Whether the server keeps everything typed: no typed field is left out as not yet valid. */
export function keepsEverything(flat: FormValues): boolean {
  const values = fromFlat(flat);
  const typed = contentOfValues(values);
  const kept = draftContentOf(values) as Record<string, unknown>;
  return Object.entries(typed).every(
    ([key, value]) =>
      value === undefined || (Array.isArray(value) && value.length === 0) || key in kept,
  );
}

/**
 * Nothing typed is lost: each change of the editor is kept on this device at once, and a
 * moment later the draft's valid fields go to `proposalDrafts` (a plain write, which
 * Firestore queues while offline). The save line follows the same states as the report
 * form's: on the device, saving, saved, offline, or the server's refusal.
 */
export function createProposalAutosave(options: {
  id: string;
  orgId: string | null;
  copies: ReturnType<typeof proposalDeviceCopies>;
  write: (content: ReturnType<typeof draftContentOf>, keys: readonly string[]) => Promise<void>;
  /** Values kept here that the server has not confirmed: sent at once. */
  unsent: FormValues | null;
}) {
  const { id, orgId, copies } = options;
  let values: FormValues | null = options.unsent;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let stopped = false;
  let last: Promise<void> = Promise.resolve();
  const changed = signal(options.unsent !== null);
  const pending = signal(0);
  const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  const failure = signal<string | null>(null);
  const cloudReady = signal(values ? keepsEverything(values) : true);
  const state = computed(() =>
    saveState({
      changed: changed.value,
      cloudReady: cloudReady.value,
      pendingWrites: pending.value,
      online: online.value,
      failed: failure.value !== null,
    }),
  );

  function cloudSave(): Promise<void> {
    clearTimeout(timer);
    timer = undefined;
    if (stopped || values === null) return last;
    const flat = values;
    const savedAt = copies.load(id)?.savedAt ?? Date.now();
    last = options
      .write(draftContentOf(fromFlat(flat)), DRAFT_KEYS)
      .then(() => {
        if (keepsEverything(flat)) copies.markSynced(id, savedAt);
        failure.value = null;
      })
      .catch((error: unknown) => {
        console.error(error);
        failure.value = actionProblem(error, catalogue().errors.action, currentLanguage()).message;
      })
      .finally(() => (pending.value = Math.max(0, pending.peek() - 1)));
    return last;
  }

  const goneOffline = () => (online.value = false);
  const backOnline = () => (online.value = true);
  window.addEventListener('offline', goneOffline);
  window.addEventListener('online', backOnline);
  if (values !== null) {
    pending.value = 1;
    void cloudSave();
  }

  return {
    state,
    failure,
    /** A change: kept here at once, written a moment after the last keystroke. */
    changed(next: FormValues): void {
      if (stopped) return;
      values = next;
      copies.save(id, next, orgId, Date.now());
      batch(() => {
        changed.value = true;
        failure.value = null;
        cloudReady.value = keepsEverything(next);
        if (timer === undefined) pending.value = pending.peek() + 1;
      });
      clearTimeout(timer);
      timer = setTimeout(() => void cloudSave(), CLOUD_SAVE_DELAY_MS);
    },
    /** Writes what is waiting now; resolves when the last write is done. */
    flush: (): Promise<void> => (timer !== undefined ? cloudSave() : last),
    /** The draft went to the council: nothing more to keep here. */
    forget(): void {
      stopped = true;
      clearTimeout(timer);
      copies.remove(id);
    },
    dispose(): void {
      if (timer !== undefined) void cloudSave();
      stopped = true;
      window.removeEventListener('offline', goneOffline);
      window.removeEventListener('online', backOnline);
    },
  };
}

export type ProposalAutosave = ReturnType<typeof createProposalAutosave>;

export { isSynced };
