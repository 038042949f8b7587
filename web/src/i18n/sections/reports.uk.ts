/**
 * Ukrainian text of the reports pages (the NGO's form and list, the report page, the staff
 * queue and dashboard). A section of the catalogue loaded with those pages only, so the
 * public pages do not carry it; en.ts's twin is reports.en.ts.
 */
export const reportsUk = {
  reports: {
    title: 'Звернення',
  },
};

export type ReportsMessages = typeof reportsUk;
