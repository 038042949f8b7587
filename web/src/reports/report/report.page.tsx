import { useEffect, useRef, useState } from 'preact/hooks';
import type { OrganisationView } from '../../firebase/organisations.js';
import type * as ReportsStore from '../../firebase/reports.js';
import type { SnapshotState } from '../../firebase/reports.js';
import { loadSection, t } from '../../i18n/i18n.js';
import type { DataPage, PageProps } from '../../router/page.js';
import { PATHS, reportPath } from '../../router/routes.js';
import { LoadFailure } from '../../ui/await.js';
import { announce } from '../../ui/live-region.js';
import { PageHeading } from '../../ui/page-heading.js';
import { firstValue, latest, useLive } from '../../ui/use-data.js';
import { browserStore, localDrafts } from '../autosave.js';
import { reportControls, type ReportActor } from '../controls.js';
import { reportStatusName } from '../report-status.js';
import { ActionPanel } from './action-panel.js';
import { ReportCase } from './report-case.js';
import { ReportTop } from './report-summary.js';
import { useReportData, valueOr } from './use-report-data.js';
import type { AttachmentView, ReportView } from '../report-view.js';

interface Followed {
  report: ReportView | null;
  state: SnapshotState;
}

type Watch = (next: (value: Followed) => void, fail: (error: Error) => void) => () => void;

/** The organisation follows its draft too (`reportDrafts`) until the report exists. */
const watchOf =
  (store: typeof ReportsStore, reportId: string, ngo: boolean): Watch =>
  (next, fail) =>
    (ngo ? store.watchReportOrDraft : store.watchReport)(
      reportId,
      (report, state) => next({ report, state }),
      fail,
    );

const isNgo = (claims: PageProps['claims']) =>
  claims?.role === 'ngo_member' || claims?.role === 'ngo_admin';

/**
 * `/app/reports/{id}`: one report for everyone who may read it, the case first. On a desktop
 * the facts, files, thread and timeline on the left and a sticky panel of this person's actions
 * on the right; on a phone a summary, then «Дії». After submitting, the NGO sees what happens
 * next. Read before it is shown (its heading is its title), then followed live: the
 * registration number appears as soon as the trigger gives it.
 */
function ReportPage(props: PageProps & { data: Followed }) {
  const { user, claims } = props;
  if (!user) throw new Error('The report page needs a signed-in user');
  const reportId = props.params.reportId ?? '';
  const live = useLive<Followed>(
    async (next, fail) =>
      watchOf(await import('../../firebase/reports.js'), reportId, isNgo(claims))(next, fail),
    [reportId],
  );
  const { report, state } = latest(props.data, live);
  // Arrived from the form just after submitting: the page says when the number is given.
  const [justSubmitted] = useState(() => new URLSearchParams(props.search).has('submitted'));
  useEffect(() => {
    if (justSubmitted) history.replaceState(null, '', reportPath(reportId));
  }, []);
  const actor: ReportActor = {
    uid: user.uid,
    role: claims?.role ?? null,
    orgId: claims?.orgId ?? null,
    regions: claims?.regions ?? [],
    decisionAuthority: claims?.decisionAuthority ?? false,
  };
  const ngo = actor.role === 'ngo_member' || actor.role === 'ngo_admin';
  return (
    <div class="page report-page">
      <p class="back">
        {ngo ? (
          <a href={PATHS.reports}>{t('reports.page.backNgo')}</a>
        ) : (
          <a href={PATHS.queue}>{t('reports.page.backStaff')}</a>
        )}
      </p>
      <PageHeading>
        {report ? report.title || t('reports.untitled') : t('reports.page.notFound')}
      </PageHeading>
      {report && live.status === 'failed' ? <LoadFailure /> : null}
      {report ? (
        <ReportLayout report={report} state={state} actor={actor} justSubmitted={justSubmitted} />
      ) : null}
    </div>
  );
}

function ReportLayout(props: {
  report: ReportView;
  state: SnapshotState;
  actor: ReportActor;
  justSubmitted: boolean;
}) {
  const { report, state, actor } = props;
  const organisation = useLive<OrganisationView | null>(
    async (next, fail) =>
      (await import('../../firebase/organisations.js')).watchOrganisation(report.orgId, next, fail),
    [report.orgId],
  );
  const org = organisation.status === 'ready' ? organisation.value : null;
  const controls = reportControls(report, actor, org?.status === 'verified');
  const attachments = valueOr(
    useReportData(report.id, (store) => store.watchAttachments),
    [] as AttachmentView[],
  );
  useStatusAnnouncements(report);
  const ngo = controls.side === 'ngo';
  // Once the server has the submitted report, this device need not keep the draft.
  useEffect(() => {
    if (ngo && !state.fromCache && !state.pendingWrites && report.status !== 'draft') {
      localDrafts(browserStore(), actor.uid).remove(report.id);
    }
  }, [ngo, state.fromCache, state.pendingWrites, report.status]);
  return (
    <div class={`report-layout${controls.side ? '' : ' report-layout-single'}`}>
      <ReportTop
        report={report}
        state={state}
        controls={controls}
        watching={props.justSubmitted || report.status === 'submitted'}
      />
      {controls.side ? (
        <ActionPanel report={report} controls={controls} attachments={attachments} />
      ) : null}
      <ReportCase
        report={report}
        controls={controls}
        actor={actor}
        organisation={org}
        attachments={attachments}
      />
    </div>
  );
}

/** Says a new status (or the number, once given) when it arrives while the page is open. */
function useStatusAnnouncements(report: ReportView): void {
  const shown = useRef<{ status: string; number: string | null } | null>(null);
  useEffect(() => {
    const before = shown.current;
    if (before && before.status !== report.status) {
      announce(
        report.number && !before.number
          ? t('reports.page.registered', { number: report.number })
          : t('reports.page.statusNow', { status: reportStatusName(report.status) }),
      );
    }
    shown.current = { status: report.status, number: report.number };
  }, [report.status, report.number]);
}

export const reportPage: DataPage<Followed> = {
  async load({ params, claims }) {
    await loadSection('reports');
    const store = await import('../../firebase/reports.js');
    // A report that cannot be read (another organisation's, say) is shown as not found.
    return firstValue(watchOf(store, params.reportId ?? '', isNgo(claims))).catch(
      (error: unknown) => {
        console.warn(error);
        return { report: null, state: { fromCache: false, pendingWrites: false } };
      },
    );
  },
  component: ReportPage,
};
