import { StoredDocumentError } from '@domain/stored/stored-document.js';
import { newDocumentId } from '../../data/document-id.js';
import { formatDateTime } from '../../format.js';
import { currentLanguage, loadSection, t } from '../../i18n/i18n.js';
import type { DataPage, PageProps } from '../../router/page.js';
import { PATHS, reportEditPath, reportPath } from '../../router/routes.js';
import { Notice } from '../../ui/notice.js';
import { PageHeading } from '../../ui/page-heading.js';
import {
  browserStore,
  isSynced,
  localDrafts,
  startingPoint,
  type LocalDraft,
  type StartingPoint,
} from '../autosave.js';
import { formValuesOf, sameValues } from '../report-form.js';
import { problemMessage, reportFrom, type SubmissionProblem } from '../report-view.js';
import { reportsStore, type Reports, type ReportsLoader } from './reports-store.js';
import { ReportWizard } from './report-wizard.js';
import '../reports.css';

export interface ReportFormData {
  reports: ReportsLoader;
  reportId: string;
  isNew: boolean;
  /** `draft` (or nothing yet), or the status of a report that is no longer a draft. */
  found: 'draft' | 'submitted' | 'missing';
  start: StartingPoint;
  local: LocalDraft | null;
  onServer: boolean;
  /** Changes kept here that the server's copy lacks came back (and the form says so). */
  restored: boolean;
  /** Why the registration sent the draft back, shown at the fields. */
  submissionProblems: SubmissionProblem[];
  /** Drafts kept on this device only, to go on with (on a new report). */
  unfinished: LocalDraft[];
}

async function load({ params, user, claims }: PageProps): Promise<ReportFormData> {
  if (!user || !claims?.orgId) throw new Error('The report form needs an NGO member');
  const isNew = !params.reportId;
  // A new report waits for no Firestore code: its id is made here, and the store comes after.
  const [, reports] = await Promise.all([loadSection('reports'), isNew ? null : reportsStore()]);
  const store = localDrafts(browserStore(), user.uid);
  const reportId = params.reportId ?? newDocumentId();
  const local = store.load(reportId);
  let server: Awaited<ReturnType<Reports['getReportData']>> = {
    report: null,
    personalData: null,
  };
  if (reports) {
    // Offline with nothing cached: what this device kept is what there is.
    server = await reports.getReportData(reportId).catch((error: unknown) => {
      // A draft that does not fit its schema is said so (the error page), not taken for none.
      if (error instanceof StoredDocumentError) throw error;
      console.warn(error);
      return server;
    });
  }
  const stored = server.report ? reportFrom(reportId, server.report) : null;
  const serverValues = server.report ? formValuesOf(server.report, server.personalData) : null;
  const start = startingPoint(
    local,
    serverValues && stored ? { values: serverValues, updatedAt: stored.updatedAt } : null,
  );
  return {
    reports: reportsStore,
    reportId,
    isNew,
    found:
      stored && stored.status !== 'draft'
        ? 'submitted'
        : !isNew && !stored && !local
          ? 'missing'
          : 'draft',
    start,
    local,
    onServer: stored !== null,
    restored:
      start.source === 'device' && serverValues !== null && !sameValues(start.values, serverValues),
    submissionProblems: stored?.submissionProblems ?? [],
    unfinished: isNew
      ? store.list().filter((draft) => draft.draftId !== reportId && !isSynced(draft))
      : [],
  };
}

/**
 * `/app/reports/new` and `/app/reports/{id}/edit`: the NGO's report form, in steps
 * (report-wizard.tsx). Nothing typed is lost (draft-sync.ts); a draft the registration sent
 * back says why, and its problems show at their fields.
 */
function ReportFormPage(props: PageProps & { data: ReportFormData }) {
  const { data } = props;
  const title = t(data.isNew ? 'reports.form.newTitle' : 'reports.form.editTitle');
  const language = currentLanguage();
  if (data.found !== 'draft') {
    return (
      <div class="page page-narrow report-form-page">
        <PageHeading id="report-form-heading">{title}</PageHeading>
        <Notice>
          {t(data.found === 'submitted' ? 'reports.form.notDraft' : 'reports.form.notFound')}
        </Notice>
        <p>
          {data.found === 'submitted' ? (
            <a href={reportPath(data.reportId)}>{t('reports.form.viewReport')}</a>
          ) : (
            <a href={PATHS.reports}>{t('reports.page.backNgo')}</a>
          )}
        </p>
      </div>
    );
  }
  return (
    <div class="page page-narrow report-form-page">
      <PageHeading id="report-form-heading">{title}</PageHeading>
      <p>{t('reports.form.intro')}</p>
      <p class="field-hint">{t('reports.form.autosaveNote')}</p>
      {data.unfinished.length ? (
        <section class="card" aria-labelledby="local-drafts-heading">
          <h2 id="local-drafts-heading">{t('reports.form.localDraftsHeading')}</h2>
          <p>{t('reports.form.localDraftsIntro')}</p>
          <ul class="plain-list local-drafts">
            {data.unfinished.map((draft) => (
              <li key={draft.draftId}>
                <a href={reportEditPath(draft.draftId)}>
                  {t('reports.list.continue', {
                    title: draft.values.title.trim() || t('reports.untitled'),
                  })}
                </a>{' '}
                <span class="row-meta">
                  {t('reports.list.localSaved', {
                    date: formatDateTime(draft.savedAt, language),
                  })}
                </span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {data.submissionProblems.length ? (
        <section class="status-banner status-rejected" aria-labelledby="report-refused-heading">
          <h2 id="report-refused-heading">{t('reports.form.refusedHeading')}</h2>
          <p>{t('reports.form.refusedIntro')}</p>
          <ul>
            {data.submissionProblems.map((problem, index) => (
              <li key={index}>{problemMessage(problem, language)}</li>
            ))}
          </ul>
        </section>
      ) : null}
      <ReportWizard {...props} />
    </div>
  );
}

export const reportFormPage: DataPage<ReportFormData> = { load, component: ReportFormPage };
