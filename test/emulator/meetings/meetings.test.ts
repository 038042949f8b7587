import { afterEach, describe, expect, it } from 'vitest';
import { kyivDate } from '../../../functions/src/domain/kyiv-time.js';
import { sampleProposalContent } from '../../../functions/src/domain/proposals/proposal-fixtures.test-support.js';
import { proposalSchema } from '../../../functions/src/domain/schemas/proposal.schema.js';
import { ORG_DNIPRO } from '../../../scripts/demo/demo-data.js';
import { adminDb, unique } from '../../support/admin.js';
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

/** A council with a chair and a member, made by the administrator. */
async function councilWithMembers() {
  const admin = await as('admin@spilno.test');
  const { councilId } = await admin.call<{ councilId: string }>('councilAction', {
    action: 'create',
    council: {
      kind: 'advisory',
      name: { uk: 'Консультативна рада (тест засідань)' },
      description: { uk: 'Обговорює пропозиції експертних рад разом з Уповноваженим.' },
    },
  });
  const chair = await createTestUser({ role: 'ngo_admin', orgId: ORG_DNIPRO });
  const member = await createTestUser({ role: 'ngo_member', orgId: ORG_DNIPRO });
  for (const [person, role] of [
    [chair, 'chair'],
    [member, 'member'],
  ] as const) {
    await admin.call('councilAction', {
      action: 'addMember',
      councilId,
      member: { uid: person.uid, role, from: '2026-01-01' },
    });
  }
  return { councilId, chair, member };
}

/** An endorsed proposal of ORG_DNIPRO, as the proposals' workflow leaves it. */
async function endorsedProposal(councilId: string) {
  const id = unique('prop');
  const at = new Date();
  const proposal = proposalSchema.parse({
    ...sampleProposalContent(),
    councilId,
    leadOrgId: ORG_DNIPRO,
    orgIds: [ORG_DNIPRO],
    authors: [{ orgId: ORG_DNIPRO, name: 'ГО «Дніпро»' }],
    status: 'endorsed',
    number: `ЗП-2026-${String(Math.floor(Math.random() * 999_999)).padStart(6, '0')}`,
    version: 1,
    submittedAt: at,
    lastSubmittedAt: at,
    createdBy: 'demo-ngo-admin',
    createdAt: at,
    updatedAt: at,
  });
  await adminDb().doc(`proposals/${id}`).set(proposal);
  return { id, proposal };
}

/** Several callables and a mail delivery each: the shared test machine can be slow. */
const LONG = 120_000;

const inDays = (days: number) => kyivDate(new Date(Date.now() + days * 86_400_000));

const plan = (councilId: string, proposal: { id: string; number: string; title: string }) => ({
  councilId,
  title: 'Засідання Консультативної ради',
  date: inDays(10),
  time: '10:00',
  place: 'м. Київ, вул. Інститутська, 21/8',
  agenda: [
    {
      kind: 'proposal',
      key: 'p1',
      proposalId: proposal.id,
      number: proposal.number,
      title: proposal.title,
    },
    { kind: 'item', key: 'plan', title: 'Про план роботи на 2027 рік' },
  ],
});

const mailsOf = async (event: string) =>
  (await adminDb().collection('mail').where('event', '==', event).get()).docs.map((d) => d.data());

const line = (ics: string, name: string) =>
  ics
    .replace(/\r\n[ \t]/g, '')
    .split('\r\n')
    .find((l) => l.startsWith(`${name}:`));

describe('meetingAction', () => {
  it(
    'schedules, changes and records a meeting: invitations with one UID, the proposal discussed',
    async () => {
      const { councilId, chair, member } = await councilWithMembers();
      const { id: proposalId, proposal } = await endorsedProposal(councilId);
      const staff = await as('staff1@spilno.test');
      const scheduled = await staff.call<{ meetingId: string; sequence: number }>('meetingAction', {
        action: 'schedule',
        plan: plan(councilId, { id: proposalId, number: proposal.number, title: proposal.title }),
      });
      const { meetingId } = scheduled;
      expect(scheduled.sequence).toBe(0);
      const meeting = (await adminDb().doc(`meetings/${meetingId}`).get()).data()!;
      expect(meeting).toMatchObject({ councilId, status: 'planned', calendar: { sequence: 0 } });
      expect(meeting.calendar.uid).toMatch(new RegExp(`^meeting-${meetingId}@`));
      const onAgenda = (await adminDb().doc(`proposals/${proposalId}`).get()).data()!;
      expect(onAgenda).toMatchObject({ status: 'scheduled', agenda: { meetingId, councilId } });

      // Each member gets their own invitation: REQUEST, the meeting's UID, SEQUENCE 0.
      const invitations = await mailsOf(`meeting.scheduled:${meetingId}:0`);
      expect(invitations.map((m) => m.to).sort()).toEqual([chair.email, member.email].sort());
      for (const mail of invitations) {
        expect(mail.message.icalEvent.method).toBe('REQUEST');
        const ics = mail.message.icalEvent.content as string;
        expect(line(ics, 'UID')).toBe(`UID:${meeting.calendar.uid}`);
        expect(line(ics, 'SEQUENCE')).toBe('SEQUENCE:0');
        expect(line(ics, 'METHOD')).toBe('METHOD:REQUEST');
        const unfolded = ics.replace(/\r\n[ \t]/g, '');
        expect(unfolded).toContain(`mailto:${mail.to}`);
        expect(unfolded).not.toContain(mail.to === chair.email ? member.email : chair.email);
      }
      await eventually(async () => ((await messagesTo(member.email)).length ? true : undefined), {
        what: 'the invitation delivered',
        timeoutMs: 60_000,
      });

      // Moving it by an hour re-sends the invitation under the same UID with SEQUENCE 1.
      const changed = await staff.call<{ sequence: number }>('meetingAction', {
        action: 'updatePlan',
        meetingId,
        plan: {
          ...plan(councilId, { id: proposalId, number: proposal.number, title: proposal.title }),
          time: '11:00',
        },
      });
      expect(changed.sequence).toBe(1);
      const updates = await mailsOf(`meeting.changed:${meetingId}:1`);
      expect(updates).toHaveLength(2);
      const update = updates[0]!.message.icalEvent.content as string;
      expect(line(update, 'UID')).toBe(`UID:${meeting.calendar.uid}`);
      expect(line(update, 'SEQUENCE')).toBe('SEQUENCE:1');

      // A council member is not the Secretariat: recording is refused and changes nothing.
      const record = {
        attendance: [
          { uid: chair.uid, displayName: 'Тестова Особа', councilRole: 'chair', present: true },
          { uid: member.uid, displayName: 'Тестова Особа', councilRole: 'member', present: true },
        ],
        minutesText:
          'Протокол засідання: обговорили пропозицію щодо тримання під вартою та план роботи ради.',
        outcomes: [
          { key: 'p1', outcome: 'supported', note: 'Одноголосно' },
          { key: 'plan', outcome: 'noted' },
        ],
      };
      const chairClient = await signIn(chair.email);
      clients.push(chairClient);
      await expect(
        chairClient.call('meetingAction', { action: 'record', meetingId, record }),
      ).rejects.toMatchObject({
        code: 'functions/permission-denied',
        details: { code: 'WORKFLOW.ROLE_NOT_ALLOWED' },
      });
      expect((await adminDb().doc(`meetings/${meetingId}`).get()).get('status')).toBe('planned');

      // An outcome for every item is needed.
      await expect(
        staff.call('meetingAction', {
          action: 'record',
          meetingId,
          record: { ...record, outcomes: record.outcomes.slice(0, 1) },
        }),
      ).rejects.toMatchObject({ details: { code: 'MEETING.RECORD_INCOMPLETE' } });

      const recorded = await staff.call<{ quorum: { met: boolean; present: number } }>(
        'meetingAction',
        { action: 'record', meetingId, record },
      );
      expect(recorded.quorum).toMatchObject({ members: 2, present: 2, required: 2, met: true });
      const discussed = (await adminDb().doc(`proposals/${proposalId}`).get()).data()!;
      expect(discussed.status).toBe('discussed');
      expect(discussed.agenda).toBeUndefined();
      expect(discussed.discussion).toMatchObject({
        meetingId,
        councilId,
        heldOn: inDays(10),
        outcome: 'supported',
        note: 'Одноголосно',
      });
      const outcomeMails = await mailsOf(`meeting.outcome:${meetingId}`);
      expect(outcomeMails.map((m) => m.to)).toEqual(
        expect.arrayContaining([chair.email, member.email]),
      );
      expect(outcomeMails[0]!.message.icalEvent).toBeUndefined();
      const audit = (
        await adminDb().collection('audit').where('chain', '==', `proposal:${proposalId}`).get()
      ).docs
        .sort((a, b) => a.get('sequence') - b.get('sequence'))
        .map((d) => d.get('action'));
      expect(audit).toEqual(['proposal.scheduled', 'proposal.discussed']);

      await staff.call('meetingAction', { action: 'publish', meetingId });
      expect((await adminDb().doc(`meetings/${meetingId}`).get()).get('status')).toBe('published');
    },
    LONG,
  );

  it(
    'cancels with METHOD:CANCEL and puts the proposal back among the endorsed',
    async () => {
      const { councilId, member } = await councilWithMembers();
      const { id: proposalId, proposal } = await endorsedProposal(councilId);
      const staff = await as('staff1@spilno.test');
      const { meetingId } = await staff.call<{ meetingId: string }>('meetingAction', {
        action: 'schedule',
        plan: plan(councilId, { id: proposalId, number: proposal.number, title: proposal.title }),
      });
      const cancelled = await staff.call<{ sequence: number; status: string }>('meetingAction', {
        action: 'cancel',
        meetingId,
        reason: 'Перенесено на наступний місяць',
      });
      expect(cancelled).toMatchObject({ status: 'cancelled', sequence: 1 });
      expect((await adminDb().doc(`proposals/${proposalId}`).get()).get('status')).toBe('endorsed');
      const mails = await mailsOf(`meeting.cancelled:${meetingId}:1`);
      const toMember = mails.find((m) => m.to === member.email)!;
      expect(toMember.message.icalEvent.method).toBe('CANCEL');
      const ics = toMember.message.icalEvent.content as string;
      expect(line(ics, 'METHOD')).toBe('METHOD:CANCEL');
      expect(line(ics, 'STATUS')).toBe('STATUS:CANCELLED');
      expect(line(ics, 'SEQUENCE')).toBe('SEQUENCE:1');
    },
    LONG,
  );

  it(
    'refuses a meeting scheduled by anyone but staff, and a proposal that is not endorsed',
    async () => {
      const { councilId } = await councilWithMembers();
      const { id: proposalId, proposal } = await endorsedProposal(councilId);
      for (const email of ['admin@spilno.test', 'commissioner@spilno.test']) {
        const client = await as(email);
        await expect(
          client.call('meetingAction', {
            action: 'schedule',
            plan: plan(councilId, {
              id: proposalId,
              number: proposal.number,
              title: proposal.title,
            }),
          }),
        ).rejects.toMatchObject({ details: { code: 'MEETING.STAFF_ONLY' } });
      }
      await adminDb().doc(`proposals/${proposalId}`).update({ status: 'council_review' });
      const staff = await as('staff1@spilno.test');
      await expect(
        staff.call('meetingAction', {
          action: 'schedule',
          plan: plan(councilId, { id: proposalId, number: proposal.number, title: proposal.title }),
        }),
      ).rejects.toMatchObject({ details: { code: 'MEETING.PROPOSAL_NOT_ENDORSED' } });
      expect(
        (await adminDb().collection('meetings').where('councilId', '==', councilId).get()).empty,
      ).toBe(true);
    },
    LONG,
  );
});
