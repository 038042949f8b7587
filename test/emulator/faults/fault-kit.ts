import { FieldValue, Timestamp, type DocumentSnapshot } from 'firebase-admin/firestore';
import type { Change, FirestoreEvent, QueryDocumentSnapshot } from 'firebase-functions/firestore';
import { afterAll, expect } from 'vitest';
import { kyivYear } from '../../../functions/src/domain/kyiv-time.js';
import { mailIdFor } from '../../../functions/src/domain/mail/delivery.js';
import { messageIdFor } from '../../../functions/src/domain/schemas/mail.schema.js';
import { sendMailDocument } from '../../../functions/src/mail/send-mail-document.js';
import { adminDb, unique } from '../../support/admin.js';
import type { SignedInClient } from '../../support/client.js';
import { receivedMessages } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportContent } from '../../support/reports.js';
import { createTestUser } from '../../support/users.js';

/**
 * What the fault tests share: a tally per group that prints the summary line, real
 * trigger events built from documents of the Firestore emulator, and counts of what the
 * platform stored and what SMTP received.
 */

/**
 * The summary of one group: every case counted, a failure when its check throws (the test
 * fails too), and data lost as counted by the case — what should exist and does not.
 */
export function faultGroup(group: string) {
  const tally = { cases: 0, failures: 0, lost: 0 };
  afterAll(() => {
    console.log(
      `faults: ${group}: ${tally.cases} cases tried, ${tally.failures} failures, ${tally.lost} data lost`,
    );
  });
  return {
    async case<T>(run: () => Promise<T>): Promise<T> {
      tally.cases++;
      try {
        return await run();
      } catch (error) {
        tally.failures++;
        throw error;
      }
    },
    /** Of `expected` things, how many are missing: added to the lost count, and returned. */
    lost(expected: readonly string[], found: ReadonlySet<string>): string[] {
      const missing = expected.filter((item) => !found.has(item));
      tally.lost += missing.length;
      return missing;
    },
    /** Of `expected` things, `found` are there: the difference is added to the lost count. */
    lostOf(expected: number, found: number): number {
      const missing = Math.max(0, expected - found);
      tally.lost += missing;
      return missing;
    },
  };
}

type Params = Record<string, string>;

/** A document-written event as Firestore delivers it: the snapshots before and after. */
export function writtenEvent<P extends Params>(
  id: string,
  before: DocumentSnapshot,
  after: DocumentSnapshot,
  params: P,
) {
  return { id, params, data: { before, after } } as unknown as FirestoreEvent<
    Change<DocumentSnapshot> | undefined,
    P
  >;
}

/** A document-created (or deleted) event: the snapshot of the document. */
export function createdEvent<P extends Params>(snapshot: DocumentSnapshot, params: P) {
  return { id: newEventId(), params, data: snapshot } as unknown as FirestoreEvent<
    QueryDocumentSnapshot | undefined,
    P
  >;
}

export const newEventId = () => unique('event');

/**
 * The same event delivered twice at once and then once more (a late redelivery): what the
 * handler does must not depend on how often it ran. Returns each delivery's failure, if any.
 */
export async function deliveredThrice(run: () => Promise<unknown>): Promise<unknown[]> {
  const settle = (p: Promise<unknown>) =>
    p.then(
      () => undefined,
      (error: unknown) => error,
    );
  const concurrent = await Promise.all([settle(run()), settle(run())]);
  return [...concurrent, await settle(run())].filter((e) => e !== undefined);
}

/** A snapshot of a document, read now (`exists` false for one not there). */
export const snapshotOf = (path: string) => adminDb().doc(path).get();

/** The actions of an audit chain, in order. */
export async function auditActions(chain: string): Promise<string[]> {
  const entries = await adminDb().collection('audit').where('chain', '==', chain).get();
  return entries.docs
    .sort((a, b) => Number(a.get('sequence')) - Number(b.get('sequence')))
    .map((d) => String(d.get('action')));
}

/** How many outbox mails, and how many notifications (any user), one event wrote. */
export async function writtenFor(event: string): Promise<{ mails: number; notices: number }> {
  const [mails, notices] = await Promise.all([
    adminDb().collection('mail').where('event', '==', event).get(),
    adminDb().collectionGroup('notifications').where('event', '==', event).get(),
  ]);
  return { mails: mails.size, notices: notices.size };
}

/** How many times SMTP received each of the given outbox mails (by their Message-ID). */
export async function smtpCounts(mailIds: readonly string[]): Promise<Map<string, number>> {
  const received = await receivedMessages();
  return new Map(
    mailIds.map((id) => [id, received.filter((m) => m.messageId === messageIdFor(id)).length]),
  );
}

/** The ids of the outbox mails one event wrote. */
export async function mailIdsOf(event: string): Promise<string[]> {
  const mails = await adminDb().collection('mail').where('event', '==', event).get();
  return mails.docs.map((d) => d.id);
}

/** Delivers mails in this process, as the `deliverMail` trigger would. */
export async function deliverInProcess(mailIds: readonly string[]): Promise<void> {
  await Promise.all(mailIds.map((id) => sendMailDocument(id)));
}

/** The mails of a registration: the assignees' notices and the NGO's receipts. */
export async function registrationMails(reportId: string): Promise<string[]> {
  const [assigned, receipts] = await Promise.all([
    mailIdsOf(`report.assigned:${reportId}:registration`),
    mailIdsOf(`report.receipt:${reportId}`),
  ]);
  return [...assigned, ...receipts];
}

/**
 * The mails a registration must have written, whatever the outbox holds: one to each assignee
 * the report names and a receipt to its author (they choose immediate mail).
 */
export async function expectedRegistrationMails(reportId: string): Promise<string[]> {
  const report = await snapshotOf(`reports/${reportId}`);
  const assignees = (report.get('assignees') as string[] | undefined) ?? [];
  return [
    ...assignees.map((uid) => mailIdFor(`report.assigned:${reportId}:registration`, uid)),
    mailIdFor(`report.receipt:${reportId}`, String(report.get('createdBy'))),
  ];
}

/**
 * A verified organisation and a coordinator of a region of its own choosing, so that the
 * report's assignees are known people with immediate mail.
 */
export async function organisationWithCoordinator(regionCode: 'UA-05' | 'UA-18' | 'UA-65') {
  const org = await verifiedOrganisation(regionCode);
  const coordinator = await createTestUser({ role: 'coordinator', regions: [regionCode] });
  return { ...org, coordinator };
}

/** A report written `submitted` with the Admin SDK, as the browser's batch leaves it. */
export async function submittedReport(
  org: { orgId: string; member: { uid: string } },
  regionCode: string,
): Promise<string> {
  const ref = adminDb().collection('reports').doc();
  await ref.set({
    ...reportContent({ regionCode } as Parameters<typeof reportContent>[0]),
    orgId: org.orgId,
    status: 'submitted',
    intake: 'web',
    createdBy: org.member.uid,
    createdAt: FieldValue.serverTimestamp(),
    updatedAt: FieldValue.serverTimestamp(),
  });
  return ref.id;
}

/** The year's last registration number given (the counter's sequence). */
export async function counterOfYear(): Promise<number> {
  const counter = await snapshotOf(`counters/report-${kyivYear(new Date())}`);
  return Number(counter.get('lastSequence') ?? 0);
}

/** A plain message of the organisation in its report's thread; returns its reference. */
export async function threadMessage(
  org: { orgId: string; member: { uid: string } },
  reportId: string,
  text: string,
) {
  const message = adminDb().collection(`reports/${reportId}/messages`).doc();
  await message.set({
    orgId: org.orgId,
    side: 'ngo',
    kind: 'message',
    text,
    attachmentIds: [],
    authorUid: org.member.uid,
    authorName: 'Тестова Особа',
    createdAt: Timestamp.now(),
  });
  return message;
}

/**
 * An NGO's note taken to approval through the callables (sent, submitted by staff, approved
 * by the Commissioner); with the stack's triggers off it waits there to be published. Returns
 * its id and its snapshots before and after the approval.
 */
export async function approvedNote(
  member: SignedInClient,
  staff: SignedInClient,
  commissioner: SignedInClient,
  title: string,
) {
  const { publicationId: id } = await member.call<{ publicationId: string }>('publicationAction', {
    action: 'sendNote',
    note: {
      title,
      text: 'Організація провела захід і ділиться висновками з усіма, кого це стосується.',
      links: [],
    },
  });
  await staff.call('publicationAction', { action: 'submit', publicationId: id });
  const pending = await snapshotOf(`publicationDrafts/${id}`);
  await commissioner.call('publicationAction', { action: 'approve', publicationId: id });
  return { id, pending, approved: await snapshotOf(`publicationDrafts/${id}`) };
}

export type FaultGroup = ReturnType<typeof faultGroup>;

/** Each mail at SMTP exactly once: the missing counted as lost, any other count a failure. */
export async function expectEachDeliveredOnce(group: FaultGroup, mails: readonly string[]) {
  const counts = await smtpCounts(mails);
  group.lost(mails, new Set(mails.filter((id) => counts.get(id)! > 0)));
  expect(Object.fromEntries(counts)).toEqual(Object.fromEntries(mails.map((id) => [id, 1])));
}
