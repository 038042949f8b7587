import { labelOf } from '@domain/catalogues/catalogue.js';
import { REGIONS, type RegionCode } from '@domain/catalogues/regions.js';
import { reportWorkflow, type ReportStatus } from '@domain/workflows/report.workflow.js';
import { h } from '../ui/legacy/dom.js';
import { currentLanguage } from '../i18n/i18n.js';
import './reports.css';

/** Small pieces the report pages share: a status as a tag, a region's name. */
export function reportStatusName(status: ReportStatus): string {
  return reportWorkflow.statusLabels[status][currentLanguage()];
}

/** A status as a tag whose colour repeats, never replaces, its words. */
export function reportStatusTag(status: ReportStatus): HTMLElement {
  return h('span', { class: `tag tag-report-${status}` }, reportStatusName(status));
}

export function regionLabel(code: string): string {
  return labelOf(REGIONS, code as RegionCode, currentLanguage());
}
