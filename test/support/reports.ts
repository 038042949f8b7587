import { serverTimestamp } from 'firebase/firestore';
import type { ReportContent } from '../../functions/src/domain/schemas/report.schema.js';
import { adminDb } from './admin.js';
import { eventually } from './mailbox.js';

/** What a careful NGO writes in the form: a realistic report of a violation. */
export function reportContent(overrides: Partial<ReportContent> = {}): ReportContent {
  return {
    title: 'Затримання активіста без протоколу і без адвоката',
    description:
      'Працівники поліції затримали активіста під час мирного пікету біля міськради, протягом шести годин не складали протокол і не допускали адвоката.',
    incidentDate: '2026-11-12',
    regionCode: 'UA-30',
    locality: 'Київ',
    violator: { kind: 'state_body', name: 'Головне управління Національної поліції у м. Києві' },
    rights: ['liberty', 'fair_trial', 'assembly'],
    area: 'restoration',
    victimsCount: 1,
    vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
    urgent: false,
    consentToPublish: true,
    ...overrides,
  };
}

/** The document the web client creates when an NGO member submits. */
export function submittedReportDocument(
  orgId: string,
  uid: string,
  content: ReportContent = reportContent(),
) {
  return {
    ...Object.fromEntries(Object.entries(content).filter(([, v]) => v !== undefined)),
    orgId,
    status: 'submitted',
    intake: 'web',
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

export async function reportInStatus(reportId: string, statuses: string[], timeoutMs = 20_000) {
  return eventually(
    async () => {
      const snapshot = await adminDb().doc(`reports/${reportId}`).get();
      return statuses.includes(String(snapshot.get('status'))) ? snapshot : undefined;
    },
    { timeoutMs, what: `report ${reportId} in ${statuses.join('/')}` },
  );
}
