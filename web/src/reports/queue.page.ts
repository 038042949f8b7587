import { REGIONS } from '@domain/catalogues/regions.js';
import { reportWorkflow } from '@domain/workflows/report.workflow.js';
import { actionProblem } from '../actions/action-problem.js';
import { h } from '../ui/legacy/dom.js';
import { catalogue, currentLanguage, loadSection, t } from '../i18n/i18n.js';
import { deadlineInfo, deadlineText } from './deadline.js';
import {
  filtersFromSearch,
  normaliseNumber,
  planQueue,
  queueTabs,
  searchOfFilters,
  searchQueue,
  sortQueue,
  VISIBLE_STATUSES,
  type QueueActor,
  type QueueFilters,
  type QueueTab,
} from './queue.js';
import type { ReportView } from './report-view.js';
import type { PageContext, PageView } from '../router/page.js';
import { PATHS, reportPath } from '../router/routes.js';
import { selectField, setBusy, textField } from '../ui/legacy/form.js';
import { regionLabel, reportStatusTag } from './report-status.js';
import { pageHeading } from '../ui/legacy/heading.js';

/**
 * `/app/queue`: the work queue of staff, coordinators and the Commissioner. Selections: mine
 * (I am an assignee), my region (coordinators), all (the Secretariat), unassigned, overdue;
 * urgent reports first, then by deadline; filters by status and region; an exact registration
 * number finds one report, words of the title or locality narrow the list shown. The filters
 * live in the address, so a selection can be shared.
 */
export async function queuePage({
  user,
  claims,
  search,
  announce,
}: PageContext): Promise<PageView> {
  if (!user) throw new Error('The queue needs a signed-in user');
  await loadSection('reports');
  const reports = await import('../firebase/reports.js');
  const role = claims?.role;
  if (role !== 'staff' && role !== 'coordinator' && role !== 'commissioner') {
    throw new Error('The queue is for the Secretariat');
  }
  const actor: QueueActor = { uid: user.uid, role, regions: claims?.regions ?? [] };
  const language = currentLanguage();
  let filters: QueueFilters = filtersFromSearch(search, actor);
  const title = t('reports.queue.title');
  const heading = pageHeading(title);

  const tabWords: Record<QueueTab, string> = {
    mine: t('reports.queue.mine'),
    region: t('reports.queue.region'),
    all: t('reports.queue.all'),
    unassigned: t('reports.queue.unassigned'),
    overdue: t('reports.queue.overdue'),
  };
  const tabs = h(
    'nav',
    { class: 'tabs', 'aria-label': t('reports.queue.tabs') },
    h(
      'ul',
      null,
      queueTabs(actor).map((tab) =>
        h(
          'li',
          null,
          h(
            'a',
            {
              href: `${PATHS.queue}${searchOfFilters({ ...filters, tab, number: '' }, actor)}`,
              'data-tab': tab,
              'aria-current': tab === filters.tab ? 'page' : null,
            },
            tabWords[tab],
          ),
        ),
      ),
    ),
  );

  const form = 'queue-filters';
  const status = selectField({
    form,
    name: 'status',
    label: t('reports.queue.status'),
    options: [
      { value: 'open', label: t('reports.queue.open') },
      { value: 'any', label: t('reports.queue.anyStatus') },
      ...VISIBLE_STATUSES.map((value) => ({
        value,
        label: reportWorkflow.statusLabels[value][language],
      })),
    ],
    value: filters.status,
    optional: true,
  });
  const regionChoices =
    actor.role === 'coordinator'
      ? REGIONS.filter((region) => actor.regions.includes(region.code))
      : REGIONS;
  const region = selectField({
    form,
    name: 'region',
    label: t('reports.queue.regionFilter'),
    options: [
      {
        value: '',
        label: t(
          actor.role === 'coordinator' ? 'reports.queue.allMyRegions' : 'reports.queue.allRegions',
        ),
      },
      ...regionChoices.map((entry) => ({ value: entry.code, label: entry[language] })),
    ],
    value: filters.regionCode,
    optional: true,
  });
  const number = textField({
    form,
    name: 'number',
    label: t('reports.queue.number'),
    hint: t('reports.queue.numberHint'),
    value: filters.number,
    autocomplete: 'off',
    spellcheck: false,
    optional: true,
  });
  const text = textField({
    form,
    name: 'q',
    label: t('reports.queue.text'),
    hint: t('reports.queue.textHint'),
    value: filters.text,
    autocomplete: 'off',
    optional: true,
  });
  for (const field of [status, region, number, text]) {
    field.node.querySelector('.optional')?.remove();
  }
  if (regionChoices.length === 1) region.node.hidden = true;
  const show = h('button', { type: 'submit', class: 'button' }, t('reports.queue.show'));
  const filterForm = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('reports.queue.filters') },
    status.node,
    region.node,
    number.node,
    text.node,
    h('div', { class: 'filters-submit' }, show),
  );
  const summary = h('p', { class: 'summary', id: 'queue-summary' });
  const error = h('div', { class: 'form-error', hidden: true });
  const list = h('ul', { class: 'rows queue', 'aria-labelledby': 'queue-summary' });
  const node = h(
    'div',
    { class: 'page' },
    heading,
    h('p', null, t('reports.queue.intro')),
    role === 'staff' || role === 'coordinator'
      ? h('p', null, h('a', { href: PATHS.reportIntake }, t('reports.queue.intake')))
      : null,
    tabs,
    filterForm,
    error,
    summary,
    list,
  );

  function row(report: ReportView): HTMLElement {
    const info = deadlineInfo(report, new Date());
    const deadline = info ? deadlineText(info, catalogue().reports.deadline, language) : null;
    return h(
      'li',
      { class: 'row' },
      h(
        'p',
        { class: 'row-title' },
        h('a', { href: reportPath(report.id) }, report.title || t('reports.untitled')),
        ' ',
        report.urgent ? h('span', { class: 'tag tag-urgent' }, t('reports.page.urgent')) : null,
        reportStatusTag(report.status),
        deadline?.tag
          ? h('span', { class: `tag tag-${deadline.tag.kind}` }, deadline.tag.label)
          : null,
      ),
      h(
        'p',
        { class: 'row-meta' },
        [
          report.number ?? t('reports.list.noNumber'),
          `${regionLabel(report.regionCode)}, ${report.locality}`,
          report.assignees.length
            ? t('reports.queue.assigned', { count: report.assignees.length })
            : t('reports.queue.unassignedMeta'),
        ].join(' · '),
      ),
      deadline ? h('p', { class: 'row-meta' }, deadline.text) : null,
    );
  }

  async function load(options: { announceResult: boolean }): Promise<void> {
    const labels = { idle: t('reports.queue.show'), busy: t('common.loading') };
    setBusy(show, true, labels, list);
    error.hidden = true;
    try {
      const specs = planQueue(filters, actor, Date.now());
      const found = specs.length ? await reports.runQueue(specs) : { reports: [], limited: false };
      const direction = specs[0]?.orderBy?.direction ?? 'asc';
      const rows = searchQueue(sortQueue(found.reports, direction), filters.text);
      list.replaceChildren(...rows.map(row));
      const parts = [
        filters.number && rows.length === 0
          ? t('reports.queue.numberNotFound', { number: filters.number })
          : rows.length
            ? t('reports.queue.count', { count: rows.length })
            : t('reports.queue.none'),
      ];
      if (found.limited) parts.push(t('reports.queue.limited', { count: found.reports.length }));
      summary.textContent = parts.join(' ');
      if (options.announceResult) announce(summary.textContent);
    } catch (cause) {
      console.error(cause);
      const retry = h(
        'button',
        { type: 'button', class: 'button button-secondary' },
        t('common.retry'),
      );
      retry.addEventListener('click', () => void load({ announceResult: true }));
      const message = actionProblem(cause, catalogue().errors.action, language).message;
      error.replaceChildren(h('p', null, message), retry);
      error.hidden = false;
      summary.textContent = '';
      list.replaceChildren();
      if (options.announceResult) announce(message);
    } finally {
      setBusy(show, false, labels, list);
    }
  }

  filterForm.addEventListener('submit', (event) => {
    event.preventDefault();
    filters = {
      ...filters,
      status: status.value() as QueueFilters['status'],
      regionCode: region.value(),
      number: number.value().trim() ? normaliseNumber(number.value()) : '',
      text: text.value().trim(),
    };
    if (filters.number) number.input.value = filters.number;
    history.replaceState(null, '', `${PATHS.queue}${searchOfFilters(filters, actor)}`);
    // The selection links keep the filters chosen.
    for (const link of tabs.querySelectorAll('a')) {
      const tab = link.dataset.tab as QueueTab;
      link.href = `${PATHS.queue}${searchOfFilters({ ...filters, tab, number: '' }, actor)}`;
    }
    void load({ announceResult: true });
  });

  await load({ announceResult: false });
  return { title, node };
}
