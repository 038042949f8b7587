import { Timestamp } from 'firebase-admin/firestore';
import {
  collection,
  doc,
  getDoc,
  getDocs,
  orderBy,
  query,
  setDoc,
  where,
} from 'firebase/firestore';
import {
  matchesReportQuery,
  reportQueryKeys,
} from '../../../functions/src/domain/reports/report-search.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseRegistrationNumber } from '../../../functions/src/domain/registration-number.js';
import { adminDb, unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import {
  registeredOrReturned,
  reportContent,
  reportInStatus,
  saveDraft,
  submitDraft,
  submittedReportDocument,
} from '../../support/reports.js';
import { pdf, png } from '../../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { download, upload } from '../uploads/upload-helpers.js';

/**
 * The whole path of one report, as the issue describes it: an NGO submits; the number, the
 * routing, the deadline and the emails appear; staff assign, request information, the NGO
 * answers; the Commissioner decides; two measures are recorded; the report is closed — and
 * the NGO is emailed at every step. Wrong roles are refused along the way and change nothing.
 */
let org: Awaited<ReturnType<typeof verifiedOrganisation>>;
let ngo: SignedInClient;
const staff: Record<string, SignedInClient> = {};
let reportId: string;

async function as(email: string) {
  staff[email] ??= await signIn(email);
  return staff[email];
}

async function mailTo(address: string, subject: string | RegExp) {
  return eventually(
    async () =>
      (await messagesTo(address)).find((m) =>
        typeof subject === 'string' ? m.subject.includes(subject) : subject.test(m.subject),
      ),
    { what: `a mail to ${address} about ${String(subject)}` },
  );
}

beforeAll(async () => {
  org = await verifiedOrganisation('UA-30');
  ngo = await signIn(org.member.email);
});
afterAll(async () => {
  await Promise.all([ngo.close(), ...Object.values(staff).map((c) => c.close())]);
});

describe('a report from submission to closing', () => {
  it('registers a submitted report: number, routing, deadline, receipt and assignee emails', async () => {
    reportId = unique('report');
    // A draft first (autosaved, no function runs), so that the evidence can go with it; then
    // it is submitted: the report is created with the draft's id and the draft deleted.
    await saveDraft(ngo.db, reportId, org.orgId, ngo.uid);
    const ngoToken = await ngo.auth.currentUser!.getIdToken();
    for (const [name, data] of [
      ['Відеозапис затримання (кадр).png', png()],
      ['Скарга до поліції.pdf', pdf('Skarha')],
    ] as const) {
      const stored = await upload({ token: ngoToken, reportId, name, data });
      expect(stored.status, name).toBe(201);
    }
    await submitDraft(ngo.db, reportId, org.orgId, ngo.uid);

    const registered = await reportInStatus(reportId, ['registered']);
    const number = String(registered.get('number'));
    expect(parseRegistrationNumber(number)).toMatchObject({ kind: 'report', year: 2026 });
    expect(registered.get('assignees')).toEqual(['demo-coordinator-kyiv']);
    const days =
      ((registered.get('responseDeadline') as Timestamp).toMillis() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29);
    expect(days).toBeLessThan(31.1);

    const assigned = await mailTo('coordinator-kyiv@spilno.test', number);
    expect(assigned.text).toContain('Затримання активіста без протоколу');
    expect(assigned.text).not.toContain('Петренко');
    // The evidence went along: the assignee reads it, another organisation does not.
    const files = await adminDb().collection(`reports/${reportId}/attachments`).get();
    expect(files.docs.map((f) => f.get('contentType')).sort()).toEqual([
      'application/pdf',
      'image/png',
    ]);
    const coordinatorToken = await (
      await as('coordinator-kyiv@spilno.test')
    ).auth.currentUser!.getIdToken();
    const otherToken = await (await as('ngo-lviv@spilno.test')).auth.currentUser!.getIdToken();
    for (const file of files.docs) {
      expect((await download(coordinatorToken, reportId, file.id)).status).toBe(200);
      expect((await download(otherToken, reportId, file.id)).status).toBe(403);
    }
    const receipt = await mailTo(org.member.email, `№ ${number}`);
    expect(receipt.text).toContain(`/app/reports/${reportId}`);
    await mailTo(org.lead.email, `№ ${number}`);

    // The registration made it findable on the server, by its number and by words of its title
    // in other forms, in the queue of its region's coordinator.
    const coordinator = await as('coordinator-kyiv@spilno.test');
    const findBy = async (typed: string) => {
      const keys = reportQueryKeys(typed);
      const found = await getDocs(
        query(
          collection(coordinator.db, 'reports'),
          where('searchKeys', 'array-contains', keys[0]),
          where('status', 'in', ['registered', 'in_review']),
          where('regionCode', '==', 'UA-30'),
        ),
      );
      return found.docs
        .filter((d) => matchesReportQuery({ title: d.get('title'), number: d.get('number') }, keys))
        .map((d) => d.id);
    };
    expect(await findBy(number.toLowerCase())).toEqual([reportId]);
    expect(await findBy(String(Number(number.slice(-6))))).toContain(reportId);
    expect(await findBy('затриманого активіста')).toContain(reportId);
    expect(await findBy('затримання суддею')).not.toContain(reportId);
  });

  it('lets staff assign, start the review and ask for information, which pauses the deadline', async () => {
    const staff1 = await as('staff1@spilno.test');
    await staff1.call('reportAction', {
      action: 'assign',
      reportId,
      assignees: ['demo-coordinator-kyiv', 'demo-staff1'],
    });
    const number = String((await adminDb().doc(`reports/${reportId}`).get()).get('number'));
    await mailTo('staff1@spilno.test', number);
    // The organisation learns who handles its report.
    const told = await mailTo(org.member.email, `Звернення ${number}: призначено виконавців`);
    expect(told.text).toContain('Ірина Бондаренко');
    await staff1.call('reportAction', { action: 'startReview', reportId });
    await mailTo(org.member.email, 'На розгляді');

    const coordinator = await as('coordinator-kyiv@spilno.test');
    await coordinator.call('reportAction', {
      action: 'requestInfo',
      reportId,
      request: 'Просимо надіслати копію відеозапису затримання та контакти адвоката.',
    });
    const report = await adminDb().doc(`reports/${reportId}`).get();
    expect(report.get('status')).toBe('info_requested');
    expect(report.get('deadlinePausedAt')).toBeInstanceOf(Timestamp);
    const request = await mailTo(org.member.email, 'Запит додаткової інформації');
    expect(request.text).toContain('копію відеозапису');
  });

  it('lets the NGO answer: review resumes, the deadline is extended, the assignees are told', async () => {
    const before = (await adminDb().doc(`reports/${reportId}`).get()).get(
      'responseDeadline',
    ) as Timestamp;
    await ngo.call('reportAction', {
      action: 'provideInfo',
      reportId,
      answer: 'Відеозапис додаємо, адвокат — Іваненко О. П.',
    });
    const report = await adminDb().doc(`reports/${reportId}`).get();
    expect(report.get('status')).toBe('in_review');
    expect(report.get('deadlinePausedAt')).toBeNull();
    expect((report.get('responseDeadline') as Timestamp).toMillis()).toBeGreaterThan(
      before.toMillis(),
    );
    await mailTo('coordinator-kyiv@spilno.test', 'відповіла на запит');
    const thread = await getDocs(
      query(collection(ngo.db, 'reports', reportId, 'messages'), orderBy('createdAt')),
    );
    expect(thread.docs.map((m) => m.get('kind'))).toEqual(['info_request', 'info_response']);
  });

  it('refuses every wrong role, says why, and changes nothing', async () => {
    const attempts: [string, Record<string, unknown>, string][] = [
      [
        org.member.email,
        { action: 'decide', forms: ['submission'], rationale: 'Рішення від імені ГО' },
        'WORKFLOW.ROLE_NOT_ALLOWED',
      ],
      [
        'staff2@spilno.test',
        { action: 'decide', forms: ['submission'], rationale: 'Без повноважень' },
        'WORKFLOW.NO_DECISION_AUTHORITY',
      ],
      [
        'coordinator-lviv@spilno.test',
        { action: 'requestInfo', request: 'Запит з іншої області' },
        'WORKFLOW.NOT_IN_REGION',
      ],
      [
        'admin@spilno.test',
        { action: 'assign', assignees: ['demo-staff2'] },
        'WORKFLOW.ROLE_NOT_ALLOWED',
      ],
      [
        org.lead.email,
        { action: 'decide', forms: ['submission'], rationale: 'Рішення керівника ГО' },
        'WORKFLOW.ROLE_NOT_ALLOWED',
      ],
      [
        'coordinator-kyiv@spilno.test',
        { action: 'decide', forms: ['submission'], rationale: 'Рішення координатора' },
        'WORKFLOW.ROLE_NOT_ALLOWED',
      ],
      ['commissioner@spilno.test', { action: 'withdraw' }, 'WORKFLOW.ROLE_NOT_ALLOWED'],
      ['ngo-lviv@spilno.test', { action: 'withdraw' }, 'WORKFLOW.NOT_OWN_ORGANISATION'],
      [
        'staff1@spilno.test',
        { action: 'close', outcome: 'restored' },
        'WORKFLOW.NOT_ALLOWED_IN_STATE',
      ],
    ];
    const before = (await adminDb().doc(`reports/${reportId}`).get()).data();
    for (const [email, input, code] of attempts) {
      const caller = email === org.member.email ? ngo : await as(email);
      await expect(
        caller.call('reportAction', { ...input, reportId }),
        `${email} ${String(input.action)}`,
      ).rejects.toMatchObject({
        details: { code },
      });
    }
    expect((await adminDb().doc(`reports/${reportId}`).get()).data()).toEqual(before);
  });

  it('keeps the report, its thread and its personal data from another organisation', async () => {
    const other = await as('ngo-lviv@spilno.test');
    await expect(getDoc(doc(other.db, 'reports', reportId))).rejects.toMatchObject({
      code: 'permission-denied',
    });
    await expect(
      getDocs(collection(other.db, 'reports', reportId, 'messages')),
    ).rejects.toMatchObject({ code: 'permission-denied' });
    await expect(
      getDoc(doc(other.db, 'reports', reportId, 'private', 'personalData')),
    ).rejects.toMatchObject({
      code: 'permission-denied',
    });
  });

  it('shows personal data to an assignee only through the server, and audits every view', async () => {
    const coordinator = await as('coordinator-kyiv@spilno.test');
    const data = await coordinator.call<{ victims: { fullName: string }[] }>('reportAction', {
      action: 'viewPersonalData',
      reportId,
    });
    expect(data.victims[0]!.fullName).toBe('Петренко Василь Іванович');
    await expect(
      getDoc(doc(coordinator.db, 'reports', reportId, 'private', 'personalData')),
    ).rejects.toMatchObject({
      code: 'permission-denied',
    });
    const staff2 = await as('staff2@spilno.test');
    await expect(
      staff2.call('reportAction', { action: 'viewPersonalData', reportId }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
    const views = await adminDb()
      .collection('audit')
      .where('chain', '==', `report:${reportId}`)
      .where('action', '==', 'report.personal_data_viewed')
      .get();
    expect(views.docs.map((d) => d.get('actor.uid'))).toEqual(['demo-coordinator-kyiv']);
  });

  it('lets the Commissioner decide, staff record two measures and close; the NGO hears of each', async () => {
    const commissioner = await as('commissioner@spilno.test');
    await commissioner.call('reportAction', {
      action: 'decide',
      reportId,
      forms: ['submission', 'monitoring_visit'],
      rationale: 'Затримання без протоколу порушує статтю 29 Конституції України.',
    });
    const decided = await mailTo(org.member.email, 'Рішення щодо звернення');
    expect(decided.text).toContain('Подання до органу влади');
    expect(decided.text).toContain('Моніторинговий візит');

    const staff1 = await as('staff1@spilno.test');
    for (const [type, addressee] of [
      ['submission_sent', 'Начальнику ГУНП у м. Києві'],
      ['monitoring_visit', 'Ізолятор тимчасового тримання ГУНП у м. Києві'],
    ] as const) {
      await staff1.call('reportAction', {
        action: 'recordMeasure',
        reportId,
        measure: {
          type,
          date: '2026-11-20',
          addressee,
          outgoingNumber: `${type === 'submission_sent' ? 1 : 2}/2026-вих`,
        },
      });
    }
    await eventually(async () => {
      const measures = (await messagesTo(org.member.email)).filter((m) =>
        m.subject.includes('Вжито захід'),
      );
      return measures.length === 2 ? measures : undefined;
    });
    const measures = await getDocs(collection(ngo.db, 'reports', reportId, 'measures'));
    expect(measures.docs.map((m) => m.get('type')).sort()).toEqual([
      'monitoring_visit',
      'submission_sent',
    ]);

    const coordinator = await as('coordinator-kyiv@spilno.test');
    await coordinator.call('reportAction', {
      action: 'close',
      reportId,
      outcome: 'partly_restored',
    });
    const closed = await mailTo(org.member.email, 'Розгляд звернення');
    expect(closed.text).toContain('Права відновлено частково');
  });

  it('shows the NGO the whole timeline, and the audit chain is intact until someone tampers with it', async () => {
    const events = await getDocs(
      query(collection(ngo.db, 'reports', reportId, 'events'), orderBy('at')),
    );
    expect(events.docs.map((e) => e.get('type'))).toEqual([
      'registered',
      'assign',
      'startReview',
      'requestInfo',
      'provideInfo',
      'decide',
      'recordMeasure',
      'recordMeasure',
      'close',
    ]);
    const admin = await as('admin@spilno.test');
    const chain = `report:${reportId}`;
    // registered, assign, startReview, requestInfo, provideInfo, personal_data_viewed, decide,
    // recordMeasure ×2, close: ten entries, each carrying the hash of the one before.
    expect(await admin.call('auditAction', { action: 'verifyChain', chain })).toMatchObject({
      intact: true,
      length: 10,
    });

    const entries = await adminDb()
      .collection('audit')
      .where('chain', '==', chain)
      .where('action', '==', 'report.decided')
      .get();
    await entries.docs[0]!.ref.update({ 'details.forms': ['explain_remedies'] });
    expect(await admin.call('auditAction', { action: 'verifyChain', chain })).toMatchObject({
      intact: false,
      reason: 'hash_mismatch',
    });
  });
});

describe('around the path', () => {
  it('sends a report that slipped past the form back to draft and tells the NGO why', async () => {
    const own = await verifiedOrganisation('UA-46');
    const client = await signIn(own.member.email);
    try {
      const id = unique('report');
      await setDoc(doc(client.db, 'reports', id), {
        ...submittedReportDocument(own.orgId, client.uid, reportContent({ regionCode: 'UA-46' })),
        rights: ['flying'],
      });
      // Back in the organisation's drafts with the reasons, and the report gone until it is
      // resubmitted; the field that does not fit is left out (the rules would refuse it).
      const { outcome, draft: refused } = await registeredOrReturned(id);
      expect(outcome).toBe('returned');
      expect(refused?.get('rights')).toBeUndefined();
      expect(refused?.get('title')).toBe(reportContent().title);
      expect(refused?.get('submissionProblems')).toEqual([
        { field: 'rights.0', message: 'Оберіть право зі списку', code: 'FIELD.CHOOSE_FROM_LIST' },
      ]);
      const mail = await mailTo(own.member.email, 'не прийнято');
      expect(mail.text).toContain('Оберіть право зі списку');
    } finally {
      await client.close();
    }
  });

  it('sends back a report whose content fits but whose other fields do not, naming the field', async () => {
    const own = await verifiedOrganisation('UA-46');
    const id = unique('report');
    // Written past the rules (they refuse it from a client): the registration is the gate all
    // the same, so the report is never registered half-readable.
    await adminDb()
      .doc(`reports/${id}`)
      .set({
        ...submittedReportDocument(
          own.orgId,
          own.member.uid,
          reportContent({ regionCode: 'UA-46' }),
        ),
        intakeBy: 42,
        createdAt: Timestamp.now(),
        updatedAt: Timestamp.now(),
      });
    const { outcome, draft } = await registeredOrReturned(id);
    expect(outcome).toBe('returned');
    expect((draft?.get('submissionProblems') as { field: string }[]).map((p) => p.field)).toEqual([
      'intakeBy',
    ]);
  });

  it('sends an urgent report to the Commissioner at once', async () => {
    const own = await verifiedOrganisation('UA-63');
    const client = await signIn(own.member.email);
    try {
      const id = unique('report');
      await setDoc(
        doc(client.db, 'reports', id),
        submittedReportDocument(
          own.orgId,
          client.uid,
          reportContent({
            regionCode: 'UA-63',
            urgent: true,
            urgencyReason: 'Затриманому з діабетом не дають інсулін третю добу.',
          }),
        ),
      );
      const number = String((await reportInStatus(id, ['registered'])).get('number'));
      const urgent = await mailTo('commissioner@spilno.test', `ТЕРМІНОВО: звернення ${number}`);
      expect(urgent.text).toContain('не дають інсулін');
      // No coordinator covers Kharkiv region in the demo data: the report waits in the staff queue.
      await mailTo('staff2@spilno.test', number);
    } finally {
      await client.close();
    }
  });

  it('refuses submissions over the daily limit of an organisation, with the reason', async () => {
    const own = await verifiedOrganisation('UA-05');
    const client = await signIn(own.member.email);
    try {
      const ids = Array.from({ length: 9 }, () => unique('report'));
      for (const id of ids) {
        await setDoc(
          doc(client.db, 'reports', id),
          submittedReportDocument(own.orgId, client.uid, reportContent({ regionCode: 'UA-05' })),
        );
      }
      const outcomes = await Promise.all(ids.map((id) => registeredOrReturned(id)));
      const refused = outcomes.flatMap((r) => (r.outcome === 'returned' ? [r.draft] : []));
      expect(refused).toHaveLength(1);
      expect(String(refused[0]!.get('submissionProblems')[0].message)).toContain(
        'максимальну кількість звернень за добу (8)',
      );
      expect(String(refused[0]!.get('submissionProblems')[0].messageEn)).toContain(
        'most reports allowed in a day (8)',
      );
    } finally {
      await client.close();
    }
  });

  it('registers a report staff took by post on behalf of an organisation, recorded as such', async () => {
    const own = await verifiedOrganisation('UA-30');
    const staff2 = await as('staff2@spilno.test');
    const { reportId: id } = await staff2.call<{ reportId: string }>('reportAction', {
      action: 'intake',
      orgId: own.orgId,
      channel: 'post',
      report: reportContent(),
    });
    const registered = await reportInStatus(id, ['registered']);
    expect(registered.get('intake')).toBe('post');
    expect(registered.get('intakeBy')).toBe('demo-staff2');
    await mailTo(own.lead.email, String(registered.get('number')));
  });

  it('shows staff a likely duplicate from another organisation', async () => {
    const first = await verifiedOrganisation('UA-32');
    const second = await verifiedOrganisation('UA-32');
    const content = reportContent({
      regionCode: 'UA-32',
      incidentDate: '2026-11-03',
      violator: { kind: 'local_government', name: 'Бучанська міська рада' },
    });
    const ids: string[] = [];
    for (const [own, date] of [
      [first, '2026-11-03'],
      [second, '2026-11-05'],
    ] as const) {
      const client = await signIn(own.member.email);
      const id = unique('report');
      await setDoc(
        doc(client.db, 'reports', id),
        submittedReportDocument(own.orgId, client.uid, { ...content, incidentDate: date }),
      );
      await reportInStatus(id, ['registered']);
      ids.push(id);
      await client.close();
    }
    const triage = await adminDb().doc(`reports/${ids[1]}/internal/triage`).get();
    expect(triage.get('possibleDuplicates')).toEqual([
      expect.objectContaining({
        reportId: ids[0],
        reasons: ['same_region', 'close_dates', 'same_violator'],
      }),
    ]);
    // The older report learns of the newer one too, with its number.
    const older = await adminDb().doc(`reports/${ids[0]}/internal/triage`).get();
    const newerNumber = (await adminDb().doc(`reports/${ids[1]}`).get()).get('number');
    expect(older.get('possibleDuplicates')).toEqual([
      expect.objectContaining({ reportId: ids[1], number: newerNumber }),
    ]);
    const staff1 = await as('staff1@spilno.test');
    await staff1.call('reportAction', {
      action: 'linkDuplicate',
      reportId: ids[1],
      otherReportId: ids[0],
    });
    expect((await adminDb().doc(`reports/${ids[0]}`).get()).get('linkedReports')).toEqual([ids[1]]);
  });

  it('lets the NGO withdraw before a decision, not after', async () => {
    const own = await verifiedOrganisation('UA-30');
    const client = await signIn(own.member.email);
    try {
      const id = unique('report');
      await setDoc(doc(client.db, 'reports', id), submittedReportDocument(own.orgId, client.uid));
      await reportInStatus(id, ['registered']);
      await client.call('reportAction', {
        action: 'withdraw',
        reportId: id,
        reason: 'Питання вирішено мирно',
      });
      expect((await adminDb().doc(`reports/${id}`).get()).get('status')).toBe('withdrawn');
      await expect(
        client.call('reportAction', { action: 'withdraw', reportId: id }),
      ).rejects.toMatchObject({
        details: { code: 'WORKFLOW.NOT_ALLOWED_IN_STATE' },
      });
    } finally {
      await client.close();
    }
  });
});
