import { catalogue, t } from '../../i18n/i18n.js';
import type { Navigation } from '../../router/navigation.js';
import { PATHS, reportPath } from '../../router/routes.js';
import { refuse, runAction } from '../../ui/action-runner.js';
import { askToConfirm } from '../../ui/confirm-dialog.js';
import type { ActionState } from '../../ui/form-model.js';
import type { LocalDraftStore } from '../autosave.js';
import type { DraftSync } from './draft-sync.js';
import { fromFlat } from './flat-values.js';
import type { ReportChecked, ReportForm } from './report-model.js';
import type { Reports, ReportsLoader } from './reports-store.js';

/** Submitting waits this long for the server before saying the connection is the problem. */
const SUBMIT_TIMEOUT_MS = 20_000;

export interface DraftContext {
  reports: ReportsLoader;
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
  const { store, sync, form, reportId, orgId, uid, navigate } = context;
  if (form.busy.peek()) return;
  if (refusal) {
    await refuse(form, refusal);
    return;
  }
  const remote = await remoteStore(context, form);
  if (!remote) return;
  sync.stopSaving();
  store.save(reportId, fromFlat(form.values.peek()), orgId, Date.now());
  store.markSubmitting(reportId);
  const write = remote.saveReportDraft({
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
  const { store, sync, form, reportId, navigate } = context;
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
  const remote = nothingThere ? null : await remoteStore(context, state);
  if (!nothingThere && !remote) return;
  sync.stopSaving();
  const done = () => {
    store.remove(reportId);
    navigate(PATHS.reports, { notice: t('reports.form.deleted') });
  };
  if (!remote) {
    done();
    return;
  }
  const removal = remote.deleteReportDraft(reportId);
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

/**
 * The reports' store, or `null` after saying that the connection is needed: on a first visit
 * it is fetched after the form shows, and the line may have dropped before it came.
 */
async function remoteStore(context: DraftContext, state: ActionState): Promise<Reports | null> {
  try {
    return await context.reports();
  } catch (error) {
    console.error(error);
    await refuse(state, catalogue().errors.action.offline);
    return null;
  }
}
