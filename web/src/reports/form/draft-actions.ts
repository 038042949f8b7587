import type * as ReportsStore from '../../firebase/reports.js';
import { t } from '../../i18n/i18n.js';
import type { Navigation } from '../../router/navigation.js';
import { PATHS, reportPath } from '../../router/routes.js';
import { refuse, runAction } from '../../ui/action-runner.js';
import { askToConfirm } from '../../ui/confirm-dialog.js';
import type { ActionState } from '../../ui/form-model.js';
import type { LocalDraftStore } from '../autosave.js';
import type { DraftSync } from './draft-sync.js';
import { fromFlat } from './flat-values.js';
import type { ReportChecked, ReportForm } from './report-model.js';

/** Submitting waits this long for the server before saying the connection is the problem. */
const SUBMIT_TIMEOUT_MS = 20_000;

export interface DraftContext {
  reports: typeof ReportsStore;
  store: LocalDraftStore;
  sync: DraftSync;
  form: ReportForm;
  reportId: string;
  orgId: string;
  uid: string;
  navigate: Navigation['navigate'];
}

/**
 * Submits the checked report — for a verified organisation — even while offline (the write
 * waits in Firestore's queue and goes when the connection returns); the report page then
 * follows the registration. A refusal shows in the form's message box.
 */
export async function submitDraft(
  context: DraftContext,
  value: ReportChecked,
  refusal: string | null,
): Promise<void> {
  const { reports, store, sync, form, reportId, orgId, uid, navigate } = context;
  if (form.busy.peek()) return;
  if (refusal) {
    await refuse(form, refusal);
    return;
  }
  sync.stopSaving();
  store.save(reportId, fromFlat(form.values.peek()), orgId, Date.now());
  store.markSubmitting(reportId);
  const write = reports.saveReportDraft({
    reportId,
    orgId,
    uid,
    report: value.report,
    personalData: value.personalData,
    exists: sync.onServer(),
    submit: true,
  });
  // Once the server has it, this device need not keep it.
  write.then(() => store.remove(reportId)).catch((error: unknown) => console.error(error));
  const offline = () =>
    navigate(`${reportPath(reportId)}?submitted`, { notice: t('reports.form.submittedOffline') });
  if (!navigator.onLine) {
    offline();
    return;
  }
  const outcome = await runAction(form, { run: () => write, timeoutMs: SUBMIT_TIMEOUT_MS });
  if (outcome === null) return;
  if (outcome.ok) {
    navigate(`${reportPath(reportId)}?submitted`, { notice: t('reports.page.submittedWaiting') });
  } else if (outcome.problem.network) {
    // The write is still queued and goes when the server answers.
    offline();
  }
}

/** Deletes the draft after asking, with its files and personal data (the server removes them). */
export async function deleteDraft(context: DraftContext, state: ActionState): Promise<void> {
  const { reports, store, sync, form, reportId, navigate } = context;
  if (form.busy.peek() || state.busy.peek()) return;
  const yes = await askToConfirm({
    title: t('reports.form.deleteTitle'),
    text: t('reports.form.deleteText'),
    confirm: t('reports.form.deleteConfirm'),
    danger: true,
  });
  if (!yes || form.busy.peek() || state.busy.peek()) return;
  // Writes that never reached the server (or that it refused) leave nothing there.
  const nothingThere = sync.nothingOnServer();
  sync.stopSaving();
  const done = () => {
    store.remove(reportId);
    navigate(PATHS.reports, { notice: t('reports.form.deleted') });
  };
  if (nothingThere) {
    done();
    return;
  }
  const removal = reports.deleteReportDraft(reportId);
  if (!navigator.onLine) {
    // Queued: Firestore deletes it when the connection returns.
    removal.catch((error: unknown) => console.error(error));
    done();
    return;
  }
  const outcome = await runAction(state, { run: () => removal, timeoutMs: SUBMIT_TIMEOUT_MS });
  // Still queued when the connection is slow: it goes when the server answers.
  if (outcome && (outcome.ok || outcome.problem.network)) done();
}
