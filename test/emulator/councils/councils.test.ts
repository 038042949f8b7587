import { afterEach, describe, expect, it } from 'vitest';
import { kyivDate } from '../../../functions/src/domain/kyiv-time.js';
import { readCouncilDirectory } from '../../../functions/src/public-pages/public-directories.js';
import { ORG_DNIPRO } from '../../../scripts/demo/demo-data.js';
import { adminDb } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import { createTestUser } from '../../support/users.js';

const clients: SignedInClient[] = [];
async function as(email: string) {
  const client = await signIn(email);
  clients.push(client);
  return client;
}
afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

const EXPERT = {
  kind: 'expert',
  name: {
    uk: 'Експертна рада з питань прав людей похилого віку',
    en: 'Expert Council on Older Persons',
  },
  description: {
    uk: 'Готує пропозиції щодо догляду та соціальних послуг для людей похилого віку.',
  },
  theme: 'legislation',
  instruments: ['icescr', 'esc_revised'],
};

async function newCouncil(admin: SignedInClient, council: object = EXPERT) {
  return (await admin.call<{ councilId: string }>('councilAction', { action: 'create', council }))
    .councilId;
}

const councilDoc = async (id: string) => (await adminDb().doc(`councils/${id}`).get()).data()!;
/** The council's entry in the public list of councils, through the directory's schema. */
const listedCouncil = async (id: string) =>
  (await readCouncilDirectory())?.councils.find((council) => council.id === id);
const auditActions = async (id: string) =>
  (await adminDb().collection('audit').where('chain', '==', `council:${id}`).get()).docs
    .sort((a, b) => a.get('sequence') - b.get('sequence'))
    .map((d) => d.get('action'));

describe('councils: administrators keep them', () => {
  it('creates and edits a council, adds members, ends a membership and keeps its history', async () => {
    const admin = await as('admin@spilno.test');
    const chair = await createTestUser({ role: 'ngo_admin', orgId: ORG_DNIPRO });
    const member = await createTestUser({ role: 'ngo_member', orgId: ORG_DNIPRO });
    const id = await newCouncil(admin);
    expect(await councilDoc(id)).toMatchObject({
      name: EXPERT.name,
      theme: 'legislation',
      instruments: ['icescr', 'esc_revised'],
      quorum: { rule: 'more_than_half' },
      memberOrgs: [],
      createdBy: 'demo-admin',
    });

    await admin.call('councilAction', {
      action: 'update',
      councilId: id,
      council: { ...EXPERT, theme: 'prevention', instruments: ['icescr'] },
    });
    expect(await councilDoc(id)).toMatchObject({ theme: 'prevention', instruments: ['icescr'] });

    await admin.call('councilAction', {
      action: 'addMember',
      councilId: id,
      member: { uid: chair.uid, role: 'chair', from: '2026-01-01' },
    });
    await admin.call('councilAction', {
      action: 'addMember',
      councilId: id,
      member: { uid: member.uid, role: 'member', from: '2026-02-01' },
    });
    const withMembers = await councilDoc(id);
    expect(withMembers.chair).toEqual({
      displayName: 'Тестова Особа',
      orgName: expect.any(String),
    });
    expect(withMembers.memberOrgs).toEqual([{ orgId: ORG_DNIPRO, name: expect.any(String) }]);
    expect(JSON.stringify(withMembers)).not.toContain('@');
    // The public list (`directory/councils`) follows: the new theme, one organisation.
    await eventually(
      async () => {
        const listed = await listedCouncil(id);
        return listed?.theme === 'prevention' && listed.organisationCount === 1
          ? listed
          : undefined;
      },
      { what: `${id} in directory/councils`, timeoutMs: 60_000 },
    );
    expect(await listedCouncil(id)).toEqual({
      id,
      kind: 'expert',
      name: EXPERT.name,
      theme: 'prevention',
      organisationCount: 1,
    });
    expect((await adminDb().doc(`councils/${id}/members/${chair.uid}`).get()).data()).toMatchObject(
      { uid: chair.uid, email: chair.email, orgId: ORG_DNIPRO, role: 'chair', from: '2026-01-01' },
    );

    // A second chair in the same period is refused; nothing changes.
    const other = await createTestUser({ role: 'ngo_member', orgId: ORG_DNIPRO });
    await expect(
      admin.call('councilAction', {
        action: 'addMember',
        councilId: id,
        member: { uid: other.uid, role: 'chair', from: '2026-03-01' },
      }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      details: { code: 'COUNCIL.MEMBERSHIP_CONFLICT' },
    });

    const yesterday = kyivDate(new Date(Date.now() - 86_400_000));
    await admin.call('councilAction', {
      action: 'endMembership',
      councilId: id,
      uid: chair.uid,
      to: yesterday,
      reason: 'Склала повноваження',
    });
    expect((await adminDb().doc(`councils/${id}/members/${chair.uid}`).get()).exists).toBe(false);
    const history = await adminDb().doc(`councils/${id}/members/${chair.uid}__2026-01-01`).get();
    expect(history.data()).toMatchObject({
      role: 'chair',
      from: '2026-01-01',
      to: yesterday,
      endedBy: 'demo-admin',
      endReason: 'Склала повноваження',
    });
    expect((await councilDoc(id)).chair).toBeUndefined();

    // The other member may now take the chair.
    await admin.call('councilAction', {
      action: 'addMember',
      councilId: id,
      member: { uid: other.uid, role: 'chair', from: kyivDate(new Date()) },
    });
    expect((await councilDoc(id)).chair).toBeDefined();
    expect(await auditActions(id)).toEqual([
      'council.created',
      'council.updated',
      'council.member_added',
      'council.member_added',
      'council.membership_ended',
      'council.member_added',
    ]);
  });

  it('refuses everyone but an administrator, and an expert council without a theme', async () => {
    const admin = await as('admin@spilno.test');
    const id = await newCouncil(admin);
    for (const email of [
      'staff1@spilno.test',
      'commissioner@spilno.test',
      'ngo-admin@spilno.test',
    ]) {
      const person = await as(email);
      await expect(
        person.call('councilAction', { action: 'create', council: EXPERT }),
      ).rejects.toMatchObject({ details: { code: 'COUNCIL.ADMIN_ONLY' } });
      await expect(
        person.call('councilAction', {
          action: 'addMember',
          councilId: id,
          member: { uid: person.uid, role: 'chair', from: '2026-01-01' },
        }),
      ).rejects.toMatchObject({ code: 'functions/permission-denied' });
    }
    await expect(
      admin.call('councilAction', {
        action: 'create',
        council: { ...EXPERT, theme: undefined },
      }),
    ).rejects.toMatchObject({
      code: 'functions/invalid-argument',
      details: { problems: [expect.objectContaining({ field: 'council.theme' })] },
    });
    expect((await adminDb().collection(`councils/${id}/members`).get()).empty).toBe(true);
  });
});

describe('councils: applications', () => {
  async function councilWithChair() {
    const admin = await as('admin@spilno.test');
    const chair = await createTestUser({ role: 'ngo_admin', orgId: ORG_DNIPRO });
    const id = await newCouncil(admin);
    await admin.call('councilAction', {
      action: 'addMember',
      councilId: id,
      member: { uid: chair.uid, role: 'chair', from: '2026-01-01' },
    });
    return { id, chair };
  }

  it('takes an application, tells the chair and staff, and the chair accepts it', async () => {
    const { id, chair } = await councilWithChair();
    const applicant = await createTestUser({ role: 'ngo_member', orgId: ORG_DNIPRO });
    const client = await as(applicant.email);
    const motivation = 'Ми десять років супроводжуємо людей похилого віку в громадах.';
    const { applicationId } = await client.call<{ applicationId: string }>('councilAction', {
      action: 'apply',
      councilId: id,
      application: { motivation },
    });
    const toChair = await eventually(
      async () => (await messagesTo(chair.email)).find((m) => m.text.includes(motivation)),
      { what: 'the application mailed to the chair' },
    );
    expect(toChair.subject).toContain('Заява до ради');
    await eventually(
      async () => (await messagesTo('staff1@spilno.test')).find((m) => m.text.includes(motivation)),
      { what: 'the application mailed to staff' },
    );
    await expect(
      client.call('councilAction', { action: 'apply', councilId: id, application: { motivation } }),
    ).rejects.toMatchObject({ details: { code: 'COUNCIL.APPLICATION_PENDING' } });
    // Only the chair or staff decide; the applicant cannot accept themselves.
    await expect(
      client.call('councilAction', { action: 'acceptApplication', councilId: id, applicationId }),
    ).rejects.toMatchObject({ code: 'functions/permission-denied' });

    const chairClient = await as(chair.email);
    await chairClient.call('councilAction', {
      action: 'acceptApplication',
      councilId: id,
      applicationId,
    });
    const application = await adminDb().doc(`councils/${id}/applications/${applicationId}`).get();
    expect(application.data()).toMatchObject({ status: 'accepted', decidedBy: chair.uid });
    expect(
      (await adminDb().doc(`councils/${id}/members/${applicant.uid}`).get()).data(),
    ).toMatchObject({ role: 'member', from: kyivDate(new Date()), orgId: ORG_DNIPRO });
    const toApplicant = await eventually(
      async () =>
        (await messagesTo(applicant.email)).find((m) => m.subject.includes('Вас прийнято')),
      { what: 'the acceptance mailed to the applicant' },
    );
    expect(toApplicant.text).toContain(`/app/councils/${id}`);
    await expect(
      client.call('councilAction', { action: 'apply', councilId: id, application: { motivation } }),
    ).rejects.toMatchObject({ details: { code: 'COUNCIL.ALREADY_MEMBER' } });
    expect(await auditActions(id)).toEqual([
      'council.created',
      'council.member_added',
      'council.application_submitted',
      'council.application_accepted',
    ]);
  });

  it('lets staff decline with a reason, and the applicant is told', async () => {
    const { id } = await councilWithChair();
    const applicant = await createTestUser({ role: 'ngo_admin', orgId: ORG_DNIPRO });
    const client = await as(applicant.email);
    const { applicationId } = await client.call<{ applicationId: string }>('councilAction', {
      action: 'apply',
      councilId: id,
      application: { motivation: 'Хочемо долучитися до підготовки змін до законодавства.' },
    });
    const staff = await as('staff2@spilno.test');
    await staff.call('councilAction', {
      action: 'declineApplication',
      councilId: id,
      applicationId,
      reason: 'Рада зараз укомплектована; подайте заяву навесні.',
    });
    await eventually(
      async () =>
        (await messagesTo(applicant.email)).find((m) =>
          m.text.includes('Рада зараз укомплектована'),
        ),
      { what: 'the decline mailed to the applicant' },
    );
    expect((await adminDb().doc(`councils/${id}/members/${applicant.uid}`).get()).exists).toBe(
      false,
    );
    await expect(
      staff.call('councilAction', { action: 'acceptApplication', councilId: id, applicationId }),
    ).rejects.toMatchObject({ code: 'functions/failed-precondition' });
  });

  it('refuses the Advisory Council, an unverified organisation and staff as applicants', async () => {
    const admin = await as('admin@spilno.test');
    const advisory = await newCouncil(admin, { ...EXPERT, kind: 'advisory', theme: undefined });
    const expert = await newCouncil(admin);
    const application = { motivation: 'Наша організація працює з цими питаннями багато років.' };
    const verified = await as(
      (await createTestUser({ role: 'ngo_member', orgId: ORG_DNIPRO })).email,
    );
    await expect(
      verified.call('councilAction', { action: 'apply', councilId: advisory, application }),
    ).rejects.toMatchObject({ details: { code: 'COUNCIL.BY_APPOINTMENT' } });
    const pending = await as('ngo-pending@spilno.test');
    await expect(
      pending.call('councilAction', { action: 'apply', councilId: expert, application }),
    ).rejects.toMatchObject({ details: { code: 'WORKFLOW.ORGANISATION_NOT_VERIFIED' } });
    const staff = await as('staff1@spilno.test');
    await expect(
      staff.call('councilAction', { action: 'apply', councilId: expert, application }),
    ).rejects.toMatchObject({ details: { code: 'COUNCIL.APPLICANT_NOT_NGO' } });
    expect((await adminDb().collection(`councils/${expert}/applications`).get()).empty).toBe(true);
  });
});
