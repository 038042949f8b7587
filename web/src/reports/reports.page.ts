import { reportWorkflow, REPORT_STATUSES } from '@domain/workflows/report.workflow.js';
import { h } from '../ui/legacy/dom.js';
import { formatDate } from '../format.js';
import { catalogue, currentLanguage, loadSection, t } from '../i18n/i18n.js';
import { browserStore, isSynced, localDrafts } from './autosave.js';
import { deadlineInfo, deadlineText } from './deadline.js';
import { filterOwnReports } from './own-reports.js';
import type { ReportView } from './report-view.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS, reportEditPath, reportPath } from '../router/routes.js';
import { selectField, textField } from '../ui/legacy/form.js';
import { localDraftLinks } from './local-drafts.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { reportStatusTag } from './report-status.js';
import { pageHeading } from '../ui/legacy/heading.js';

/**
 * `/app/reports`: the organisation's reports («Мої звернення»), drafts included, with their
 * status, number and deadline, filtered by status and searched by number or title; and the
 * drafts kept only on this device (typed offline, or with no field valid yet).
 */
export async function reportsPage({
  user,
  claims,
  search,
  announce,
}: PageContext): Promise<PageView> {
  if (!user || !claims?.orgId) throw new Error('The reports list needs an NGO member');
  await loadSection('reports');
  const reports = await import('../firebase/reports.js');
  const orgId: string = claims.orgId;
  const language = currentLanguage();
  const params = new URLSearchParams(search);
  const title = t('reports.list.title');
  const heading = pageHeading(title);

  const form = 'report-filters';
  const status = selectField({
    form,
    name: 'status',
    label: t('reports.list.status'),
    options: [
      { value: '', label: t('reports.list.allStatuses') },
      ...REPORT_STATUSES.map((value) => ({
        value,
        label: reportWorkflow.statusLabels[value][language],
      })),
    ],
    value: params.get('status') ?? '',
    optional: true,
  });
  const query = textField({
    form,
    name: 'q',
    label: t('reports.list.search'),
    value: params.get('q') ?? '',
    autocomplete: 'off',
    optional: true,
  });
  for (const field of [status, query]) field.node.querySelector('.optional')?.remove();
  const show = h('button', { type: 'submit', class: 'button' }, t('reports.list.show'));
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('reports.list.filters') },
    status.node,
    query.node,
    h('div', { class: 'filters-submit' }, show),
  );
  const summary = h('p', { class: 'summary', id: 'reports-summary' });
  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' });
  const list = h('ul', { class: 'rows', 'aria-labelledby': 'reports-summary' });
  const localSection = h('section', {
    class: 'card',
    hidden: true,
    'aria-labelledby': 'local-drafts-heading',
  });
  const node = h(
    'div',
    { class: 'page' },
    heading,
    h('p', null, t('reports.list.intro')),
    h('p', null, h('a', { class: 'button', href: PATHS.reportNew }, t('reports.list.newReport'))),
    localSection,
    filters,
    loadError,
    summary,
    list,
  );

  let loaded: ReportView[] | null = null;

  function row(report: ReportView): HTMLElement {
    const info = deadlineInfo(report, new Date());
    const deadline = info ? deadlineText(info, catalogue().reports.deadline, language) : null;
    const href = report.status === 'draft' ? reportEditPath(report.id) : reportPath(report.id);
    return h(
      'li',
      { class: 'row' },
      h(
        'p',
        { class: 'row-title' },
        h(
          'a',
          { href, 'data-focus-key': `report:${report.id}` },
          report.title || t('reports.untitled'),
        ),
        ' ',
        reportStatusTag(report.status),
        report.urgent ? h('span', { class: 'tag tag-urgent' }, t('reports.page.urgent')) : null,
        deadline?.tag
          ? h('span', { class: `tag tag-${deadline.tag.kind}` }, deadline.tag.label)
          : null,
      ),
      h(
        'p',
        { class: 'row-meta' },
        [
          report.number ?? t('reports.list.noNumber'),
          report.updatedAt
            ? t('reports.list.updated', { date: formatDate(report.updatedAt, language) })
            : null,
        ]
          .filter(Boolean)
          .join(' · '),
      ),
      deadline ? h('p', { class: 'row-meta' }, deadline.text) : null,
    );
  }

  function render(options: { announceResult: boolean }): void {
    if (!loaded) return;
    const rows = filterOwnReports(loaded, { status: status.value(), query: query.value() });
    replaceKeepingFocus(list, ...rows.map(row));
    const parts = [
      loaded.length === 0
        ? t('reports.list.empty')
        : rows.length
          ? t('reports.list.count', { count: rows.length })
          : t('reports.list.none'),
    ];
    if (loaded.length >= reports.MY_REPORTS_LIMIT) {
      parts.push(t('reports.list.limited', { count: reports.MY_REPORTS_LIMIT }));
    }
    summary.textContent = parts.join(' ');
    if (options.announceResult) announce(summary.textContent);
  }

  function renderLocal(onServer: ReadonlySet<string>): void {
    const drafts = localDrafts(browserStore(), user!.uid)
      .list()
      .filter((draft) => !onServer.has(draft.draftId) && !isSynced(draft));
    localSection.hidden = drafts.length === 0;
    localSection.replaceChildren(
      h('h2', { id: 'local-drafts-heading' }, t('reports.list.localHeading')),
      h('p', null, t('reports.list.localIntro')),
      localDraftLinks(drafts),
    );
  }

  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    const next = new URLSearchParams();
    if (status.value()) next.set('status', status.value());
    if (query.value().trim()) next.set('q', query.value().trim());
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    render({ announceResult: true });
  });

  renderLocal(new Set());
  const stop = await new Promise<() => void>((resolve) => {
    let first = true;
    const unsubscribe = reports.watchOrganisationReports(
      orgId,
      (items) => {
        loadError.hidden = true;
        loaded = items;
        renderLocal(new Set(items.map((item) => item.id)));
        render({ announceResult: false });
        if (first) {
          first = false;
          resolve(unsubscribe);
        }
      },
      (error) => {
        console.error(error);
        loadError.hidden = false;
        loadError.textContent = t('errors.load');
        if (first) {
          first = false;
          resolve(unsubscribe);
        }
      },
    );
  });
  return { title, node, dispose: stop };
}
