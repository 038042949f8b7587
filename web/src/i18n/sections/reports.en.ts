import type { ReportsMessages } from './reports.uk.js';

/** English text of the reports pages: the same keys as reports.uk.ts. */
export const reportsEn: ReportsMessages = {
  reports: {
    title: 'Reports',
  },
};
