import { batch, computed, signal } from '@preact/signals';
import { actionProblem } from '../../actions/action-problem.js';
import { catalogue, currentLanguage, t } from '../../i18n/i18n.js';
import { PATHS, reportEditPath } from '../../router/routes.js';
import { announce } from '../../ui/live-region.js';
import { isSynced, saveState, type LocalDraft, type LocalDraftStore } from '../autosave.js';
import { cloudDraft, sameValues } from '../report-form.js';
import type { ReportFormValues } from '../report-values.js';
import type { AttachmentView } from '../report-view.js';
import type { ReportsLoader } from './reports-store.js';

/** How long after the last keystroke the draft goes to the server. */
const CLOUD_SAVE_DELAY_MS = 1200;

/**
 * Nothing typed is lost: every change is kept on this device at once (autosave.ts), and the
 * draft goes to Firestore a moment later, where offline persistence queues the write until the
 * connection returns. Once the draft is on the server, files can be added and the form follows
 * its files, and whether someone submitted it meanwhile. The state is in signals, for the
 * sticky save line and the files step.
 */
export function createDraftSync(options: {
  reports: ReportsLoader;
  store: LocalDraftStore;
  reportId: string;
  orgId: string;
  uid: string;
  isNew: boolean;
  start: { values: ReportFormValues; source: 'device' | 'server' | 'empty' };
  local: LocalDraft | null;
  onServerAlready: boolean;
}) {
  const { reports, store, reportId, orgId, uid } = options;
  let values = options.start.values;
  let onServer = options.onServerAlready || (options.local?.syncedAt ?? null) !== null;
  let timer: number | undefined;
  let stopped = false;
  let following = false;
  const stops: (() => void)[] = [];

  const everChanged = signal(
    options.start.source === 'device' && options.local !== null && !isSynced(options.local),
  );
  const cloudReady = signal(cloudDraft(values)?.complete ?? false);
  const pending = signal(0);
  const online = signal(typeof navigator === 'undefined' ? true : navigator.onLine);
  const failure = signal<string | null>(null);
  /** The server has the draft (a write was confirmed): files can be added. */
  const confirmed = signal(options.onServerAlready);
  const attachments = signal<readonly AttachmentView[]>([]);
  /** Someone submitted it meanwhile (on another device, or a colleague). */
  const takenAway = signal(false);

  const state = computed(() =>
    saveState({
      changed: everChanged.value,
      cloudReady: cloudReady.value,
      pendingWrites: pending.value,
      online: online.value,
      failed: failure.value !== null,
    }),
  );
  let said = state.peek();
  stops.push(
    state.subscribe((now) => {
      if (now === said) return;
      said = now;
      if (now === 'offline') announce(t('reports.save.wentOffline'));
      if (now === 'error') announce(t('reports.save.error', { reason: failure.peek() ?? '' }));
    }),
  );

  function follow(): void {
    if (following || stopped || !confirmed.peek()) return;
    following = true;
    void reports()
      .then((remote) => {
        if (stopped) return;
        stops.push(
          remote.watchAttachments(
            reportId,
            (list) => (attachments.value = list),
            (error) => console.error(error),
          ),
          remote.watchDraft(
            reportId,
            (draft, snapshot) => {
              if (!draft && !stopped && !snapshot.pendingWrites && !snapshot.fromCache) {
                // Submitted (or deleted) elsewhere: saving stops (the rules would refuse it), and
                // says why.
                stopSaving();
                takenAway.value = true;
              }
            },
            (error) => console.warn(error),
          ),
        );
      })
      .catch((error: unknown) => console.warn(error));
  }

  function cloudSave(): void {
    window.clearTimeout(timer);
    timer = undefined;
    if (stopped) return;
    const draft = cloudDraft(values);
    if (!draft) {
      pending.value = Math.max(0, pending.peek() - 1);
      return;
    }
    const savedAt = store.load(reportId)?.savedAt ?? Date.now();
    const exists = onServer;
    // The write is in the local cache at once: the next one is an update, whatever the network.
    onServer = true;
    // Saves wait for the store in the order they were made, so the last one wins.
    reports()
      .then((remote) =>
        remote.saveReportDraft({
          reportId,
          orgId,
          uid,
          report: draft.report,
          personalData: draft.personalData,
          exists,
          submit: false,
        }),
      )
      .then(() => {
        // Half-typed fields are on this device only: its copy stays the one to come back to.
        if (draft.complete) store.markSynced(reportId, savedAt);
        batch(() => {
          confirmed.value = true;
          failure.value = null;
        });
        follow();
      })
      .catch((error: unknown) => {
        console.error(error);
        failure.value = actionProblem(error, catalogue().errors.action, currentLanguage()).message;
      })
      .finally(() => (pending.value = Math.max(0, pending.peek() - 1)));
  }

  /** A change of the form: kept here at once, sent a moment after the last keystroke. */
  function changed(next: ReportFormValues): void {
    if (stopped || sameValues(next, values)) return;
    values = next;
    if (options.isNew && location.pathname === PATHS.reportNew) {
      // From the first keystroke the draft has its own address: a reload comes back to it.
      history.replaceState(null, '', `${reportEditPath(reportId)}${location.search}`);
    }
    store.save(reportId, values, orgId, Date.now());
    batch(() => {
      everChanged.value = true;
      failure.value = null;
      cloudReady.value = cloudDraft(values)?.complete ?? false;
      // The timer waiting counts as a write on its way.
      if (timer === undefined) pending.value = pending.peek() + 1;
    });
    window.clearTimeout(timer);
    timer = window.setTimeout(cloudSave, CLOUD_SAVE_DELAY_MS);
  }

  /** Nothing more goes to the server (submitting, deleting, or submitted elsewhere). */
  function stopSaving(): void {
    if (timer !== undefined) pending.value = Math.max(0, pending.peek() - 1);
    window.clearTimeout(timer);
    timer = undefined;
    stopped = true;
  }

  const goneOffline = () => (online.value = false);
  const backOnline = () => {
    online.value = true;
    const kept = store.load(reportId);
    // Writes queued while offline go by themselves; one the server refused is tried again.
    if (!stopped && failure.peek() !== null && kept && !isSynced(kept)) {
      failure.value = null;
      pending.value = pending.peek() + 1;
      cloudSave();
    }
    announce(t('reports.save.backOnline'));
  };
  window.addEventListener('offline', goneOffline);
  window.addEventListener('online', backOnline);
  stops.push(() => {
    window.removeEventListener('offline', goneOffline);
    window.removeEventListener('online', backOnline);
  });
  follow();
  // Changes kept here that never reached the server go now.
  if (everChanged.peek()) {
    pending.value = pending.peek() + 1;
    cloudSave();
  }

  return {
    state,
    failure,
    confirmed,
    attachments,
    takenAway,
    changed,
    stopSaving,
    /** Whether a write was ever made here or the draft came from the server. */
    onServer: () => onServer,
    /** Whether any write is still on its way (or the server never had the draft). */
    nothingOnServer: () => !confirmed.peek() && pending.peek() === 0,
    dispose(): void {
      // A change waiting for its moment goes now: Firestore keeps it even as the page goes.
      if (timer !== undefined) cloudSave();
      stopped = true;
      for (const stop of stops) stop();
    },
  };
}

export type DraftSync = ReturnType<typeof createDraftSync>;
