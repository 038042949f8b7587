import { ALLOWED_TYPES_LABEL } from '@domain/uploads/file-types.js';
import { formatMegabytes } from '@domain/uploads/upload-limits.js';
import { actionProblem } from '../actions/action-problem.js';
import { h } from '../ui/legacy/dom.js';
import { withDateProblems } from '../ui/date-field.js';
import type { OrganisationView } from '../firebase/organisations.js';
import type { SnapshotState } from '../firebase/reports.js';
import {
  cloudDraft,
  formValuesOf,
  sameValues,
  validateReport,
  type ReportFormValues,
} from './report-form.js';
import { catalogue, currentLanguage, loadSection, t } from '../i18n/i18n.js';
import {
  browserStore,
  isSynced,
  localDrafts,
  saveState,
  startingPoint,
  type SaveState,
} from './autosave.js';
import { reportControls } from './controls.js';
import { problemMessage, reportFrom, type ReportView } from './report-view.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS, reportEditPath, reportPath } from '../router/routes.js';
import { attachmentList, uploader } from './report-files.js';
import { localDraftLinks } from './local-drafts.js';
import { askToConfirm } from '../ui/confirm-dialog.js';
import { formMessage, showProblems } from '../ui/legacy/form.js';
import { liveForm } from '../ui/legacy/live-validation.js';
import { checkSent, perform } from '../ui/legacy/perform.js';
import { reportFields } from './report-fields.js';
import { pageHeading } from '../ui/legacy/heading.js';

/** How long after the last keystroke the draft goes to the server. */
const CLOUD_SAVE_DELAY_MS = 1200;
/** Submitting waits this long for the server before saying the connection is the problem. */
const SUBMIT_TIMEOUT_MS = 20_000;

/**
 * `/app/reports/new` and `/app/reports/{id}/edit`: the NGO's report form. Nothing typed is
 * lost: every change is kept on this device at once (autosave.ts) and the draft goes to
 * Firestore a moment later as a `draft` report with its restricted personal data, where
 * offline persistence queues the write until the connection returns. The form says where
 * things stand, comes back as it was after a reload, takes evidence files once the draft is on
 * the server, and submits — for a verified organisation — even while offline (the write goes
 * when the connection returns). A draft the server sent back shows its problems at the fields.
 */
export async function reportEditPage({
  params,
  user,
  claims,
  announce,
  navigate,
}: PageContext): Promise<PageView> {
  if (!user || !claims?.orgId) throw new Error('The report form needs an NGO member');
  await loadSection('reports');
  const [reports, organisations] = await Promise.all([
    import('../firebase/reports.js'),
    import('../firebase/organisations.js'),
  ]);
  const uid = user.uid;
  const orgId: string = claims.orgId;
  const language = currentLanguage();
  const store = localDrafts(browserStore(), uid);
  const isNew = !params.reportId;
  const reportId: string = params.reportId ?? reports.newReportId();
  const title = t(isNew ? 'reports.form.newTitle' : 'reports.form.editTitle');
  const heading = pageHeading(title);
  heading.id = 'report-form-heading';
  const node = h('div', { class: 'page page-narrow report-form-page' }, heading);
  const view: PageView = { title, node };

  // ---- where the draft starts from -----------------------------------------------------------

  const local = store.load(reportId);
  let server: Awaited<ReturnType<typeof reports.getReportData>> = {
    report: null,
    personalData: null,
  };
  if (!isNew) {
    try {
      server = await reports.getReportData(reportId);
    } catch (error) {
      // Offline with nothing cached: what this device kept is what there is.
      console.warn(error);
    }
  }
  const stored = server.report ? reportFrom(reportId, server.report) : null;
  if (stored && stored.status !== 'draft') {
    node.append(
      h('p', { class: 'notice' }, t('reports.form.notDraft')),
      h('p', null, h('a', { href: reportPath(reportId) }, t('reports.form.viewReport'))),
    );
    return view;
  }
  if (!isNew && !stored && !local) {
    node.append(
      h('p', { class: 'notice' }, t('reports.form.notFound')),
      h('p', null, h('a', { href: PATHS.reports }, t('reports.page.backNgo'))),
    );
    return view;
  }
  const serverValues = server.report ? formValuesOf(server.report, server.personalData) : null;
  const start = startingPoint(
    local,
    serverValues && stored ? { values: serverValues, updatedAt: stored.updatedAt } : null,
  );
  // A draft the registration sent back says why; the problems show at their fields.
  const submissionProblems = stored?.submissionProblems ?? [];

  // ---- the form ------------------------------------------------------------------------------

  const form = 'report';
  const message = formMessage('report-message');
  const saveLine = h('p', { id: 'report-save-state', class: 'save-state', 'data-state': 'idle' });
  const fields = reportFields({
    form,
    values: start.values,
    personalIntro: t('reports.form.personalIntro'),
    onPeopleChange: () => changed(),
    announce,
  });
  const check = () => {
    const values = fields.values();
    return withDateProblems(validateReport(values, currentLanguage(), fields.labels()), values, [
      'incidentDate',
    ]);
  };
  const formNode = h('form', {
    class: 'form report-form',
    novalidate: true,
    'aria-labelledby': heading.id,
  });
  const live = liveForm(formNode, fields.fields, () => {
    const checked = check();
    return checked.ok ? {} : checked.problems;
  });

  // Files: evidence and the optional draft response act, once the draft is on the server.
  const evidence = uploader({
    reportId: () => reportId,
    kind: 'evidence',
    label: t('reports.form.evidence'),
    // Written with the server's limits once the uploader has them (the defaults until then).
    hint: (limits) =>
      t('reports.form.evidenceHint', {
        size: formatMegabytes(limits.maxFileBytes, language),
        count: limits.maxFilesPerReport,
        types: ALLOWED_TYPES_LABEL,
      }),
    multiple: true,
  });
  const draftAct = uploader({
    reportId: () => reportId,
    kind: 'draft_response_act',
    label: t('reports.form.draftAct'),
    hint: t('reports.form.draftActHint'),
    multiple: false,
  });
  const fileList = h('div', { class: 'file-list' });
  const filesWait = h('p', { class: 'notice' }, t('reports.form.filesWait'));
  const filesSection = h(
    'section',
    { class: 'form-section files-section', 'aria-labelledby': 'report-files-heading' },
    h('h2', { id: 'report-files-heading' }, t('reports.form.filesHeading')),
    filesWait,
    fileList,
    evidence.node,
    draftAct.node,
  );

  const submitButton = h('button', { type: 'submit', class: 'button' }, t('reports.form.submit'));
  const orgNotice = h('p', { class: 'notice', hidden: true });
  const submitSection = h(
    'section',
    { class: 'form-section', 'aria-labelledby': 'report-submit-heading' },
    h('h2', { id: 'report-submit-heading' }, t('reports.form.submitHeading')),
    h('p', { class: 'field-hint' }, t('reports.form.submitHint')),
    orgNotice,
    h('p', null, submitButton),
  );
  const deleteButton = h(
    'button',
    { type: 'button', class: 'button button-danger' },
    t('reports.form.delete'),
  );
  submitSection.append(h('p', null, deleteButton));
  formNode.append(message.node, ...fields.sections, filesSection, submitSection);

  const refused = h('section', {
    class: 'status-banner status-rejected',
    'aria-labelledby': 'report-refused-heading',
    hidden: submissionProblems.length === 0,
  });
  if (submissionProblems.length) {
    refused.append(
      h('h2', { id: 'report-refused-heading' }, t('reports.form.refusedHeading')),
      h('p', null, t('reports.form.refusedIntro')),
      h(
        'ul',
        null,
        submissionProblems.map((problem) => h('li', null, problemMessage(problem, language))),
      ),
    );
  }

  const localList = h('section', {
    class: 'card',
    hidden: true,
    'aria-labelledby': 'local-drafts-heading',
  });
  if (isNew) {
    const unfinished = store
      .list()
      .filter((draft) => draft.draftId !== reportId && !isSynced(draft));
    if (unfinished.length) {
      localList.hidden = false;
      localList.append(
        h('h2', { id: 'local-drafts-heading' }, t('reports.form.localDraftsHeading')),
        h('p', null, t('reports.form.localDraftsIntro')),
        localDraftLinks(unfinished),
      );
    }
  }

  node.append(
    h('p', null, t('reports.form.intro')),
    h('p', { class: 'field-hint' }, t('reports.form.autosaveNote')),
    localList,
    refused,
    saveLine,
    formNode,
  );
  if (submissionProblems.length) {
    // The form's own check says the same in the reader's language where it can.
    const checked = check();
    const own = checked.ok ? {} : checked.problems;
    const problems = Object.fromEntries(
      submissionProblems
        .filter((p) => p.field)
        .map((p) => [p.field, (language === 'en' && own[p.field]) || problemMessage(p, language)]),
    );
    showProblems(fields.fields(), problems, { focus: false });
  }
  if (start.source === 'device' && serverValues && !sameValues(start.values, serverValues)) {
    message.show(t('reports.form.restored'), 'success');
  }

  // ---- saving --------------------------------------------------------------------------------

  let values: ReportFormValues = start.values;
  let everChanged = start.source === 'device' && local !== null && !isSynced(local);
  let onServer = stored !== null || (local?.syncedAt ?? null) !== null;
  let confirmedOnServer = stored !== null;
  let inFlight = 0;
  let timer: number | undefined;
  let failure: string | null = null;
  let shownState: SaveState | null = null;
  let submitting = false;
  let online = navigator.onLine;
  let disposed = false;
  const stops: (() => void)[] = [];

  function renderSaveState(): void {
    const state = saveState({
      changed: everChanged,
      cloudReady: cloudDraft(values)?.complete ?? false,
      pendingWrites: inFlight + (timer !== undefined ? 1 : 0),
      online,
      failed: failure !== null,
    });
    const words = catalogue().reports.save;
    saveLine.textContent =
      state === 'error' ? t('reports.save.error', { reason: failure ?? '' }) : words[state];
    saveLine.dataset.state = state;
    if (shownState !== null && state !== shownState) {
      if (state === 'offline') announce(t('reports.save.wentOffline'));
      if (state === 'error') announce(saveLine.textContent);
    }
    shownState = state;
  }

  function cloudSave(): void {
    window.clearTimeout(timer);
    timer = undefined;
    if (submitting) return;
    const draft = cloudDraft(values);
    if (!draft) {
      renderSaveState();
      return;
    }
    const savedAt = store.load(reportId)?.savedAt ?? Date.now();
    inFlight++;
    const exists = onServer;
    // The write is in the local cache at once: the next one is an update, whatever the network.
    onServer = true;
    reports
      .saveReportDraft({
        reportId,
        orgId,
        uid,
        report: draft.report,
        personalData: draft.personalData,
        exists,
        submit: false,
      })
      .then(() => {
        // Half-typed fields are on this device only: its copy stays the one to come back to.
        if (draft.complete) store.markSynced(reportId, savedAt);
        confirmedOnServer = true;
        failure = null;
        enableFiles();
      })
      .catch((error: unknown) => {
        console.error(error);
        failure = actionProblem(error, catalogue().errors.action, currentLanguage()).message;
      })
      .finally(() => {
        inFlight--;
        if (view.node.isConnected) renderSaveState();
      });
    renderSaveState();
  }

  function changed(): void {
    const next = fields.values();
    if (sameValues(next, values)) return;
    values = next;
    everChanged = true;
    failure = null;
    if (isNew && location.pathname === PATHS.reportNew) {
      // From the first keystroke the draft has its own address: a reload comes back to it.
      history.replaceState(null, '', reportEditPath(reportId));
    }
    store.save(reportId, values, orgId, Date.now());
    window.clearTimeout(timer);
    timer = window.setTimeout(cloudSave, CLOUD_SAVE_DELAY_MS);
    renderSaveState();
  }

  formNode.addEventListener('input', changed);
  formNode.addEventListener('change', changed);

  const goneOffline = () => {
    online = false;
    renderSaveState();
  };
  const backOnline = () => {
    online = true;
    const kept = store.load(reportId);
    // Writes queued while offline go by themselves; one the server refused is tried again.
    if (failure !== null && kept && !isSynced(kept)) {
      failure = null;
      cloudSave();
    }
    announce(t('reports.save.backOnline'));
    renderSaveState();
  };
  window.addEventListener('offline', goneOffline);
  window.addEventListener('online', backOnline);
  stops.push(() => {
    window.removeEventListener('offline', goneOffline);
    window.removeEventListener('online', backOnline);
  });

  // ---- files, and the draft as the server has it ------------------------------------------

  let following = false;
  /**
   * Once the draft is on the server: files can be added, and the page follows the draft and
   * its files. (Before that there is nothing to follow: the rules refuse reading a report that
   * does not exist.)
   */
  function enableFiles(): void {
    evidence.setEnabled(confirmedOnServer);
    draftAct.setEnabled(confirmedOnServer);
    filesWait.hidden = confirmedOnServer;
    if (!confirmedOnServer || following || disposed) return;
    following = true;
    stops.push(
      reports.watchAttachments(
        reportId,
        (attachments) => {
          evidence.setAttachments(attachments);
          draftAct.setAttachments(attachments);
          fileList.replaceChildren(attachmentList({ reportId, attachments, removable: true }));
        },
        (error) => console.error(error),
      ),
      reports.watchReport(
        reportId,
        (report: ReportView | null, state: SnapshotState) => {
          // Someone submitted it meanwhile (on another device, or a colleague).
          if (report && report.status !== 'draft' && !submitting && !state.pendingWrites) {
            // It is the server's now: saving stops (the rules would refuse it), and says why.
            submitting = true;
            window.clearTimeout(timer);
            timer = undefined;
            message.show(t('reports.form.notDraft'), 'error');
            submitButton.hidden = true;
            renderSaveState();
          }
        },
        (error) => console.warn(error),
      ),
    );
  }
  enableFiles();

  // ---- the organisation: only a verified one submits -----------------------------------------

  let organisation: OrganisationView | null = null;
  const submittable = () =>
    reportControls(
      { status: 'draft', orgId, regionCode: values.regionCode, assignees: [] },
      {
        uid,
        role: claims.role,
        orgId,
        regions: [],
        decisionAuthority: false,
      },
      organisation?.status === 'verified',
    ).draft.submittable;
  stops.push(
    organisations.watchOrganisation(
      orgId,
      (org) => {
        organisation = org;
        const can = submittable();
        submitButton.hidden = !can;
        orgNotice.hidden = can || !org;
        orgNotice.textContent =
          org?.status === 'rejected' ? t('reports.form.rejectedOrg') : t('reports.form.pendingOrg');
      },
      (error) => console.error(error),
    ),
  );

  // ---- submitting ----------------------------------------------------------------------------

  formNode.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = checkSent(live, check, fields.fields(), message, announce);
    if (!value) return;
    if (!submittable()) {
      message.show(orgNotice.textContent, 'error');
      message.node.focus();
      announce(orgNotice.textContent ?? '');
      return;
    }
    window.clearTimeout(timer);
    timer = undefined;
    submitting = true;
    store.save(reportId, values, orgId, Date.now());
    store.markSubmitting(reportId);
    const exists = onServer;
    onServer = true;
    const write = reports.saveReportDraft({
      reportId,
      orgId,
      uid,
      report: value.report,
      personalData: value.personalData,
      exists,
      submit: true,
    });
    // Once the server has it, this device need not keep it.
    write.then(() => store.remove(reportId)).catch((error: unknown) => console.error(error));
    if (!navigator.onLine) {
      // Queued: Firestore sends it when the connection returns, even after a reload.
      navigate(`${reportPath(reportId)}?submitted`, { notice: t('reports.form.submittedOffline') });
      return;
    }
    void perform({
      button: submitButton,
      labels: { idle: t('reports.form.submit'), busy: t('reports.form.submitting') },
      form: formNode,
      message,
      fields: fields.fields(),
      announce,
      timeoutMs: SUBMIT_TIMEOUT_MS,
      run: () => write,
    }).then((outcome) => {
      if (outcome === null) return;
      if (outcome.ok) {
        navigate(`${reportPath(reportId)}?submitted`, {
          notice: t('reports.page.submittedWaiting'),
        });
        return;
      }
      submitting = false;
      if (outcome.problem.network) {
        // The write is still queued and goes when the server answers.
        navigate(`${reportPath(reportId)}?submitted`, {
          notice: t('reports.form.submittedOffline'),
        });
      }
    });
  });

  // ---- deleting -------------------------------------------------------------------------------

  let deleting = false;
  deleteButton.addEventListener('click', () => {
    // Pressed again while the deletion is on its way: once is enough.
    if (deleting) return;
    void askToConfirm({
      title: t('reports.form.deleteTitle'),
      text: t('reports.form.deleteText'),
      confirm: t('reports.form.deleteConfirm'),
      danger: true,
    }).then((yes) => {
      if (!yes || deleting) return;
      deleting = true;
      // Nothing more goes to the server for this draft.
      window.clearTimeout(timer);
      timer = undefined;
      submitting = true;
      const done = () => {
        store.remove(reportId);
        navigate(PATHS.reports, { notice: t('reports.form.deleted') });
      };
      // Writes that never reached the server (or that it refused) leave nothing there.
      if (!confirmedOnServer && inFlight === 0) {
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
      void perform({
        button: deleteButton,
        labels: { idle: t('reports.form.delete'), busy: t('reports.form.deleting') },
        message,
        announce,
        timeoutMs: SUBMIT_TIMEOUT_MS,
        run: () => removal,
      }).then((outcome) => {
        if (outcome === null) return;
        // Still queued when the connection is slow: it goes when the server answers.
        if (outcome.ok || outcome.problem.network || !confirmedOnServer) {
          done();
          return;
        }
        deleting = false;
        submitting = false;
      });
    });
  });

  renderSaveState();
  // Changes kept here that never reached the server go now.
  if (everChanged) cloudSave();
  view.dispose = () => {
    // A change waiting for its moment goes now: Firestore keeps it even as the page goes.
    if (timer !== undefined) cloudSave();
    disposed = true;
    for (const stop of stops) stop();
  };
  return view;
}
