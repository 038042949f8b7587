/**
 * Runs inside the emulators (scripts/bench-notify.ts). From the moment an event is written to
 * the moment every email it owes was accepted by SMTP, for three paths:
 *   - floor: a no-op trigger writes one mail document (functions/src/bench), which deliverMail
 *     sends: the least a notice can cost on this stack;
 *   - report: an NGO member submits a report (the browser's batch); processReportWrite registers it
 *     and mails both coordinators of its region;
 *   - message: the NGO member writes in a registered report's thread; notifyReportMessage
 *     mails both assignees.
 * Each path first runs warm-up events (not counted: the first call of a function loads it),
 * then SPILNO_BENCH_EVENTS events at concurrency SPILNO_BENCH_CONCURRENCY. Prints p50 and
 * p95 per path and the ratio of each p95 to the floor's. Exits non-zero if a mail was lost or
 * sent twice (correctness, not timing).
 */
import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { floorMailId } from '../functions/src/bench/floor.handler.js';
import { mailIdFor } from '../functions/src/domain/mail/delivery.js';
import { messageIdFor } from '../functions/src/domain/schemas/mail.schema.js';
import { adminDb, unique } from '../test/support/admin.js';
import { signIn } from '../test/support/client.js';
import { verifiedOrganisation } from '../test/support/organisations.js';
import { reportContent, submitDraft } from '../test/support/reports.js';
import { createTestUser } from '../test/support/users.js';
import { countFrom, ms, percentile, pool, smtpArrivals } from './lib/bench-measure.js';

const EVENTS = countFrom('SPILNO_BENCH_EVENTS', 50);
const CONCURRENCY = countFrom('SPILNO_BENCH_CONCURRENCY', 10);
const WARM_UP = CONCURRENCY;
// A region of its own: its two coordinators are the reports' only assignees.
const REGION = 'UA-21';

const smtp = await smtpArrivals();
const coordinators = [
  await createTestUser({ role: 'coordinator', regions: [REGION] }),
  await createTestUser({ role: 'coordinator', regions: [REGION] }),
];
const org = await verifiedOrganisation(REGION);
const ngo = await signIn(org.member.email);

/** One event of a path: writes it and returns the Message-IDs of the mails it owes. */
type Path = (index: number) => Promise<string[]>;

const floor: Path = async () => {
  const eventId = unique('floor');
  const to = coordinators[0]!.email;
  await adminDb().doc(`benchFloor/${eventId}`).set({ to });
  return [messageIdFor(floorMailId(eventId, to))];
};

const registered: string[] = [];
const report: Path = async (index) => {
  const reportId = unique('bench-report');
  // Each report about its own violator: similar reports would be triaged as possible
  // duplicates of each other, which is not what this measures.
  const content = reportContent({
    regionCode: REGION,
    violator: { kind: 'state_body', name: `Відділ поліції № ${index + 1}` },
  });
  await submitDraft(ngo.db, reportId, org.orgId, ngo.uid, content);
  registered.push(reportId);
  const event = `report.assigned:${reportId}:registration`;
  return coordinators.map((c) => messageIdFor(mailIdFor(event, c.uid)));
};

const message: Path = async (index) => {
  const reportId = registered[index % registered.length]!;
  const messageId = unique('bench-message');
  await setDoc(doc(ngo.db, 'reports', reportId, 'messages', messageId), {
    orgId: org.orgId,
    side: 'ngo',
    kind: 'message',
    text: 'Додаємо відомості про свідків затримання.',
    attachmentIds: [],
    authorUid: ngo.uid,
    authorName: 'Тестова Особа',
    createdAt: serverTimestamp(),
  });
  const event = `report.message:${reportId}:${messageId}`;
  return coordinators.map((c) => messageIdFor(mailIdFor(event, c.uid)));
};

interface Run {
  latencies: number[];
  lost: number;
  expected: string[];
}

async function measure(path: Path, events: number, offset: number): Promise<Run> {
  const run: Run = { latencies: [], lost: 0, expected: [] };
  await pool(
    Array.from({ length: events }, (_, i) => offset + i),
    CONCURRENCY,
    async (index) => {
      const start = performance.now();
      const ids = await path(index);
      run.expected.push(...ids);
      const last = await smtp.allOf(ids);
      if (last === null) run.lost++;
      else run.latencies.push(last - start);
    },
  );
  return run;
}

const paths: [string, Path][] = [
  ['floor (no-op trigger → mail → SMTP)', floor],
  ['report submitted → both assignees', report],
  ['thread message → both assignees', message],
];
const runs: [string, Run][] = [];
for (const [label, path] of paths) {
  await measure(path, WARM_UP, 0);
  runs.push([label, await measure(path, EVENTS, WARM_UP)]);
}
// Late duplicates would arrive after their first copy: give them a moment to show.
await new Promise((resolve) => setTimeout(resolve, 3000));

const floorP95 = percentile(runs[0]![1].latencies, 95);
console.log(
  `bench: notification latency, ${EVENTS} events per path at concurrency ${CONCURRENCY} ` +
    `(after ${WARM_UP} warm-up events each)`,
);
console.log('| path | p50 ms | p95 ms | p95 × floor | lost | duplicated |');
console.log('|---|---:|---:|---:|---:|---:|');
let faults = 0;
for (const [label, run] of runs) {
  const duplicated = run.expected.filter((id) => (smtp.counts.get(id) ?? 0) > 1).length;
  faults += run.lost + duplicated;
  const p95 = percentile(run.latencies, 95);
  console.log(
    `| ${label} | ${ms(percentile(run.latencies, 50))} | ${ms(p95)} | ` +
      `${(p95 / floorP95).toFixed(2)} | ${run.lost} | ${duplicated} |`,
  );
}
await ngo.close();
await smtp.stop();
process.exit(faults ? 1 : 0);
