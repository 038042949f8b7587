// Documents the benchmarks write straight to Firestore, so that the queue and the public list
// have pages to read: registered reports as registration leaves them
// (reports/register-report.ts) and published records. Each fits its schema, which every
// reader checks.
import { Timestamp } from 'firebase-admin/firestore';
import { formatRegistrationNumber } from '../../functions/src/domain/registration-number.js';
import { reportSearchKeys } from '../../functions/src/domain/reports/report-search.js';
import {
  publicationSchema,
  type Publication,
} from '../../functions/src/domain/schemas/publication.schema.js';
import { reportSchema, type Report } from '../../functions/src/domain/schemas/report.schema.js';
import { searchKeysOf } from '../../functions/src/domain/search/search-keys.js';
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

/** A word every tenth record's title holds: what the scale benchmark searches for. */
export const SEARCHED_WORD = 'катування';

/** The `index`th benchmark record: published, a day apart from the next. */
export function publishedRecordFixture(index: number): Publication {
  const topic = index % 10 === 0 ? `${SEARCHED_WORD} у місцях несвободи` : 'право на захист';
  const texts = {
    title: { uk: `Підсумок розгляду звернення № ${index + 1}: ${topic}` },
    summary: { uk: 'Уповноважений вніс подання; порушення усунуто.' },
    body: { uk: 'Після звернення громадської організації порушення було усунуто.' },
    regionCodes: ['UA-30'],
    areas: ['restoration'],
    rights: ['liberty'],
  };
  const at = Timestamp.fromMillis(Date.now() - index * 60_000);
  return publicationSchema.parse({
    kind: 'report_outcome',
    ...texts,
    year: 2026,
    attachments: [],
    searchKeys: searchKeysOf(texts),
    status: 'published',
    publishedAt: at,
    updatedAt: at,
  });
}
