// Registered reports as registration leaves them (reports/register-report.ts), written
// straight to Firestore, so that the benchmarks' queues and lists have pages to read. Each
// fits reportSchema, which every reader of a report checks.
import { Timestamp } from 'firebase-admin/firestore';
import { formatRegistrationNumber } from '../../functions/src/domain/registration-number.js';
import { reportSearchKeys } from '../../functions/src/domain/reports/report-search.js';
import { reportSchema, type Report } from '../../functions/src/domain/schemas/report.schema.js';
import { reportContent } from '../../test/support/reports.js';

const DAY = 86_400_000;
/** Sequences of the benchmarks' reports, apart from the demo's (which start at 1). */
const FIRST_SEQUENCE = 500_000;

/** The `index`th benchmark report of the organisation: registered, its term running. */
export function storedReportFixture(orgId: string, index: number, createdBy = 'bench'): Report {
  const now = Date.now();
  const title = `Порушення права на захист під час затримання № ${index + 1}`;
  const number = formatRegistrationNumber('report', 2026, FIRST_SEQUENCE + index);
  const at = Timestamp.fromMillis(now - (index % 30) * DAY);
  return reportSchema.parse({
    ...reportContent({
      title,
      violator: { kind: 'state_body', name: `Відділ поліції № ${index + 1}` },
    }),
    orgId,
    status: 'registered',
    intake: 'web',
    number,
    searchKeys: reportSearchKeys({ title, number }),
    submittedAt: at,
    registeredAt: at,
    assignees: [],
    responseDeadline: Timestamp.fromMillis(now + ((index % 60) + 1) * DAY),
    deadlinePausedAt: null,
    publicationConsent: { given: true, by: createdBy, at },
    createdBy,
    createdAt: at,
    updatedAt: at,
  });
}
