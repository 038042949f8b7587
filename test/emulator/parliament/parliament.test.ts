import { strFromU8, unzipSync } from 'fflate';
import { doc, getDoc } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { addCalendarDays, kyivDate } from '../../../functions/src/domain/kyiv-time.js';
import { sampleProposalContent } from '../../../functions/src/domain/proposals/proposal-fixtures.test-support.js';
import { proposalSchema } from '../../../functions/src/domain/schemas/proposal.schema.js';
import { remindOfOpenRecommendations } from '../../../functions/src/parliament/tracker-reminders.js';
import { ORG_KYIV } from '../../../scripts/demo/demo-data.js';
import { adminDb, unique } from '../../support/admin.js';
import { closedAfterEach, signIn, type SignedInClient } from '../../support/client.js';
import { councilWithMembers, SEEDED } from '../../support/councils.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import { twiceInAMinute } from '../../support/scheduled-runs.js';
import { stack } from '../../support/stack.js';

/**
 * After the Commissioner recommends a proposal: staff record the recommendation as sent
 * (`parliamentAction send`), the bill's stages and the outcome, which closes the proposal —
 * each step audited and mailed to the authors, the chair and staff; the wrong roles refused;
 * the letter downloadable as DOCX; the 30-day reminder sent once however often the job runs.
 */
const track = closedAfterEach();
const TODAY = kyivDate(new Date());

async function recommendedProposal() {
  const councilId = await councilWithMembers();
  const id = unique('proposal');
  const number = `ЗП-2026-${String(Math.floor(Math.random() * 900_000) + 100_000)}`;
  await adminDb()
    .doc(`proposals/${id}`)
    .set(
      proposalSchema.parse({
        ...sampleProposalContent(),
        councilId,
        leadOrgId: ORG_KYIV,
        orgIds: [ORG_KYIV],
        authors: [{ orgId: ORG_KYIV, name: 'ПІ «Гідність»' }],
        status: 'recommended',
        number,
        version: 1,
        submittedAt: SEEDED,
        lastSubmittedAt: SEEDED,
        discussion: {
          meetingId: 'meeting-1',
          councilId,
          heldOn: '2026-03-01',
          outcome: 'supported',
        },
        decision: {
          kind: 'recommend',
          rationale: 'Відповідає статті 5 Конвенції.',
          decidedBy: 'demo-commissioner',
          decidedAt: SEEDED,
        },
        createdBy: 'demo-ngo-member',
        createdAt: SEEDED,
        updatedAt: SEEDED,
      }),
    );
  return { id, number };
}

const code = (c: string) => ({ details: { code: c } });
const proposalDoc = async (id: string) => (await adminDb().doc(`proposals/${id}`).get()).data()!;
const auditActions = async (id: string) =>
  (await adminDb().collection('audit').where('chain', '==', `proposal:${id}`).get()).docs
    .sort((a, b) => a.get('sequence') - b.get('sequence'))
    .map((d) => d.get('action'));
/** Mail on a loaded machine can take a while: wait up to a minute, and say what did come. */
const mailAbout = async (address: string, ...needles: string[]) => {
  try {
    return await eventually(
      async () => {
        const found = (await messagesTo(address)).filter((m) =>
          needles.some((needle) => m.subject.includes(needle)),
        );
        return found.length ? found : undefined;
      },
      { what: `mail to ${address} about ${needles.join(' / ')}`, timeoutMs: 60_000 },
    );
  } catch (error) {
    const subjects = (await messagesTo(address)).map((m) => m.subject).slice(-8);
    throw new Error(`${String(error)}; the last subjects: ${JSON.stringify(subjects)}`);
  }
};
const EVERY_PARTY = ['ngo-admin@spilno.test', 'ngo-lviv@spilno.test', 'staff2@spilno.test'];

const SEND = {
  action: 'send',
  outgoingNumber: '01-12/3456',
  sentOn: TODAY,
  addressee: 'legal_policy',
  letterText:
    'Уповноважений Верховної Ради України з прав людини рекомендує внести зміни до статті 8 Закону України «Про попереднє ув’язнення».',
};

async function download(client: SignedInClient, id: string, file: string) {
  const token = await client.auth.currentUser!.getIdToken();
  return fetch(`${stack.webUrl}/api/proposals/${id}/${file}`, {
    headers: { Authorization: `Bearer ${token}` },
  });
}

describe('the recommendation to Parliament and its tracker', () => {
  it(
    'is recorded, followed through its stages and closed by its outcome, with mail',
    { timeout: 400_000 },
    async () => {
      const { id, number } = await recommendedProposal();
      const staff = await track(signIn('staff1@spilno.test'));
      const author = await track(signIn('ngo-member@spilno.test'));
      const chair = await track(signIn('ngo-lviv@spilno.test'));
      const coordinator = await track(signIn('coordinator-kyiv@spilno.test'));

      const stage = (client: SignedInClient, fields: Record<string, string>) =>
        client.call('parliamentAction', { action: 'recordStage', proposalId: id, ...fields });
      // The letter does not exist before the recommendation is sent.
      expect((await download(staff, id, 'recommendation-letter.docx')).status).toBe(404);

      // An NGO member, the chair and a coordinator cannot record it.
      for (const client of [author, chair, coordinator]) {
        await expect(
          client.call('parliamentAction', { ...SEND, proposalId: id }),
        ).rejects.toMatchObject(code('WORKFLOW.ROLE_NOT_ALLOWED'));
      }
      // Staff cannot record a stage before the recommendation is sent.
      await expect(
        stage(staff, {
          billNumber: '5655',
          stage: 'registered',
          date: TODAY,
        }),
      ).rejects.toMatchObject(code('WORKFLOW.NOT_ALLOWED_IN_STATE'));

      const sent = await staff.call<{ status: string }>('parliamentAction', {
        ...SEND,
        proposalId: id,
      });
      expect(sent.status).toBe('sent_to_parliament');
      expect(await proposalDoc(id)).toMatchObject({
        status: 'sent_to_parliament',
        recommendation: {
          outgoingNumber: '01-12/3456',
          sentOn: TODAY,
          addressee: 'legal_policy',
          addresseeName: { uk: 'Комітет Верховної Ради України з питань правової політики' },
          sentBy: 'demo-staff1',
        },
        tracker: { stages: [] },
      });
      for (const address of EVERY_PARTY) {
        await mailAbout(
          address,
          `Рекомендації щодо пропозиції ${number} направлено`,
          `Recommendation on proposal ${number} sent to Parliament`,
        );
      }

      // The letter and the table download as DOCX for the authors too.
      const letter = await download(author, id, 'recommendation-letter.docx');
      expect(letter.status).toBe(200);
      const xml = strFromU8(
        unzipSync(new Uint8Array(await letter.arrayBuffer()))['word/document.xml']!,
      );
      expect(xml).toContain('№ 01-12/3456');
      expect(xml).toContain('Комітет Верховної Ради України з питань правової політики');
      expect(xml).toContain('рекомендує внести зміни до статті 8');
      expect((await download(author, id, 'comparative-table.docx')).status).toBe(200);
      expect((await download(coordinator, id, 'recommendation-letter.docx')).status).toBe(403);

      // Stages: the number with the first; the chair and the authors cannot add one; an
      // impossible order is refused and changes nothing.
      await expect(
        stage(chair, {
          billNumber: '5655',
          stage: 'registered',
          date: TODAY,
        }),
      ).rejects.toMatchObject(code('WORKFLOW.ROLE_NOT_ALLOWED'));
      await expect(
        stage(staff, {
          stage: 'registered',
          date: TODAY,
        }),
      ).rejects.toMatchObject(code('PARLIAMENT.BILL_NUMBER_REQUIRED'));
      const registeredOn = addCalendarDays(TODAY, -20);
      await stage(staff, {
        billNumber: '№ 5655',
        stage: 'registered',
        date: registeredOn,
      });
      await expect(
        stage(staff, {
          stage: 'signed',
          date: TODAY,
        }),
      ).rejects.toMatchObject(code('PARLIAMENT.STAGE_REFUSED'));
      await expect(
        staff.call('parliamentAction', {
          action: 'recordOutcome',
          proposalId: id,
          outcome: 'adopted',
        }),
      ).rejects.toMatchObject(code('PARLIAMENT.OUTCOME_WITHOUT_ADOPTION'));
      await stage(staff, {
        stage: 'adopted_as_whole',
        date: TODAY,
        note: 'Прийнято 256 голосами.',
      });
      expect((await proposalDoc(id)).tracker).toEqual({
        billNumber: '5655',
        stages: [
          { stage: 'registered', date: registeredOn },
          { stage: 'adopted_as_whole', date: TODAY, note: 'Прийнято 256 голосами.' },
        ],
      });
      for (const address of EVERY_PARTY) {
        await mailAbout(
          address,
          'Законопроєкт № 5655: прийнято в цілому',
          'Bill No. 5655: adopted as a whole',
        );
      }

      // The outcome closes it; the authors read it.
      await expect(
        coordinator.call('parliamentAction', {
          action: 'recordOutcome',
          proposalId: id,
          outcome: 'partly',
        }),
      ).rejects.toMatchObject(code('WORKFLOW.ROLE_NOT_ALLOWED'));
      const closed = await staff.call<{ status: string }>('parliamentAction', {
        action: 'recordOutcome',
        proposalId: id,
        outcome: 'partly',
        note: 'Враховано положення про окреме тримання.',
      });
      expect(closed.status).toBe('closed');
      expect((await getDoc(doc(author.db, 'proposals', id))).data()).toMatchObject({
        status: 'closed',
        tracker: { outcome: 'partly', outcomeNote: 'Враховано положення про окреме тримання.' },
      });
      for (const address of EVERY_PARTY) {
        await mailAbout(
          address,
          `Пропозиція ${number}: рекомендацію враховано частково`,
          `Proposal ${number}: partly adopted`,
        );
      }
      await expect(
        stage(staff, {
          stage: 'signed',
          date: TODAY,
        }),
      ).rejects.toMatchObject(code('WORKFLOW.NOT_ALLOWED_IN_STATE'));

      expect(await auditActions(id)).toEqual([
        'proposal.sent_to_parliament',
        'proposal.parliament_result_recorded',
        'proposal.parliament_result_recorded',
        'proposal.closed',
      ]);
      const events = await adminDb().collection(`proposals/${id}/events`).get();
      expect(events.docs.map((d) => d.get('type')).sort()).toEqual(
        ['close', 'recordParliamentResult', 'recordParliamentResult', 'sendToParliament'].sort(),
      );
    },
  );

  it('reminds staff once per 30 days while the outcome is open', { timeout: 240_000 }, async () => {
    const { id, number } = await recommendedProposal();
    const staff = await track(signIn('staff1@spilno.test'));
    await staff.call('parliamentAction', {
      ...SEND,
      sentOn: addCalendarDays(TODAY, -31),
      proposalId: id,
    });
    const reminders = async () =>
      (await messagesTo('staff2@spilno.test')).filter(
        (m) => /Нагадування|Reminder/.test(m.subject) && m.subject.includes(number),
      );

    // Twice at once and once more: one reminder, one audit entry, the day recorded.
    await twiceInAMinute(() => remindOfOpenRecommendations());
    await mailAbout(
      'staff2@spilno.test',
      `Нагадування: що з рекомендацією ${number}`,
      `Reminder: what became of recommendation ${number}`,
    );
    expect((await proposalDoc(id)).tracker.lastReminderOn).toBe(TODAY);
    const audit = await adminDb()
      .collection('audit')
      .where('chain', '==', `proposal:${id}`)
      .where('action', '==', 'proposal.tracker_reminded')
      .get();
    expect(audit.size).toBe(1);
    // Authors are not reminded; only staff.
    expect(
      (await messagesTo('ngo-admin@spilno.test')).filter(
        (m) => /Нагадування|Reminder/.test(m.subject) && m.subject.includes(number),
      ),
    ).toEqual([]);
    // Thirty days on, the next one is due; an outcome stops them.
    const later = new Date(Date.now() + 30 * 86_400_000);
    await remindOfOpenRecommendations(later);
    expect((await proposalDoc(id)).tracker.lastReminderOn).toBe(kyivDate(later));
    await staff.call('parliamentAction', {
      action: 'recordOutcome',
      proposalId: id,
      outcome: 'not_adopted',
    });
    // Other proposals (the demo's) may still be open: this one is not reminded again.
    await remindOfOpenRecommendations(new Date(Date.now() + 90 * 86_400_000));
    expect((await proposalDoc(id)).tracker.lastReminderOn).toBe(kyivDate(later));
    const reminded = await adminDb()
      .collection('audit')
      .where('chain', '==', `proposal:${id}`)
      .where('action', '==', 'proposal.tracker_reminded')
      .get();
    expect(reminded.size).toBe(2);
    await eventually(async () => ((await reminders()).length === 2 ? true : undefined), {
      what: 'the second reminder, and no third',
      timeoutMs: 60_000,
    });
    expect((await reminders()).length).toBe(2);
  });
});
