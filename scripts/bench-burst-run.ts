/**
 * Runs inside the emulators (scripts/bench-burst.ts): a burst of reports, and what it must not
 * lose. SPILNO_BENCH_REPORTS reports (default 100; the 1,000 in `npm run bench`) from
 * SPILNO_BENCH_USERS NGO leads (default 50, each of an organisation of their own) at
 * concurrency SPILNO_BENCH_CONCURRENCY (default 25), as the browser does it:
 *   1. the floor: each report saved as a draft (a plain write of the draft and its personal
 *      data, on which no function runs), all of them, timed;
 *   2. the burst: each draft submitted (the browser's batch); timed until every report is
 *      registered and every email it owes was accepted by SMTP: one to the region's
 *      coordinator, one receipt to the lead who filed it.
 * Prints both wall times and their ratio, and checks that every report was registered with a
 * unique number and the numbers have no gap, and that no email was lost or sent twice; exits
 * non-zero if not (correctness, not timing).
 */
import { mailIdFor } from '../functions/src/domain/mail/delivery.js';
import { parseRegistrationNumber } from '../functions/src/domain/registration-number.js';
import { messageIdFor } from '../functions/src/domain/schemas/mail.schema.js';
import { adminDb, unique } from '../test/support/admin.js';
import { signIn, type SignedInClient } from '../test/support/client.js';
import { verifiedOrganisation } from '../test/support/organisations.js';
import { reportContent, saveDraft, submitDraft } from '../test/support/reports.js';
import { createTestUser } from '../test/support/users.js';
import { countFrom, pool, smtpArrivals } from './lib/bench-measure.js';

const REPORTS = countFrom('SPILNO_BENCH_REPORTS', 100);
const USERS = countFrom('SPILNO_BENCH_USERS', 50);
const CONCURRENCY = countFrom('SPILNO_BENCH_CONCURRENCY', 25);
const REGION = 'UA-21';
/** How long the burst may take before what has not arrived counts as lost. */
const PATIENCE_MS = 30 * 60_000;

const smtp = await smtpArrivals();
const coordinator = await createTestUser({ role: 'coordinator', regions: [REGION] });
const leads: { orgId: string; client: SignedInClient }[] = await pool(
  Array.from({ length: USERS }),
  5,
  async () => {
    const org = await verifiedOrganisation(REGION);
    return { orgId: org.orgId, client: await signIn(org.lead.email) };
  },
);
const reports = Array.from({ length: REPORTS }, (_, index) => ({
  reportId: unique('burst'),
  lead: leads[index % USERS]!,
  content: reportContent({
    regionCode: REGION,
    violator: { kind: 'state_body', name: `Відділ поліції № ${index + 1}` },
  }),
}));

// Each client's first write opens its connection: done before anything is timed, and the
// triggers of the set-up (claims, directories) given time to finish.
await pool(leads, CONCURRENCY, async (lead) => {
  const warmUp = unique('warm-up');
  await saveDraft(lead.client.db, warmUp, lead.orgId, lead.client.uid);
});
await new Promise((resolve) => setTimeout(resolve, 5000));

const floorStart = performance.now();
await pool(reports, CONCURRENCY, ({ reportId, lead, content }) =>
  saveDraft(lead.client.db, reportId, lead.orgId, lead.client.uid, content),
);
const floorMs = performance.now() - floorStart;

const owed = reports.flatMap(({ reportId, lead }) => [
  messageIdFor(mailIdFor(`report.assigned:${reportId}:registration`, coordinator.uid)),
  messageIdFor(mailIdFor(`report.receipt:${reportId}`, lead.client.uid)),
]);
const burstStart = performance.now();
await pool(reports, CONCURRENCY, ({ reportId, lead, content }) =>
  submitDraft(lead.client.db, reportId, lead.orgId, lead.client.uid, content),
);
const submittedMs = performance.now() - burstStart;
const lastMail = await smtp.allOf(owed, PATIENCE_MS);
const registered = await everyRegistered(reports.map((r) => r.reportId));
const burstMs = Math.max(lastMail ?? performance.now(), registered.at) - burstStart;
// Late duplicates would arrive after their first copy: give them a moment to show.
await new Promise((resolve) => setTimeout(resolve, 5000));

const lost = owed.filter((id) => !smtp.counts.has(id)).length;
const duplicated = owed.filter((id) => (smtp.counts.get(id) ?? 0) > 1).length;
const sequences = registered.numbers.map((n) => parseRegistrationNumber(n)?.sequence ?? -1);
const distinct = new Set(sequences);
const low = Math.min(...sequences);
const gapFree = distinct.size === REPORTS && Math.max(...sequences) - low === REPORTS - 1;

console.log(
  `bench: a burst of ${REPORTS} reports from ${USERS} NGO leads at concurrency ${CONCURRENCY}`,
);
console.log('| measure | value |');
console.log('|---|---:|');
console.log(`| floor: ${REPORTS} drafts saved (plain writes), wall s | ${sec(floorMs)} |`);
console.log(`| burst: submitted, wall s | ${sec(submittedMs)} |`);
console.log(`| burst: all registered and mailed, wall s | ${sec(burstMs)} |`);
console.log(`| ratio to the floor | ${(burstMs / floorMs).toFixed(2)} |`);
console.log(`| reports registered | ${registered.numbers.length} of ${REPORTS} |`);
console.log(
  `| numbers unique and gap-free | ${gapFree ? 'yes' : 'NO'} (${low}…${low + REPORTS - 1}) |`,
);
console.log(`| emails owed (assignee + receipt) | ${owed.length} |`);
console.log(`| emails lost | ${lost} |`);
console.log(`| emails duplicated | ${duplicated} |`);
await Promise.all(leads.map((lead) => lead.client.close()));
await smtp.stop();
process.exit(lost || duplicated || !gapFree || registered.numbers.length < REPORTS ? 1 : 0);

/** Waits until every report is past registration (or the patience ends); their numbers. */
async function everyRegistered(ids: readonly string[]) {
  const deadline = Date.now() + PATIENCE_MS;
  for (;;) {
    const snapshots = await adminDb().getAll(...ids.map((id) => adminDb().doc(`reports/${id}`)));
    const numbers = snapshots.flatMap((s) =>
      s.get('status') === 'registered' ? [String(s.get('number'))] : [],
    );
    if (numbers.length === ids.length || Date.now() > deadline) {
      return { numbers, at: performance.now() };
    }
    await new Promise((resolve) => setTimeout(resolve, 2000));
  }
}

function sec(ms: number): string {
  return (ms / 1000).toFixed(1);
}
