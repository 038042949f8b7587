import { REGIONS } from '@domain/catalogues/regions.js';
import { kyivDate } from '@domain/kyiv-time.js';
import { useState } from 'preact/hooks';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { Button } from '../ui/button.js';
import { FilterSelect, keepInAddress } from '../ui/filters.js';
import { announce } from '../ui/live-region.js';
import { Notice } from '../ui/notice.js';
import { PageHeading } from '../ui/page-heading.js';
import { csvFileName, csvSeparator, toCsv } from './csv.js';
import { DashboardChart } from './dashboard-chart.js';
import { useDashboardData, usePeriodFigures } from './dashboard-data.js';
import { PERIODS, periodOf, type Period } from './dashboard-period.js';
import { DashboardTable, type DashboardLine } from './dashboard-table.js';
import {
  dashboardCsvRows,
  dashboardRow,
  totalPeriod,
  totalRow,
  type DashboardColumns,
} from './dashboard.js';
import { OPEN_STATUSES } from './queue.js';
import { regionLabel, reportStatusName } from './report-status.js';
import './reports.css';

const PERIOD_KEYS = {
  month: 'reports.dashboard.periods.month',
  quarter: 'reports.dashboard.periods.quarter',
  year: 'reports.dashboard.periods.year',
} as const;

/**
 * `/app/dashboard`: the regional dashboard. Staff and the Commissioner see every region,
 * coordinators theirs: open reports by status, urgent and overdue ones, the median days to a
 * decision, and what this month, quarter or year brought (received, decided), as a table, a
 * chart with its legend, and a CSV file for Excel.
 */
export function DashboardPage({ claims, search }: PageProps) {
  const coordinator = claims?.role === 'coordinator';
  const [regionCodes] = useState(() =>
    REGIONS.filter((region) => !coordinator || claims?.regions.includes(region.code)).map(
      (region) => region.code,
    ),
  );
  const [period, setPeriod] = useState<Period>(() =>
    periodOf(new URLSearchParams(search).get('period')),
  );
  const [onlyActive, setOnlyActive] = useState(!coordinator);
  const { stats, overdue } = useDashboardData(regionCodes, coordinator);
  const all = regionCodes.map((code) =>
    dashboardRow(code, stats instanceof Map ? stats.get(code) : undefined, overdue.get(code)),
  );
  const shownRows = onlyActive ? all.filter((row) => row.total > 0 || row.median !== null) : all;
  const figures = usePeriodFigures(
    shownRows.map((row) => row.regionCode),
    period,
  );
  const lines: DashboardLine[] = shownRows.map((row) => ({
    label: regionLabel(row.regionCode),
    row,
    period: figures.get(row.regionCode) ?? { received: undefined, decided: undefined },
  }));
  const total: DashboardLine | null =
    lines.length > 1
      ? {
          label: t('reports.dashboard.sum'),
          row: totalRow(shownRows),
          period: totalPeriod(lines.map((line) => line.period)),
        }
      : null;
  const periodName = t(PERIOD_KEYS[period]);
  const columns: DashboardColumns = {
    region: t('reports.dashboard.region'),
    statuses: OPEN_STATUSES.map(reportStatusName),
    total: t('reports.dashboard.total'),
    urgent: t('reports.dashboard.urgent'),
    overdue: t('reports.dashboard.overdue'),
    median: t('reports.dashboard.median'),
    received: t('reports.dashboard.receivedIn', { period: periodName }),
    decided: t('reports.dashboard.decidedIn', { period: periodName }),
  };

  function download(): void {
    const language = currentLanguage();
    const text = toCsv(
      dashboardCsvRows(columns, total ? [...lines, total] : lines, language),
      csvSeparator(language),
    );
    const link = document.createElement('a');
    link.href = URL.createObjectURL(new Blob([text], { type: 'text/csv;charset=utf-8' }));
    link.download = csvFileName(`dashboard-${period}`, kyivDate(new Date()));
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 10_000);
    announce(t('reports.dashboard.exported'));
  }

  return (
    <div class="page page-wide dashboard">
      <PageHeading>{t('reports.dashboard.title')}</PageHeading>
      <p>{t(coordinator ? 'reports.dashboard.coordinatorIntro' : 'reports.dashboard.intro')}</p>
      {stats === 'failed' ? (
        <Notice kind="error">
          <p>{t('reports.dashboard.loadFailed')}</p>
        </Notice>
      ) : null}
      <div class="filters dashboard-controls">
        <FilterSelect
          form="dashboard"
          name="period"
          label={t('reports.dashboard.period')}
          options={PERIODS.map((value) => ({ value, label: t(PERIOD_KEYS[value]) }))}
          value={period}
          onChange={(value) => {
            const next = periodOf(value);
            setPeriod(next);
            keepInAddress({ period: next === 'month' ? '' : next });
          }}
        />
        {coordinator ? null : (
          <div class="field field-checkbox">
            <div class="choice">
              <input
                id="dashboard-onlyActive"
                type="checkbox"
                checked={onlyActive}
                onChange={(event) => setOnlyActive(event.currentTarget.checked)}
              />
              <label for="dashboard-onlyActive">{t('reports.dashboard.onlyActive')}</label>
            </div>
          </div>
        )}
        <div class="filters-submit">
          <Button variant="secondary" onClick={download}>
            {t('reports.dashboard.export')}
          </Button>
        </div>
      </div>
      {stats === 'loading' ? <p>{t('common.loading')}</p> : null}
      <DashboardTable columns={columns} lines={lines} total={total} />
      <p class="field-hint">{t('reports.dashboard.overdueNote')}</p>
      <DashboardChart lines={lines} periodName={periodName} />
    </div>
  );
}
