import { userProfileSchema } from '../../../functions/src/domain/schemas/user.schema.js';
import { doc, getDoc, serverTimestamp, setDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { adminDb, unique } from '../../support/admin.js';
import { closedAfterEach, signIn, signUp } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import type { OrganisationProfile } from '../../../functions/src/domain/schemas/organisation.schema.js';
import { freshEdrpou, organisationProfile } from '../../support/organisations.js';

const track = closedAfterEach();

const newEmail = () => `${unique('applicant')}@test.spilno.test`.toLowerCase();

/** A report as the web form writes it, submitted at once. */
function submittedReport(orgId: string, uid: string) {
  return {
    title: 'Відмова у медичній допомозі в СІЗО',
    description:
      'Затриманому протягом тижня не надають медичної допомоги попри скарги на біль у серці.',
    incidentDate: '2026-11-10',
    regionCode: 'UA-46',
    locality: 'Львів',
    violator: { kind: 'state_body', name: 'Львівський слідчий ізолятор' },
    rights: ['health', 'deprived_of_liberty'],
    area: 'restoration',
    victimsCount: 1,
    vulnerableGroups: { children: false, disabilities: false, deprivedOfLiberty: true },
    urgent: false,
    consentToPublish: false,
    orgId,
    status: 'submitted',
    intake: 'web',
    createdBy: uid,
    createdAt: serverTimestamp(),
    updatedAt: serverTimestamp(),
  };
}

async function register(
  email: string,
  edrpou: string,
  regionCode?: OrganisationProfile['regionCode'],
) {
  const applicant = await track(signUp(email));
  const result = await applicant.call<{ orgId: string; outcome: string }>('orgAction', {
    action: 'register',
    organisation: organisationProfile(edrpou, regionCode ? { regionCode } : {}),
    applicant: { displayName: 'Олена Петренко', position: 'Голова правління' },
  });
  return { applicant, result };
}

describe('organisation registration and verification', () => {
  it('registers a pending organisation, makes the applicant its lead and tells staff, the coordinator and the applicant', async () => {
    const email = newEmail();
    const edrpou = freshEdrpou();
    const { applicant, result } = await register(email, edrpou);
    expect(result).toEqual({ orgId: edrpou, outcome: 'registered', coordinatorNotified: true });

    const org = (await adminDb().doc(`organisations/${edrpou}`).get()).data()!;
    expect(org).toMatchObject({
      status: 'pending',
      edrpou,
      regionCode: 'UA-46',
      createdBy: applicant.uid,
    });
    const token = await applicant.auth.currentUser!.getIdTokenResult(true);
    expect(token.claims).toMatchObject({ role: 'ngo_admin', orgId: edrpou });
    expect(
      (await adminDb().doc(`organisations/${edrpou}/members/${applicant.uid}`).get()).get('role'),
    ).toBe('ngo_admin');

    // The applicant's mail: the link that confirmed the address, then the receipt.
    const receipt = await eventually(async () => (await messagesTo(email))[1]);
    expect(receipt.subject).toBe('Заявку організації отримано');
    for (const reviewer of ['staff1@spilno.test', 'coordinator-lviv@spilno.test']) {
      await eventually(async () =>
        (await messagesTo(reviewer)).find((m) =>
          m.subject.includes('Волинська правозахисна група'),
        ),
      );
    }
    expect(
      (await messagesTo('coordinator-kyiv@spilno.test')).some((m) => m.text.includes(edrpou)),
    ).toBe(false);
    const audit = await adminDb()
      .collection('audit')
      .where('chain', '==', `organisation:${edrpou}`)
      .get();
    expect(audit.docs.map((d) => d.get('action'))).toEqual(['organisation.registered']);
  });

  it('says no coordinator was told when the region has none, and tells the Secretariat', async () => {
    // No test or demo account coordinates Кіровоградська область (UA-35).
    const coordinators = await adminDb()
      .collection('users')
      .where('regions', 'array-contains', 'UA-35')
      .get();
    expect(coordinators.empty).toBe(true);
    const edrpou = freshEdrpou();
    const { result } = await register(newEmail(), edrpou, 'UA-35');
    expect(result).toEqual({ orgId: edrpou, outcome: 'registered', coordinatorNotified: false });
    const notified = await adminDb()
      .collectionGroup('notifications')
      .where('event', '==', `organisation.submitted:${edrpou}`)
      .get();
    expect(notified.size).toBeGreaterThan(0);
    const roles = await Promise.all(
      notified.docs.map(async (notice) => (await notice.ref.parent.parent!.get()).get('role')),
    );
    expect(roles).not.toContain('coordinator');
    expect(roles).toContain('staff');
  });

  it('refuses a report from a pending organisation, and accepts it once staff verify the organisation', async () => {
    const email = newEmail();
    const edrpou = freshEdrpou();
    const { applicant } = await register(email, edrpou);
    await applicant.auth.currentUser!.getIdToken(true);
    await expect(
      setDoc(doc(applicant.db, 'reports', unique('r')), submittedReport(edrpou, applicant.uid)),
    ).rejects.toMatchObject({
      code: 'permission-denied',
    });

    const staff = await track(signIn('staff2@spilno.test'));
    expect(await staff.call('orgAction', { action: 'verify', orgId: edrpou })).toEqual({
      orgId: edrpou,
      status: 'verified',
    });
    await setDoc(doc(applicant.db, 'reports', unique('r')), submittedReport(edrpou, applicant.uid));

    const verified = await eventually(async () =>
      (await messagesTo(email)).find((m) => m.subject === 'Організацію підтверджено'),
    );
    expect(verified.text).toContain('Волинська правозахисна група');
    await expect(
      staff.call('orgAction', { action: 'verify', orgId: edrpou }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      message: expect.stringContaining('«Перевірена»'),
    });
  });

  it('rejects with a reason, emails it, keeps reports refused, and lets the lead correct and resubmit', async () => {
    const email = newEmail();
    const edrpou = freshEdrpou();
    const { applicant } = await register(email, edrpou);
    const admin = await track(signIn('admin@spilno.test'));
    await admin.call('orgAction', {
      action: 'reject',
      orgId: edrpou,
      reason: 'Назва не збігається з даними Єдиного державного реєстру.',
    });
    const rejection = await eventually(async () =>
      (await messagesTo(email)).find((m) => m.subject === 'Заявку організації відхилено'),
    );
    expect(rejection.text).toContain('Назва не збігається з даними Єдиного державного реєстру.');
    await applicant.auth.currentUser!.getIdToken(true);
    await expect(
      setDoc(doc(applicant.db, 'reports', unique('r')), submittedReport(edrpou, applicant.uid)),
    ).rejects.toMatchObject({
      code: 'permission-denied',
    });

    const { edrpou: _code, ...corrected } = organisationProfile(edrpou, {
      name: 'ГО «Волинська правозахисна група»',
    });
    await applicant.call('orgAction', {
      action: 'resubmit',
      orgId: edrpou,
      organisation: corrected,
    });
    const org = (await adminDb().doc(`organisations/${edrpou}`).get()).data()!;
    expect(org.status).toBe('pending');
    expect(org.name).toBe('ГО «Волинська правозахисна група»');
    expect(org.statusReason).toBeUndefined();
  });

  it('refuses verification by anyone but staff or an admin', async () => {
    const { result } = await register(newEmail(), freshEdrpou());
    for (const email of [
      'ngo-admin@spilno.test',
      'coordinator-lviv@spilno.test',
      'commissioner@spilno.test',
    ]) {
      const caller = await track(signIn(email));
      await expect(
        caller.call('orgAction', { action: 'verify', orgId: result.orgId }),
      ).rejects.toMatchObject({
        code: 'functions/permission-denied',
      });
    }
    expect((await adminDb().doc(`organisations/${result.orgId}`).get()).get('status')).toBe(
      'pending',
    );
  });

  it('explains a wrong EDRPOU check digit in Ukrainian and creates nothing', async () => {
    const applicant = await track(signUp(newEmail()));
    const edrpou = freshEdrpou();
    const wrong = `${edrpou.slice(0, 7)}${(Number(edrpou[7]) + 1) % 10}`;
    await expect(
      applicant.call('orgAction', {
        action: 'register',
        organisation: organisationProfile(wrong),
        applicant: { displayName: 'Олена Петренко' },
      }),
    ).rejects.toMatchObject({
      code: 'functions/invalid-argument',
      message: expect.stringContaining('контрольної цифри'),
    });
    expect((await adminDb().doc(`organisations/${wrong}`).get()).exists).toBe(false);
  });

  it('turns a second registration of the same code into a join request the lead approves', async () => {
    const edrpou = freshEdrpou();
    const leadEmail = newEmail();
    await register(leadEmail, edrpou);
    const second = await register(newEmail(), edrpou);
    expect(second.result).toEqual({ orgId: edrpou, outcome: 'join_requested' });
    expect(
      (await second.applicant.auth.currentUser!.getIdTokenResult(true)).claims.role,
    ).toBeUndefined();
    const request = await adminDb()
      .doc(`organisations/${edrpou}/joinRequests/${second.applicant.uid}`)
      .get();
    expect(request.get('status')).toBe('pending');
    // The applicant's profile is whole (it fits its schema, created time included).
    const applicantProfile = await adminDb().doc(`users/${second.applicant.uid}`).get();
    expect(userProfileSchema.safeParse(applicantProfile.data()).error?.issues).toBeUndefined();
    await eventually(async () =>
      (await messagesTo(leadEmail)).find((m) => m.subject.includes('просить приєднатися')),
    );

    const lead = await track(signIn(leadEmail));
    await lead.call('orgAction', {
      action: 'approveJoinRequest',
      orgId: edrpou,
      uid: second.applicant.uid,
    });
    const claims = (await second.applicant.auth.currentUser!.getIdTokenResult(true)).claims;
    expect(claims).toMatchObject({ role: 'ngo_member', orgId: edrpou });
    expect((await getDoc(doc(second.applicant.db, 'organisations', edrpou))).get('status')).toBe(
      'pending',
    );
  });

  it('publishes verified organisations that agreed, and only them, in the public directory', async () => {
    const listed = freshEdrpou();
    const unlisted = freshEdrpou();
    await register(newEmail(), listed);
    const other = await track(signUp(newEmail()));
    await other.call('orgAction', {
      action: 'register',
      organisation: organisationProfile(unlisted, {
        listedInDirectory: false,
        shortName: 'Тиха ГО',
      }),
      applicant: { displayName: 'Іван Іваненко' },
    });
    const staff = await track(signIn('staff1@spilno.test'));
    await staff.call('orgAction', { action: 'verify', orgId: listed });
    await staff.call('orgAction', { action: 'verify', orgId: unlisted });
    const partners = await eventually(async () => {
      const directory = (await adminDb().doc('directory/partners').get()).get('partners') as {
        orgId: string;
      }[];
      return directory.some((p) => p.orgId === listed) ? directory : undefined;
    });
    expect(partners.some((p) => p.orgId === unlisted)).toBe(false);
    const entry = partners.find((p) => p.orgId === listed)!;
    expect(Object.keys(entry).sort()).toEqual([
      'areas',
      'name',
      'orgId',
      'regionCode',
      'shortName',
      'website',
    ]);
  });
});
