import { ALLOWED_TYPES_LABEL } from '@domain/uploads/file-types.js';
import { formatMegabytes } from '@domain/uploads/upload-limits.js';
import { h } from '../ui/legacy/dom.js';
import type { OrganisationView } from '../firebase/organisations.js';
import { catalogue, currentLanguage, loadSection, t } from '../i18n/i18n.js';
import { browserStore, localDrafts } from './autosave.js';
import { reportControls, type ReportActor, type ReportControls } from './controls.js';
import { deadlineInfo, deadlineText } from './deadline.js';
import {
  peopleFrom,
  problemMessage,
  type AttachmentView,
  type DuplicateView,
  type MeasureView,
  type MessageView,
  type ReportView,
} from './report-view.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS, reportEditPath, reportPath } from '../router/routes.js';
import { accountProfile } from '../session/account.js';
import { attachmentList, uploader } from './report-files.js';
import { formMessage, textAreaField } from '../ui/legacy/form.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { perform } from '../ui/legacy/perform.js';
import { actionForms, showLatestRequest, templatePicker } from './report-actions.js';
import {
  messageList,
  peopleList,
  reportDetails,
  reportOutcome,
  timelineList,
} from './report-sections.js';
import { reportStatusName, reportStatusTag } from './report-status.js';
import { pageHeading } from '../ui/legacy/heading.js';

const WRITE_TIMEOUT_MS = 15_000;

function section(id: string, heading: string, ...content: (Node | null)[]): HTMLElement {
  return h(
    'section',
    { class: 'report-section', 'aria-labelledby': `${id}-heading` },
    h('h2', { id: `${id}-heading`, tabindex: -1 }, heading),
    ...content,
  );
}

/**
 * `/app/reports/{id}`: one report for everyone who may read it. All its data, its files, the
 * timeline of every step, the decision, the measures and the outcome, the thread with the
 * Secretariat; for the NGO, answering a request for information and withdrawing before a
 * decision (or going on with its draft); for the Secretariat, the restricted personal data
 * behind an audited button, possible duplicates to link, and the forms of exactly the actions
 * this person may take now. Everything follows the server live: the registration number
 * appears as soon as the trigger gives it.
 */
export async function reportPage({
  params,
  search,
  user,
  claims,
  announce,
}: PageContext): Promise<PageView> {
  if (!user) throw new Error('The report page needs a signed-in user');
  await loadSection('reports');
  const [reports, functions, organisations] = await Promise.all([
    import('../firebase/reports.js'),
    import('../firebase/functions.js'),
    import('../firebase/organisations.js'),
  ]);
  const reportId = params.reportId ?? '';
  const actor: ReportActor = {
    uid: user.uid,
    role: claims?.role ?? null,
    orgId: claims?.orgId ?? null,
    regions: claims?.regions ?? [],
    decisionAuthority: claims?.decisionAuthority ?? false,
  };
  const ngo = actor.role === 'ngo_member' || actor.role === 'ngo_admin';
  const stops: (() => void)[] = [];
  // Arrived from the form just after submitting: the page says when the number is given.
  let watchingSubmission = new URLSearchParams(search).has('submitted');
  if (watchingSubmission) history.replaceState(null, '', reportPath(reportId));

  const heading = pageHeading(t('reports.title'));
  const back = h(
    'p',
    { class: 'back' },
    ngo
      ? h('a', { href: PATHS.reports }, t('reports.page.backNgo'))
      : h('a', { href: PATHS.queue }, t('reports.page.backStaff')),
  );
  const node = h('div', { class: 'page report-page' }, back, heading);
  const view: PageView = { title: t('reports.title'), node };

  // ---- the first snapshot decides whether there is a page ----------------------------------

  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' }, t('errors.load'));
  let report: ReportView | null = null;
  let pendingWrites = false;
  let fromCache = true;
  /** Set once the page is built: later snapshots render it. */
  let ready = false;
  const first = await new Promise<ReportView | null>((resolve) => {
    let settled = false;
    stops.push(
      reports.watchReport(
        reportId,
        (next, state) => {
          report = next;
          pendingWrites = state.pendingWrites;
          fromCache = state.fromCache;
          if (!settled) {
            settled = true;
            resolve(next);
          } else if (ready) {
            onReport();
          }
        },
        (error) => {
          console.warn(error);
          if (!settled) {
            settled = true;
            resolve(null);
          } else {
            loadError.hidden = false;
          }
        },
      ),
    );
  });
  if (!first) {
    for (const stop of stops) stop();
    heading.textContent = t('reports.page.notFound');
    view.title = heading.textContent;
    return view;
  }

  // ---- the parts of the page ----------------------------------------------------------------

  const statusBox = h('div', { class: 'report-status' });
  const summary = h('dl', { class: 'report-summary' });
  const draftBox = h('div');
  const actionsMessage = formMessage('report-actions-message');
  const actionsList = h('div', { class: 'actions-list' });
  const actionsSection = section(
    'report-actions',
    t('reports.page.actionsHeading'),
    actionsMessage.node,
    actionsList,
  );
  const outcome = h('div', { class: 'report-outcome' });
  const details = h('div');
  const personalBody = h('div');
  const personalSection = section(
    'report-personal',
    t('reports.page.personalHeading'),
    personalBody,
  );
  personalSection.classList.add('restricted');
  const fileList = h('div');
  const fileUpload = uploader({
    reportId: () => reportId,
    kind: 'evidence',
    label: t('reports.files.addMore'),
    // Written with the server's limits once the uploader has them (the defaults until then).
    hint: (limits) =>
      `${t('reports.files.addMoreHint')} ${t('reports.form.evidenceHint', {
        size: formatMegabytes(limits.maxFileBytes, currentLanguage()),
        count: limits.maxFilesPerReport,
        types: ALLOWED_TYPES_LABEL,
      })}`,
    multiple: true,
  });
  fileUpload.setEnabled(true);
  const filesSection = section(
    'report-files',
    t('reports.page.filesHeading'),
    fileList,
    fileUpload.node,
  );
  const duplicatesBody = h('div');
  const duplicatesSection = section(
    'report-duplicates',
    t('reports.duplicates.heading'),
    h('p', null, t('reports.duplicates.intro')),
    duplicatesBody,
  );
  const threadList = h('div');
  const threadForm = h('div');
  const threadSection = section(
    'report-thread',
    t(ngo ? 'reports.page.threadHeadingNgo' : 'reports.page.threadHeadingStaff'),
    h('p', null, t(ngo ? 'reports.thread.introNgo' : 'reports.thread.introStaff')),
    threadList,
    threadForm,
  );
  const timelineBody = h('div');
  const timelineSection = section(
    'report-timeline',
    t('reports.page.timelineHeading'),
    timelineBody,
  );

  node.append(
    loadError,
    statusBox,
    summary,
    draftBox,
    actionsSection,
    outcome,
    section('report-details', t('reports.page.detailsHeading'), details),
    personalSection,
    filesSection,
    duplicatesSection,
    threadSection,
    timelineSection,
  );

  // ---- state from the listeners -------------------------------------------------------------

  let organisation: OrganisationView | null = null;
  let measures: MeasureView[] = [];
  let attachments: AttachmentView[] = [];
  let messages: MessageView[] = [];
  let duplicates: DuplicateView[] = [];
  let names = new Map<string, string>();
  let controls: ReportControls | null = null;
  let actionsKey = '';
  let actionStops: (() => void)[] = [];
  let shownStatus: string | null = null;
  let shownNumber: string | null = null;
  let personalMode: ReportControls['personalData'] | null = null;

  const current = (): ReportView => report ?? first;
  const orgVerified = () => organisation?.status === 'verified';

  function download(attachment: AttachmentView): HTMLElement {
    return attachmentList({ reportId, attachments: [attachment] });
  }

  function renderSummary(value: ReportView): void {
    const language = currentLanguage();
    const info = deadlineInfo(value, new Date());
    const deadline = info ? deadlineText(info, catalogue().reports.deadline, language) : null;
    const row = (term: string, ...description: (Node | string | null)[]) => [
      h('dt', null, term),
      h('dd', null, ...description),
    ];
    replaceKeepingFocus(
      summary,
      ...row(t('reports.page.status'), reportStatusTag(value.status)),
      ...row(
        t('reports.page.number'),
        value.number
          ? h('span', { class: 'report-number' }, value.number)
          : h('span', { class: 'row-meta' }, t('reports.page.noNumber')),
      ),
      ...(deadline
        ? row(
            t('reports.page.deadline'),
            deadline.text,
            deadline.tag ? ' ' : null,
            deadline.tag
              ? h('span', { class: `tag tag-${deadline.tag.kind}` }, deadline.tag.label)
              : null,
          )
        : []),
      ...(value.urgent
        ? row(
            t('reports.fields.urgent'),
            h('span', { class: 'tag tag-urgent' }, t('reports.page.urgent')),
          )
        : []),
    );
  }

  function renderStatusBox(value: ReportView): void {
    const parts: HTMLElement[] = [];
    if (value.status === 'submitted' && pendingWrites) {
      parts.push(h('p', { class: 'notice' }, t('reports.page.pendingSend')));
    } else if (value.status === 'submitted') {
      parts.push(h('p', { class: 'notice' }, t('reports.page.submittedWaiting')));
    } else if (value.number && watchingSubmission) {
      parts.push(
        h('p', { class: 'form-success' }, t('reports.page.registered', { number: value.number })),
      );
    }
    statusBox.replaceChildren(...parts);
  }

  function renderDraft(value: ReportView, state: ReportControls): void {
    if (!state.draft.editable) {
      draftBox.replaceChildren();
      return;
    }
    const parts: (HTMLElement | null)[] = [
      h('p', { class: 'notice' }, t('reports.page.draftNotice')),
      value.submissionProblems.length
        ? h(
            'section',
            { class: 'status-banner status-rejected', 'aria-labelledby': 'report-refused-heading' },
            h('h2', { id: 'report-refused-heading' }, t('reports.form.refusedHeading')),
            h('p', null, t('reports.form.refusedIntro')),
            h(
              'ul',
              null,
              value.submissionProblems.map((problem) =>
                h('li', null, problemMessage(problem, currentLanguage())),
              ),
            ),
          )
        : null,
      h(
        'p',
        null,
        h('a', { class: 'button', href: reportEditPath(reportId) }, t('reports.page.edit')),
      ),
    ];
    draftBox.replaceChildren(...parts.filter((part): part is HTMLElement => part !== null));
  }

  function renderActions(value: ReportView, state: ReportControls): void {
    const key = `${value.status}|${value.assignees.join(',')}|${state.actions.join(',')}`;
    if (key === actionsKey) return;
    actionsKey = key;
    for (const stop of actionStops) stop();
    actionStops = [];
    actionsSection.hidden = state.side === null;
    const forms = actionForms({
      report: value,
      controls: state,
      uid: actor.uid,
      role: actor.role,
      functions,
      reports,
      messages: () => messages,
      announce,
      done: (message) => {
        actionsMessage.show(message, 'success');
        actionsMessage.node.focus();
        announce(message);
      },
      stops: actionStops,
    });
    actionsList.replaceChildren(
      ...(forms.length ? forms : [h('p', null, t('reports.actions.none'))]),
    );
  }

  function renderOutcome(): void {
    replaceKeepingFocus(outcome, ...reportOutcome(current(), measures, attachments, download));
  }

  function renderDetails(value: ReportView): void {
    const staffSide = controls?.side === 'secretariat';
    replaceKeepingFocus(
      details,
      reportDetails(value, {
        organisation: organisation ? `${organisation.shortName} (${organisation.edrpou})` : null,
        assignees: staffSide ? value.assignees.map((uid) => names.get(uid) ?? uid) : null,
        linked: staffSide ? value.linkedReports.map((id) => ({ id, label: id })) : null,
      }),
    );
  }

  function renderFiles(state: ReportControls): void {
    replaceKeepingFocus(fileList, attachmentList({ reportId, attachments }));
    fileUpload.setAttachments(attachments);
    // The NGO adds evidence here once the report left its drafts (the form takes it before).
    fileUpload.node.hidden = !(
      state.uploadKinds.includes('evidence') && current().status !== 'draft'
    );
  }

  // ---- personal data --------------------------------------------------------------------------

  function renderPersonal(state: ReportControls): void {
    if (state.personalData === personalMode) return;
    personalMode = state.personalData;
    if (personalMode === 'direct') {
      personalBody.replaceChildren(
        h('p', { class: 'field-hint' }, t('reports.personal.ngoIntro')),
        h('p', { class: 'loading' }, t('common.loading')),
      );
      const shown = h('div');
      stops.push(
        reports.watchPersonalData(
          reportId,
          (data) => {
            shown.replaceChildren(
              peopleList(peopleFrom(data?.victims), peopleFrom(data?.witnesses)),
            );
            personalBody.replaceChildren(
              h('p', { class: 'field-hint' }, t('reports.personal.ngoIntro')),
              shown,
            );
          },
          (error) => {
            // The rules refuse reading personal data that was never written: there is none.
            console.warn(error);
            personalBody.replaceChildren(
              h('p', { class: 'field-hint' }, t('reports.personal.ngoIntro')),
              h('p', null, t('reports.personal.none')),
            );
          },
        ),
      );
      return;
    }
    if (personalMode === 'none') {
      personalBody.replaceChildren(h('p', null, t('reports.personal.notAllowed')));
      return;
    }
    const message = formMessage('report-personal-message');
    const shown = h('div');
    const button = h('button', { type: 'button', class: 'button' }, t('reports.personal.show'));
    const hide = h(
      'button',
      { type: 'button', class: 'button button-secondary', hidden: true },
      t('reports.personal.hide'),
    );
    button.addEventListener('click', () => {
      void perform({
        button,
        labels: { idle: t('reports.personal.show'), busy: t('reports.personal.showing') },
        message,
        announce,
        run: () => functions.reportAction({ action: 'viewPersonalData', reportId }),
      }).then((outcome) => {
        if (!outcome?.ok) return;
        shown.replaceChildren(
          peopleList(peopleFrom(outcome.value.victims), peopleFrom(outcome.value.witnesses)),
        );
        button.hidden = true;
        hide.hidden = false;
        hide.focus();
        announce(t('reports.personal.shown'));
      });
    });
    hide.addEventListener('click', () => {
      shown.replaceChildren();
      hide.hidden = true;
      button.hidden = false;
      button.focus();
      announce(t('reports.personal.hidden'));
    });
    personalBody.replaceChildren(
      h('p', { class: 'notice' }, t('reports.personal.restricted')),
      message.node,
      h('p', { class: 'actions' }, button, hide),
      shown,
    );
  }

  // ---- possible duplicates ----------------------------------------------------------------------

  function renderDuplicates(): void {
    const value = current();
    const words = catalogue().reports.duplicates;
    if (duplicates.length === 0) {
      replaceKeepingFocus(duplicatesBody, h('p', null, words.none));
      return;
    }
    replaceKeepingFocus(
      duplicatesBody,
      h(
        'ul',
        { class: 'rows' },
        duplicates.map((duplicate) => {
          const number = duplicate.number ?? words.unnumbered;
          const linked = value.linkedReports.includes(duplicate.reportId);
          const message = formMessage(`duplicate-${duplicate.reportId}-message`);
          const button = h(
            'button',
            {
              type: 'button',
              class: 'button button-secondary',
              'aria-label': t('reports.duplicates.linkLabel', { number }),
              'data-focus-key': `link:${duplicate.reportId}`,
            },
            words.link,
          );
          button.addEventListener('click', () => {
            void perform({
              button,
              labels: { idle: words.link, busy: words.linking },
              message,
              announce,
              run: () =>
                functions.reportAction({
                  action: 'linkDuplicate',
                  reportId,
                  otherReportId: duplicate.reportId,
                }),
            }).then((outcome) => {
              if (!outcome?.ok) return;
              announce(words.linked);
            });
          });
          return h(
            'li',
            { class: 'row' },
            h(
              'p',
              { class: 'row-title' },
              h(
                'a',
                { href: reportPath(duplicate.reportId) },
                t('reports.duplicates.open', { number }),
              ),
              linked ? h('span', { class: 'tag tag-verified' }, words.alreadyLinked) : null,
            ),
            h(
              'p',
              { class: 'row-meta' },
              [
                ...duplicate.reasons.map(
                  (reason) => (words.reasons as Record<string, string>)[reason] ?? reason,
                ),
                t('reports.duplicates.score', { percent: Math.round(duplicate.score * 100) }),
              ].join(' · '),
            ),
            message.node,
            linked || !controls?.duplicates.linkable ? null : h('p', null, button),
          );
        }),
      ),
    );
  }

  // ---- the thread -------------------------------------------------------------------------------

  let threadShown: boolean | null = null;
  function renderThreadForm(state: ReportControls): void {
    if (state.canMessage === threadShown) return;
    threadShown = state.canMessage;
    if (!state.canMessage) {
      const value = current();
      threadForm.replaceChildren(
        h(
          'p',
          { class: 'field-hint' },
          ['draft', 'submitted'].includes(value.status)
            ? t('reports.thread.notYet')
            : t('reports.thread.closed'),
        ),
      );
      return;
    }
    const text = textAreaField({
      form: 'thread',
      name: 'text',
      label: t('reports.thread.text'),
      rows: 4,
      maxlength: 10_000,
    });
    const message = formMessage('thread-message');
    const send = h('button', { type: 'submit', class: 'button' }, t('reports.thread.send'));
    // The Secretariat's ready wording for messages, one tap away.
    const templates =
      state.side === 'secretariat'
        ? templatePicker({ reports, announce, stops }, 'message', text, t('reports.thread.text'))
        : null;
    const form = h(
      'form',
      { class: 'form', novalidate: true, 'aria-labelledby': 'thread-write-heading' },
      h('h3', { id: 'thread-write-heading' }, t('reports.thread.write')),
      message.node,
      text.node,
      templates,
      h('p', null, send),
    );
    form.addEventListener('submit', (event) => {
      event.preventDefault();
      const body = text.value().trim();
      if (!body) {
        text.setError(t('reports.thread.empty'));
        text.input.focus();
        announce(t('reports.thread.empty'));
        return;
      }
      text.setError(null);
      const profile = accountProfile();
      const write = reports.sendMessage({
        reportId,
        orgId: current().orgId,
        side: state.side === 'ngo' ? 'ngo' : 'secretariat',
        text: body,
        authorUid: actor.uid,
        authorName: profile?.displayName ?? user?.displayName ?? user?.email ?? '—',
      });
      text.input.value = '';
      if (!navigator.onLine) {
        write.catch((error: unknown) => console.error(error));
        message.show(t('reports.thread.sentOffline'), 'success');
        announce(t('reports.thread.sentOffline'));
        return;
      }
      void perform({
        button: send,
        labels: { idle: t('reports.thread.send'), busy: t('reports.thread.sending') },
        form,
        message,
        announce,
        timeoutMs: WRITE_TIMEOUT_MS,
        run: () => write,
      }).then((outcome) => {
        if (outcome === null) return;
        if (outcome.ok) {
          message.show(t('reports.thread.sent'), 'success');
          announce(t('reports.thread.sent'));
        } else if (!text.input.value) {
          // Refused: what was written comes back to be sent again.
          text.input.value = body;
        }
      });
    });
    threadForm.replaceChildren(form);
  }

  // ---- following everything ---------------------------------------------------------------------

  function onReport(): void {
    const value = report;
    if (!value) {
      heading.textContent = t('reports.page.notFound');
      return;
    }
    const title = value.title || t('reports.untitled');
    if (heading.textContent !== title) {
      heading.textContent = title;
      view.title = title;
      if (node.isConnected) document.title = t('layout.documentTitle', { page: title });
    }
    controls = reportControls(value, actor, orgVerified());
    if (shownStatus !== null && shownStatus !== value.status) {
      announce(
        value.number && !shownNumber
          ? t('reports.page.registered', { number: value.number })
          : t('reports.page.statusNow', { status: reportStatusName(value.status) }),
      );
    }
    if (value.status === 'submitted') watchingSubmission = true;
    renderStatusBox(value);
    shownStatus = value.status;
    shownNumber = value.number;
    renderSummary(value);
    renderDraft(value, controls);
    renderActions(value, controls);
    renderOutcome();
    renderDetails(value);
    renderPersonal(controls);
    renderFiles(controls);
    renderThreadForm(controls);
    duplicatesSection.hidden = !controls.duplicates.visible;
    if (controls.duplicates.visible) renderDuplicates();
    // Once the server has the submitted report, this device need not keep the draft.
    if (ngo && !fromCache && !pendingWrites && value.status !== 'draft') {
      localDrafts(browserStore(), actor.uid).remove(reportId);
    }
    const missing =
      controls.side === 'secretariat' ? value.assignees.filter((uid) => !names.has(uid)) : [];
    if (missing.length) {
      void reports.displayNames(missing).then((found) => {
        names = new Map([...names, ...found]);
        if (found.size) renderDetails(current());
      });
    }
  }

  const logError = (error: Error) => console.warn(error);
  stops.push(
    organisations.watchOrganisation(
      first.orgId,
      (next) => {
        organisation = next;
        if (ready) onReport();
      },
      logError,
    ),
    reports.watchMeasures(
      reportId,
      (next) => {
        measures = next;
        renderOutcome();
      },
      logError,
    ),
    reports.watchAttachments(
      reportId,
      (next) => {
        attachments = next;
        renderOutcome();
        if (controls) renderFiles(controls);
      },
      logError,
    ),
    reports.watchMessages(
      reportId,
      (next) => {
        messages = next;
        replaceKeepingFocus(threadList, messageList(messages, actor.uid));
        const request = actionsList.querySelector<HTMLElement>('[data-latest-request]');
        if (request) showLatestRequest(request, messages);
      },
      logError,
    ),
    reports.watchEvents(
      reportId,
      (next) => {
        replaceKeepingFocus(timelineBody, timelineList(next));
      },
      logError,
    ),
  );
  ready = true;
  onReport();
  if ((controls as ReportControls | null)?.duplicates.visible) {
    stops.push(
      reports.watchDuplicates(
        reportId,
        (next) => {
          duplicates = next;
          renderDuplicates();
        },
        logError,
      ),
    );
  }

  view.dispose = () => {
    for (const stop of [...stops, ...actionStops]) stop();
  };
  return view;
}
