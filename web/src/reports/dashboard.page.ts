import { REGIONS } from '@domain/catalogues/regions.js';
import { reportWorkflow } from '@domain/workflows/report.workflow.js';
import { h } from '../ui/legacy/dom.js';
import { catalogue, currentLanguage, loadSection, t } from '../i18n/i18n.js';
import { plural } from '../i18n/plural.js';
import {
  barPercent,
  dashboardRow,
  formatDays,
  needsOverdueCount,
  totalRow,
  type DashboardRow,
} from './dashboard.js';
import { OPEN_STATUSES } from './queue.js';
import type { RegionStatsView } from './report-view.js';
import type { PageContext, PageView } from '../router/page.js';
import { checkboxField } from '../ui/legacy/form.js';
import { replaceKeepingFocus } from '../ui/legacy/dom.js';
import { regionLabel } from './report-status.js';
import { pageHeading } from '../ui/legacy/heading.js';

/**
 * A bar's filled part, its width set through the style property: the page's
 * Content-Security-Policy allows no inline `style` attributes (firebase.json).
 */
function barPart(className: string, percent: number): HTMLElement {
  const part = h('span', { class: className });
  part.style.width = `${percent}%`;
  return part;
}

/**
 * `/app/dashboard`: the regional dashboard. Staff and the Commissioner see every region,
 * coordinators theirs: open reports by status and in total, urgent ones, overdue ones (a count
 * query per region, only where reports are waiting), and the median days from registration to
 * decision. A plain table any screen reader can walk, and bars for the eye.
 */
export async function dashboardPage({ claims }: PageContext): Promise<PageView> {
  await loadSection('reports');
  const reports = await import('../firebase/reports.js');
  const coordinator = claims?.role === 'coordinator';
  const regionCodes = coordinator
    ? REGIONS.filter((region) => claims?.regions.includes(region.code)).map((r) => r.code)
    : REGIONS.map((region) => region.code);
  const language = currentLanguage();
  const title = t('reports.dashboard.title');
  const heading = pageHeading(title);
  const loadError = h('p', { class: 'form-error', hidden: true, role: 'alert' });
  const onlyActive = checkboxField({
    form: 'dashboard',
    name: 'onlyActive',
    label: t('reports.dashboard.onlyActive'),
    checked: !coordinator,
  });
  const tableHolder = h('div');
  const bars = h('div');
  const node = h(
    'div',
    { class: 'page dashboard' },
    heading,
    h('p', null, t(coordinator ? 'reports.dashboard.coordinatorIntro' : 'reports.dashboard.intro')),
    loadError,
    coordinator ? null : onlyActive.node,
    tableHolder,
    h('p', { class: 'field-hint' }, t('reports.dashboard.overdueNote')),
    bars,
  );

  let stats = new Map<string, RegionStatsView>();
  const overdue = new Map<string, number | null>();

  function rows(): DashboardRow[] {
    const all = regionCodes.map((code) => dashboardRow(code, stats.get(code), overdue.get(code)));
    return onlyActive.checked() && !coordinator
      ? all.filter((row) => row.total > 0 || row.median !== null)
      : all;
  }

  function count(value: number | null | undefined): string {
    if (value === undefined) return t('reports.dashboard.counting');
    if (value === null) return t('reports.dashboard.countFailed');
    return String(value);
  }

  function median(row: DashboardRow): string {
    if (row.median === null) return t('reports.dashboard.noDecisions');
    const rounded = Math.round(row.median * 10) / 10;
    return plural(
      catalogue().reports.dashboard.medianDays,
      rounded,
      language,
      formatDays(rounded, language),
    );
  }

  function cells(row: DashboardRow, label: string, scope: 'row'): HTMLElement {
    return h(
      'tr',
      null,
      h('th', { scope }, label),
      ...OPEN_STATUSES.map((status) => h('td', { class: 'number' }, String(row.byStatus[status]))),
      h('td', { class: 'number total' }, String(row.total)),
      h('td', { class: 'number' }, String(row.urgent)),
      h('td', { class: 'number' }, count(row.overdue)),
      h('td', null, median(row)),
    );
  }

  function render(): void {
    const shown = rows();
    const total = totalRow(shown);
    const captionId = 'dashboard-caption';
    const table = h(
      'table',
      { class: 'figures' },
      h('caption', { id: captionId }, t('reports.dashboard.caption')),
      h(
        'thead',
        null,
        h(
          'tr',
          null,
          h('th', { scope: 'col' }, t('reports.dashboard.region')),
          ...OPEN_STATUSES.map((status) =>
            h('th', { scope: 'col' }, reportWorkflow.statusLabels[status][language]),
          ),
          h('th', { scope: 'col' }, t('reports.dashboard.total')),
          h('th', { scope: 'col' }, t('reports.dashboard.urgent')),
          h('th', { scope: 'col' }, t('reports.dashboard.overdue')),
          h('th', { scope: 'col' }, t('reports.dashboard.median')),
        ),
      ),
      h(
        'tbody',
        null,
        shown.map((row) => cells(row, regionLabel(row.regionCode), 'row')),
      ),
      shown.length > 1 ? h('tfoot', null, cells(total, t('reports.dashboard.sum'), 'row')) : null,
    );
    replaceKeepingFocus(
      tableHolder,
      h(
        'div',
        {
          class: 'table-scroll',
          role: 'region',
          'aria-labelledby': captionId,
          tabindex: 0,
          'data-focus-key': 'figures',
        },
        table,
      ),
      h('p', { class: 'field-hint table-scroll-hint' }, t('reports.dashboard.tableHint')),
    );
    const max = Math.max(0, ...shown.map((row) => row.total));
    bars.replaceChildren(
      h('h2', { id: 'dashboard-bars' }, t('reports.dashboard.barsHeading')),
      h(
        'ul',
        { class: 'bars', 'aria-labelledby': 'dashboard-bars' },
        shown.map((row) =>
          h(
            'li',
            { class: 'bar-row' },
            h(
              'span',
              { class: 'bar-label' },
              t('reports.dashboard.barLabel', {
                region: regionLabel(row.regionCode),
                count: row.total,
              }),
            ),
            h(
              'span',
              { class: 'bar', 'aria-hidden': 'true' },
              barPart('bar-fill', barPercent(row.total, max)),
              row.urgent ? barPart('bar-urgent', barPercent(row.urgent, max)) : null,
            ),
          ),
        ),
      ),
    );
  }

  onlyActive.input.addEventListener('change', render);

  try {
    const found = await reports.regionStats(coordinator ? regionCodes : null);
    stats = new Map(found.map((entry) => [entry.regionCode, entry]));
  } catch (error) {
    console.error(error);
    loadError.hidden = false;
    loadError.textContent = t('reports.dashboard.loadFailed');
  }
  const now = new Date();
  for (const code of regionCodes) {
    const row = dashboardRow(code, stats.get(code), undefined);
    if (!needsOverdueCount(row)) overdue.set(code, 0);
  }
  render();
  // Counting overdue reports takes a query per region; the table fills in as they answer.
  void Promise.all(
    regionCodes
      .filter((code) => !overdue.has(code))
      .map((code) =>
        reports
          .countOverdue(code, now)
          .then((value) => overdue.set(code, value))
          .catch((error: unknown) => {
            console.error(error);
            overdue.set(code, null);
          }),
      ),
  ).then(() => {
    if (node.isConnected) render();
  });
  return { title, node };
}
