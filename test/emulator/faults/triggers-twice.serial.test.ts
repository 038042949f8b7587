import { FieldValue, Timestamp } from 'firebase-admin/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  publicStatsIncrements,
  regionStatsIncrements,
} from '../../../functions/src/domain/reports/statistics.js';
import {
  statsIncrements,
  type StatsIncrements,
} from '../../../functions/src/domain/stats/statistics-increments.js';
import {
  dashboardReportFactsOf,
  measureStatsFactsOf,
  publicationStatsFactsOf,
  reportStatsFactsOf,
} from '../../../functions/src/domain/stats/statistics-sources.js';
import {
  onCouncilWritten,
  rebuildCouncilDirectory,
} from '../../../functions/src/councils/council-directory.handler.js';
import { onMailCreated } from '../../../functions/src/mail/deliver-mail.handler.js';
import { onCoordinatorListingWritten } from '../../../functions/src/organisations/coordinator-directory.handler.js';
import { onOrganisationWritten } from '../../../functions/src/organisations/partner-directory.handler.js';
import { onPublicRecordChanged } from '../../../functions/src/publications/publication-statistics.handler.js';
import { onPublicationApproved } from '../../../functions/src/publications/publish-publication.handler.js';
import { onPublicRecordWritten } from '../../../functions/src/publications/publications-first-page.handler.js';
import { onReportDraftDeleted } from '../../../functions/src/reports/draft-deleted.handler.js';
import { onReportWritten } from '../../../functions/src/reports/report-written.handler.js';
import { onReportMessageCreated } from '../../../functions/src/reports/report-message.handler.js';
import { onMeasureChangedForStatistics } from '../../../functions/src/stats/measure-statistics.handler.js';
import { onUserWritten } from '../../../functions/src/users/sync-claims-event.handler.js';
import { adminAuth, adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { backgroundTriggers } from '../../support/emulator-hub.js';
import { addMail } from '../../support/mail.js';
import { freshEdrpou, organisationProfile } from '../../support/organisations.js';
import { createTestUser } from '../../support/users.js';
import {
  approvedNote,
  auditActions,
  counterOfYear,
  createdEvent,
  deliveredThrice,
  deliverInProcess,
  faultGroup,
  mailIdsOf,
  newEventId,
  organisationWithCoordinator,
  smtpCounts,
  snapshotOf,
  submittedReport,
  threadMessage,
  writtenEvent,
  writtenFor,
} from './fault-kit.js';

/**
 * Every Firestore trigger of functions/src/index.ts, given one real event (documents of the
 * emulator, one event id) twice at once and then once more, in this process: the stack's own
 * triggers are off, so what is stored is what these deliveries wrote. Each must store its
 * outcome once: one number, one audit entry, one notice and one email per person, one count.
 */
const group = faultGroup('triggers delivered twice');
const clients: SignedInClient[] = [];
beforeAll(() => backgroundTriggers.disable());
afterAll(async () => {
  await Promise.all(clients.map((c) => c.close()));
  await backgroundTriggers.enable();
});

/** What a document's fields moved by, for the dotted paths given. */
async function moved(path: string, fields: string[], run: () => Promise<void>) {
  const read = async () => {
    const snapshot = await snapshotOf(path);
    return fields.map((field) => Number(snapshot.get(field) ?? 0));
  };
  const before = await read();
  await run();
  const after = await read();
  return Object.fromEntries(fields.map((field, i) => [field, after[i]! - before[i]!]));
}

/** Expects the statistics documents to have moved by the increments exactly once. */
async function countedOnce(increments: StatsIncrements, run: () => Promise<void>) {
  const checks: [string, Record<string, number>][] = [...increments].map(([doc, counters]) => [
    `stats/${doc}`,
    counters,
  ]);
  const deltas: Record<string, number>[] = [];
  const nested = checks.reduceRight<() => Promise<void>>(
    (inner, [path, counters]) =>
      async () => {
        deltas.push(await moved(path, Object.keys(counters), inner));
      },
    run,
  );
  await nested();
  expect(deltas.reverse()).toEqual(checks.map(([, counters]) => counters));
}

/** A registered report of a fresh organisation in UA-18, with the snapshots around it. */
async function registeredReport() {
  const org = await organisationWithCoordinator('UA-18');
  const reportId = await submittedReport(org, 'UA-18');
  const submitted = await snapshotOf(`reports/${reportId}`);
  await onReportWritten(
    writtenEvent(newEventId(), await snapshotOf(`none/${reportId}`), submitted, { reportId }),
  );
  return { org, reportId, submitted, registered: await snapshotOf(`reports/${reportId}`) };
}

describe('each trigger delivered twice at once, then again', { timeout: 120_000 }, () => {
  it('processReportWrite, a submission: one number, one audit entry, one daily unit, each mail once', () =>
    group.case(async () => {
      const org = await organisationWithCoordinator('UA-18');
      const reportId = await submittedReport(org, 'UA-18');
      const missing = await snapshotOf(`none/${reportId}`);
      const event = writtenEvent(newEventId(), missing, await snapshotOf(`reports/${reportId}`), {
        reportId,
      });
      const counter = await counterOfYear();
      expect(await deliveredThrice(() => onReportWritten(event))).toEqual([]);

      const report = await snapshotOf(`reports/${reportId}`);
      expect(report.get('status')).toBe('registered');
      expect(await counterOfYear()).toBe(counter + 1);
      // The organisation's daily submissions: one unit for one report, however often it came.
      const spent = await adminDb().doc(`rateLimits/submissions-per-org:${org.orgId}`).get();
      expect(spent.get('count')).toBe(1);
      expect(await auditActions(`report:${reportId}`)).toEqual(['report.registered']);
      const events = await adminDb().collection(`reports/${reportId}/events`).get();
      expect(events.docs.map((d) => d.get('type'))).toEqual(['registered']);

      const assigned = `report.assigned:${reportId}:registration`;
      const receipt = `report.receipt:${reportId}`;
      const assignees = (report.get('assignees') as string[]).length;
      expect(assignees).toBeGreaterThan(0);
      expect(await writtenFor(assigned)).toEqual({ mails: assignees, notices: assignees });
      // The author and the organisation's lead.
      expect(await writtenFor(receipt)).toEqual({ mails: 2, notices: 2 });
      const mails = [...(await mailIdsOf(assigned)), ...(await mailIdsOf(receipt))];
      await deliverInProcess(mails);
      await deliverInProcess(mails);
      const counts = await smtpCounts(mails);
      group.lost(mails, new Set(mails.filter((id) => counts.get(id)! > 0)));
      expect([...counts.values()]).toEqual(mails.map(() => 1));
    }));

  it('notifyReportMessage: the other side is told once', () =>
    group.case(async () => {
      const { org, reportId, registered } = await registeredReport();
      const assignees = (registered.get('assignees') as string[]).length;
      const message = await threadMessage(
        org,
        reportId,
        'Додаємо пояснення свідка щодо часу затримання.',
      );
      const event = createdEvent(await message.get(), { reportId, messageId: message.id });
      expect(await deliveredThrice(() => onReportMessageCreated(event))).toEqual([]);
      const told = `report.message:${reportId}:${message.id}`;
      expect(await writtenFor(told)).toEqual({ mails: assignees, notices: assignees });
      const mails = await mailIdsOf(told);
      await Promise.all([deliverInProcess(mails), deliverInProcess(mails)]);
      const counts = await smtpCounts(mails);
      group.lost(mails, new Set(mails.filter((id) => counts.get(id)! > 0)));
      expect([...counts.values()]).toEqual(mails.map(() => 1));
    }));

  it('processReportWrite, the registration’s own write: counted once', () =>
    group.case(async () => {
      const { reportId, submitted, registered } = await registeredReport();
      const event = writtenEvent(newEventId(), submitted, registered, { reportId });
      const before = dashboardReportFactsOf(submitted.data());
      const after = dashboardReportFactsOf(registered.data());
      const monitoring = statsIncrements({
        of: 'report',
        before: reportStatsFactsOf(submitted.data()),
        after: reportStatsFactsOf(registered.data()),
      });
      const dashboard = publicStatsIncrements(before, after);
      const regional = regionStatsIncrements(before, after).get('UA-18') ?? {};
      expect(Object.keys(dashboard).length).toBeGreaterThan(0);
      const deltas = { public: {}, region: {} } as Record<string, Record<string, number>>;
      await countedOnce(monitoring, async () => {
        deltas.region = await moved('regionStats/UA-18', Object.keys(regional), async () => {
          deltas.public = await moved('stats/public', Object.keys(dashboard), async () => {
            expect(await deliveredThrice(() => onReportWritten(event))).toEqual([]);
          });
        });
      });
      expect(deltas).toEqual({ public: dashboard, region: regional });
    }));

  it('deliverMail: one message through SMTP', () =>
    group.case(async () => {
      const to = `${unique('twice')}@test.spilno.test`.toLowerCase();
      const mailId = await addMail(to, { subject: 'Двічі', text: 'Одна подія, два виклики' });
      const event = createdEvent(await snapshotOf(`mail/${mailId}`), { mailId });
      expect(await deliveredThrice(() => onMailCreated(event))).toEqual([]);
      const counts = await smtpCounts([mailId]);
      group.lost([mailId], new Set(counts.get(mailId)! > 0 ? [mailId] : []));
      expect(counts.get(mailId)).toBe(1);
      expect((await snapshotOf(`mail/${mailId}`)).get('delivery.attempts')).toBe(1);
    }));

  it('publishApprovedPublication, updatePublicationStatistics and updatePublicationsFirstPage: one record, one entry, one count, one card', () =>
    group.case(async () => {
      const org = await organisationWithCoordinator('UA-18');
      const member = await signIn(org.member.email);
      const staff = await signIn('staff1@spilno.test');
      const commissioner = await signIn('commissioner@spilno.test');
      clients.push(member, staff, commissioner);
      const { id, pending, approved } = await approvedNote(
        member,
        staff,
        commissioner,
        'Моніторинговий візит до ізолятора',
      );
      const noRecord = await snapshotOf(`publications/${id}`);
      const event = writtenEvent(newEventId(), pending, approved, { publicationId: id });
      expect(await deliveredThrice(() => onPublicationApproved(event))).toEqual([]);

      const record = await snapshotOf(`publications/${id}`);
      expect(record.get('status')).toBe('published');
      const actions = await auditActions(`publication:${id}`);
      expect(actions.filter((a) => a === 'publication.published')).toHaveLength(1);
      const told = await adminDb()
        .collectionGroup('notifications')
        .where('event', '>=', `publication.published:${id}:`)
        .where('event', '<', `publication.published:${id}:\uf8ff`)
        .get();
      const perPerson = new Set(told.docs.map((d) => d.ref.parent.parent!.id));
      expect(perPerson.size).toBeGreaterThan(0);
      expect(told.size).toBe(perPerson.size);

      const statsEvent = writtenEvent(newEventId(), noRecord, record, { publicationId: id });
      const increments = statsIncrements({
        of: 'publication',
        before: undefined,
        after: publicationStatsFactsOf(record.data()),
      });
      await countedOnce(increments, async () => {
        expect(await deliveredThrice(() => onPublicRecordChanged(statsEvent))).toEqual([]);
      });
      expect(await deliveredThrice(() => onPublicRecordWritten(statsEvent))).toEqual([]);
      const cards = (await snapshotOf('directory/publications')).get('cards') as { id: string }[];
      expect(cards.filter((card) => card.id === id)).toHaveLength(1);
    }));

  it('updateMeasureStatistics: a measure counted once', () =>
    group.case(async () => {
      const measure = adminDb().doc(`statsTest/${unique('measure')}`);
      const absent = await snapshotOf(`statsTest/${unique('none')}`);
      await measure.set({ type: 'monitoring_visit', date: '1997-05-04' });
      const present = await measure.get();
      const event = writtenEvent(newEventId(), absent, present, { reportId: 'r', measureId: 'm' });
      const increments = statsIncrements({
        of: 'measure',
        before: undefined,
        after: measureStatsFactsOf(present.data()),
      });
      await countedOnce(increments, async () => {
        expect(await deliveredThrice(() => onMeasureChangedForStatistics(event))).toEqual([]);
      });
      await Promise.all([measure.delete(), adminDb().doc('stats/1997').delete()]);
    }));

  it('updatePartnerDirectory, updateCoordinatorDirectory and updateCouncilDirectory: each listed once', () =>
    group.case(async () => {
      const orgId = freshEdrpou();
      const org = adminDb().doc(`organisations/${orgId}`);
      const profile = organisationProfile(orgId, { shortName: `ГО ${orgId}` });
      await org.set({
        ...profile,
        status: 'pending',
        createdBy: 'test',
        createdAt: Timestamp.now(),
      });
      const pending = await org.get();
      await org.update({ status: 'verified', updatedAt: FieldValue.serverTimestamp() });
      const event = writtenEvent(newEventId(), pending, await org.get(), { orgId });
      expect(await deliveredThrice(() => onOrganisationWritten(event))).toEqual([]);
      const partners = (await snapshotOf('directory/partners')).get('partners') as {
        orgId: string;
      }[];
      expect(partners.filter((p) => p.orgId === orgId)).toHaveLength(1);

      const coordinator = await createTestUser({ role: 'coordinator', regions: ['UA-18'] });
      await adminDb()
        .doc(`coordinators/${coordinator.uid}`)
        .set({ displayName: 'Координаторка Житомирщини', regions: ['UA-18'] });
      expect(await deliveredThrice(() => onCoordinatorListingWritten())).toEqual([]);
      const listed = (await snapshotOf('directory/coordinators')).get('coordinators') as {
        uid: string;
      }[];
      expect(listed.filter((c) => c.uid === coordinator.uid)).toHaveLength(1);

      const councilId = unique('council');
      const council = adminDb().doc(`councils/${councilId}`);
      const absent = await council.get();
      await council.set({
        kind: 'expert',
        name: { uk: `Експертна рада ${councilId}` },
        description: { uk: 'Рада, створена перевіркою повторних подій.' },
        theme: 'legislation',
        memberOrgs: [{ orgId, name: `ГО ${orgId}` }],
      });
      const councilEvent = writtenEvent(newEventId(), absent, await council.get(), { councilId });
      expect(await deliveredThrice(() => onCouncilWritten(councilEvent))).toEqual([]);
      const councils = (await snapshotOf('directory/councils')).get('councils') as {
        id: string;
        organisationCount: number;
      }[];
      expect(councils.filter((c) => c.id === councilId)).toEqual([
        expect.objectContaining({ id: councilId, organisationCount: 1 }),
      ]);
      // The stack's triggers are off: the list is rebuilt without it by hand.
      await council.delete();
      await rebuildCouncilDirectory();
    }));

  it('syncUserClaims: the claims follow the profile, a first role revokes nothing', () =>
    group.case(async () => {
      const person = await createTestUser();
      const profile = adminDb().doc(`users/${person.uid}`);
      const before = await profile.get();
      await profile.update({ role: 'staff' });
      const event = writtenEvent(newEventId(), before, await profile.get(), { uid: person.uid });
      const validAfter = (await adminAuth().getUser(person.uid)).tokensValidAfterTime;
      expect(await deliveredThrice(() => onUserWritten(event))).toEqual([]);
      const user = await adminAuth().getUser(person.uid);
      expect(user.customClaims).toEqual({ role: 'staff' });
      expect(user.tokensValidAfterTime).toBe(validAfter);
      expect((await profile.get()).get('claimsUpdatedAt')).toBeDefined();
    }));

  it('removeDeletedDraft: the draft’s remains go, whatever ran first', () =>
    group.case(async () => {
      const org = await organisationWithCoordinator('UA-18');
      const reportId = unique('draft');
      const draft = adminDb().doc(`reportDrafts/${reportId}`);
      await draft.set({ orgId: org.orgId, status: 'draft', createdBy: org.member.uid });
      await draft.collection('private').doc('personalData').set({ orgId: org.orgId, victims: [] });
      const deleted = await draft.get();
      await draft.delete();
      const event = createdEvent(deleted, { reportId });
      expect(await deliveredThrice(() => onReportDraftDeleted(event))).toEqual([]);
      expect((await draft.collection('private').get()).empty).toBe(true);
    }));
});
