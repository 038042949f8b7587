import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Change, DocumentSnapshot, FirestoreEvent } from 'firebase-functions/firestore';
import { deleteDoc, doc, getDoc, serverTimestamp, setDoc, updateDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { kyivYear } from '../../../functions/src/domain/kyiv-time.js';
import { counterId } from '../../../functions/src/domain/registration-number.js';
import { pdf } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { onReportWritten } from '../../../functions/src/reports/report-written.handler.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { backgroundTriggers } from '../../support/emulator-hub.js';
import { executionsSince, functionLogMark, functionsQuiet } from '../../support/function-log.js';
import { eventually } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportInStatus, saveDraft, submitDraft } from '../../support/reports.js';
import { download, upload } from '../uploads/upload-helpers.js';

/**
 * Issue 9, item 8: a draft lives in `reportDrafts/{id}`, where no function listens to a write,
 * so the autosave of a form being typed (about every 1.2 s) runs nothing; submission creates
 * `reports/{id}` and the report triggers run from there. Executions are counted from the
 * functions emulator's own log (test/support/function-log.ts): serial, so nothing else runs.
 */
let org: Awaited<ReturnType<typeof verifiedOrganisation>>;
let ngo: SignedInClient;

beforeAll(async () => {
  org = await verifiedOrganisation('UA-30');
  ngo = await signIn(org.member.email);
});
afterAll(async () => {
  await ngo.close();
});

/** The functions whose trigger is a document under `reports/` or `reportDrafts/`. */
function reportListeners(): string[] {
  const root = join(ROOT, 'functions', 'src');
  const files = readdirSync(root, { recursive: true, encoding: 'utf8' }).filter((file) =>
    file.endsWith('.trigger.ts'),
  );
  return files.flatMap((file) => {
    const source = readFileSync(join(root, file), 'utf8');
    const trigger = /export const (\w+) = onDocument\w+\(\s*(?:\{\s*document:\s*)?'([^']+)'/.exec(
      source,
    );
    return trigger && /^(reports|reportDrafts)\//.test(trigger[2]!) ? [trigger[1]!] : [];
  });
}

const ROOT = join(import.meta.dirname, '..', '..', '..');

const pause = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/** Waits until `name` has begun since `mark`, then a moment more for anything behind it. */
async function executionsUntil(mark: number, name: string): Promise<string[]> {
  await eventually(async () => (executionsSince(mark).includes(name) ? true : undefined), {
    what: `an execution of ${name} in the functions emulator's log`,
  });
  await pause(2000);
  return executionsSince(mark);
}

describe('a draft autosave', () => {
  it('runs no function: only the marker’s deletion shows in the log', async () => {
    const reportId = unique('report');
    const draft = doc(ngo.db, 'reportDrafts', reportId);
    await functionsQuiet();
    const mark = functionLogMark();

    // The form's autosave: the first write creates the draft, each pause in typing updates it.
    await saveDraft(ngo.db, reportId, org.orgId, ngo.uid, { title: 'Затримання активіста' });
    const words = 'Працівники поліції затримали активіста під час мирного пікету біля міськради';
    for (let typed = 1; typed <= 8; typed += 1) {
      await updateDoc(draft, {
        description: `${words}${'.'.repeat(typed)}`,
        victimsCount: typed,
        updatedAt: serverTimestamp(),
      });
    }
    await setDoc(
      doc(ngo.db, 'reportDrafts', reportId, 'private', 'personalData'),
      { witnesses: [{ fullName: 'Ганна Сидоренко' }], updatedAt: serverTimestamp() },
      { merge: true },
    );
    expect((await getDoc(draft)).get('victimsCount')).toBe(8);

    // The marker: deleting another draft runs `removeDeletedDraft` (deletions only), so once
    // it shows, the log has caught up with everything written before it.
    const marker = unique('report');
    await saveDraft(ngo.db, marker, org.orgId, ngo.uid, { title: 'Чернетка для позначки' });
    await deleteDoc(doc(ngo.db, 'reportDrafts', marker));
    // Counted: every function that listens under `reports/` or `reportDrafts/` (found in the
    // triggers' sources); one listening elsewhere (mail, users) cannot be run by these writes,
    // and may still be busy with what an earlier test did.
    const ran = await executionsUntil(mark, 'removeDeletedDraft');
    const listeners = reportListeners();
    expect(listeners).toEqual(expect.arrayContaining(['processReportWrite', 'removeDeletedDraft']));
    expect(
      ran.filter((name) => listeners.includes(name)),
      ran.join(', '),
    ).toEqual(['removeDeletedDraft']);
  });

  it('lets evidence uploaded to the draft follow it into the report, registered at submission', async () => {
    const reportId = unique('report');
    await saveDraft(ngo.db, reportId, org.orgId, ngo.uid);
    const token = await ngo.auth.currentUser!.getIdToken();
    const stored = await upload({ token, reportId, name: 'Скарга.pdf', data: pdf('Skarha') });
    expect(stored.status).toBe(201);
    const attachmentId = stored.body.attachment!.id;

    const mark = functionLogMark();
    await submitDraft(ngo.db, reportId, org.orgId, ngo.uid);
    const registered = await reportInStatus(reportId, ['registered']);
    expect(registered.get('number')).toMatch(/^ГО-\d{4}-\d{6}$/);
    // The counting sees the report trigger: the submission's create runs it.
    await executionsUntil(mark, 'processReportWrite');
    // The draft went in the submission's batch; its personal data is the report's now.
    expect((await adminDb().doc(`reportDrafts/${reportId}`).get()).exists).toBe(false);
    const personal = await adminDb().doc(`reports/${reportId}/private/personalData`).get();
    expect(personal.get('orgId')).toBe(org.orgId);
    // The file is the report's, kept (the draft's deletion did not take it) and readable.
    const files = await adminDb().collection(`reports/${reportId}/attachments`).get();
    expect(files.docs.map((file) => file.id)).toEqual([attachmentId]);
    const coordinator = await signIn('coordinator-kyiv@spilno.test');
    try {
      const coordinatorToken = await coordinator.auth.currentUser!.getIdToken();
      expect((await download(coordinatorToken, reportId, attachmentId)).status).toBe(200);
    } finally {
      await coordinator.close();
    }
  });
});

describe('a submission delivered twice', () => {
  beforeAll(() => backgroundTriggers.disable());
  afterAll(() => backgroundTriggers.enable());

  it('registers once: one number, one audit entry, one receipt', async () => {
    const reportId = unique('report');
    await saveDraft(ngo.db, reportId, org.orgId, ngo.uid);
    await submitDraft(ngo.db, reportId, org.orgId, ngo.uid);
    const counter = adminDb().doc(`counters/${counterId('report', kyivYear(new Date()))}`);
    const before = ((await counter.get()).get('lastSequence') as number | undefined) ?? 0;
    const snapshot = await adminDb().doc(`reports/${reportId}`).get();
    const event = {
      id: unique('event'),
      params: { reportId },
      // Before: no such report yet (a document snapshot that does not exist has no data).
      data: {
        before: { exists: false, get: () => undefined, data: () => undefined },
        after: snapshot,
      },
    } as unknown as FirestoreEvent<Change<DocumentSnapshot> | undefined, { reportId: string }>;

    // The same event twice at once, then once more late, as Eventarc may deliver it.
    await Promise.all([onReportWritten(event), onReportWritten(event)]);
    await onReportWritten(event);

    const report = await adminDb().doc(`reports/${reportId}`).get();
    expect(report.get('status')).toBe('registered');
    const audit = await adminDb()
      .collection('audit')
      .where('chain', '==', `report:${reportId}`)
      .get();
    expect(audit.docs.map((entry) => entry.get('action'))).toEqual(['report.registered']);
    const receipts = await adminDb()
      .collection(`users/${ngo.uid}/notifications`)
      .where('event', '==', `report.receipt:${reportId}`)
      .get();
    expect(receipts.size).toBe(1);
    // The year's sequence moved by one: no number was given and thrown away.
    expect((await counter.get()).get('lastSequence')).toBe(before + 1);
  });
});
