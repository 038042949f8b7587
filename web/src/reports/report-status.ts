import { labelOf } from '@domain/catalogues/catalogue.js';
import { REGIONS, type RegionCode } from '@domain/catalogues/regions.js';
import { reportWorkflow, type ReportStatus } from '@domain/workflows/report.workflow.js';
import { currentLanguage } from '../i18n/i18n.js';
import './reports.css';

/** Small pieces the report pages share: a status's name, a region's name. */
export function reportStatusName(status: ReportStatus): string {
  return reportWorkflow.statusLabels[status][currentLanguage()];
}

export function regionLabel(code: string): string {
  return labelOf(REGIONS, code as RegionCode, currentLanguage());
}
