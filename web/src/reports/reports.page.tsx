import { REPORT_STATUSES } from '@domain/workflows/report.workflow.js';
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import type { ReportView } from './report-view.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { PATHS } from '../router/routes.js';
import { ButtonLink } from '../ui/button.js';
import { FilterSearch, FilterSelect, keepInAddress } from '../ui/filters.js';
import { announce } from '../ui/live-region.js';
import { LoadFailure } from '../ui/await.js';
import { PageHeading } from '../ui/page-heading.js';
import { useLive } from '../ui/use-data.js';
import { browserStore, isSynced, localDrafts } from './autosave.js';
import { LocalDraftLinks } from './local-draft-links.js';
import { filterOwnReports } from './own-reports.js';
import { OwnReportRow } from './own-report-row.js';
import { reportStatusName } from './report-status.js';

interface Filters {
  status: string;
  q: string;
}

const FORM = 'report-filters';

/**
 * `/app/reports`: the organisation's reports («Мої звернення»), drafts included, with their
 * status, number and deadline, filtered by status and searched by number or title; and the
 * drafts kept only on this device (typed offline, or with no field valid yet). The list is
 * followed live; the filters apply when «Показати» is pressed and stay in the address.
 */
export function ReportsPage({ user, claims, search }: PageProps) {
  if (!user || !claims?.orgId) throw new Error('The reports list needs an NGO member');
  const orgId = claims.orgId;
  const [draft, setDraft] = useState<Filters>(() => filtersOf(search));
  const [applied, setApplied] = useState(draft);
  const [shown, setShown] = useState(0);
  const live = useLive<{ items: ReportView[]; limit: number }>(
    async (next, fail) => {
      const reports = await import('../firebase/reports.js');
      return reports.watchOrganisationReports(
        orgId,
        (items) => next({ items, limit: reports.MY_REPORTS_LIMIT }),
        fail,
      );
    },
    [orgId],
  );
  const items = live.status === 'ready' ? live.value.items : null;
  const rows = items ? filterOwnReports(items, { status: applied.status, query: applied.q }) : [];
  const summary = live.status === 'ready' ? summaryOf(live.value, rows.length) : '';

  // Each press of «Показати» is said once, with what it found.
  const said = useRef(0);
  useEffect(() => {
    if (shown === said.current || live.status !== 'ready') return;
    said.current = shown;
    announce(summary);
  }, [shown, live.status, summary]);

  const language = currentLanguage();
  return (
    <div class="page">
      <PageHeading>{t('reports.list.title')}</PageHeading>
      <p>{t('reports.list.intro')}</p>
      <p>
        <ButtonLink href={PATHS.reportNew}>{t('reports.list.newReport')}</ButtonLink>
      </p>
      <DevicesDrafts uid={user.uid} onServer={items} />
      <form
        class="filters"
        role="search"
        aria-label={t('reports.list.filters')}
        onSubmit={(event) => {
          event.preventDefault();
          const next = { status: draft.status, q: draft.q.trim() };
          setApplied(next);
          keepInAddress({ ...next });
          setShown((count) => count + 1);
        }}
      >
        <FilterSelect
          form={FORM}
          name="status"
          label={t('reports.list.status')}
          all={t('reports.list.allStatuses')}
          options={REPORT_STATUSES.map((value) => ({ value, label: reportStatusName(value) }))}
          value={draft.status}
          onChange={(status) => setDraft({ ...draft, status })}
        />
        <FilterSearch
          form={FORM}
          name="q"
          label={t('reports.list.search')}
          value={draft.q}
          onInput={(q) => setDraft({ ...draft, q })}
        />
        <div class="filters-submit">
          <button type="submit" class="button">
            {t('reports.list.show')}
          </button>
        </div>
      </form>
      {live.status === 'failed' ? <LoadFailure /> : null}
      <p class="summary" id="reports-summary">
        {summary}
      </p>
      <ul class="rows" aria-labelledby="reports-summary">
        {rows.map((report) => (
          <OwnReportRow key={report.id} report={report} language={language} />
        ))}
      </ul>
    </div>
  );
}

/** The drafts on this device that the server does not have yet. */
function DevicesDrafts(props: { uid: string; onServer: readonly ReportView[] | null }) {
  const onServer = useMemo(
    () => new Set((props.onServer ?? []).map((report) => report.id)),
    [props.onServer],
  );
  const drafts = localDrafts(browserStore(), props.uid)
    .list()
    .filter((draft) => !onServer.has(draft.draftId) && !isSynced(draft));
  if (drafts.length === 0) return null;
  return (
    <section class="card" aria-labelledby="local-drafts-heading">
      <h2 id="local-drafts-heading">{t('reports.list.localHeading')}</h2>
      <p>{t('reports.list.localIntro')}</p>
      <LocalDraftLinks drafts={drafts} />
    </section>
  );
}

function filtersOf(search: string): Filters {
  const params = new URLSearchParams(search);
  return { status: params.get('status') ?? '', q: params.get('q') ?? '' };
}

function summaryOf(loaded: { items: readonly unknown[]; limit: number }, count: number): string {
  const parts = [
    loaded.items.length === 0
      ? t('reports.list.empty')
      : count
        ? t('reports.list.count', { count })
        : t('reports.list.none'),
  ];
  if (loaded.items.length >= loaded.limit) {
    parts.push(t('reports.list.limited', { count: loaded.limit }));
  }
  return parts.join(' ');
}
