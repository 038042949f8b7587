import { doc, getDoc, setDoc, deleteDoc, serverTimestamp } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { kyivDate } from '../../../functions/src/domain/kyiv-time.js';
import { sampleProposalContent } from '../../../functions/src/domain/proposals/proposal-fixtures.test-support.js';
import { ORG_KHARKIV, ORG_KYIV } from '../../../scripts/demo/demo-data.js';
import { adminDb, unique } from '../../support/admin.js';
import { closedAfterEach, signIn } from '../../support/client.js';
import { councilWithMembers } from '../../support/councils.js';
import { eventually, messagesTo } from '../../support/mailbox.js';

/**
 * A legislative proposal from its draft to the Commissioner's decision, through the callable
 * as the web client calls it: a council member writes the draft in the browser, submits it
 * (a number and version 1), the chair takes it into review and returns it, the authors
 * resubmit (version 2), the chair endorses it, staff put it on a meeting's agenda and record
 * the meeting (`meetingAction`), and the Commissioner decides — with the audit chain, the timeline
 * and the mail to each party. Wrong roles are refused with the workflow's codes.
 */
const track = closedAfterEach();
const code = (c: string) => ({ details: { code: c } });
const proposalDoc = async (id: string) => (await adminDb().doc(`proposals/${id}`).get()).data()!;
const auditActions = async (id: string) =>
  (await adminDb().collection('audit').where('chain', '==', `proposal:${id}`).get()).docs
    .sort((a, b) => a.get('sequence') - b.get('sequence'))
    .map((d) => d.get('action'));
const mailAbout = (address: string, needle: string) =>
  eventually(
    async () => {
      const found = (await messagesTo(address)).filter((m) => m.subject.includes(needle));
      return found.length ? found : undefined;
    },
    { what: `mail to ${address} about ${needle}` },
  );

describe('proposals: from the draft to the Commissioner’s decision', () => {
  it(
    'goes through council review, a return, endorsement and the decision, with mail',
    { timeout: 180_000 },
    async () => {
      const councilId = await councilWithMembers();
      const author = await track(signIn('ngo-member@spilno.test'));
      const chair = await track(signIn('ngo-lviv@spilno.test'));
      const commissioner = await track(signIn('commissioner@spilno.test'));
      const staff = await track(signIn('staff1@spilno.test'));

      // The author's browser writes the draft (no function runs per autosave).
      const id = unique('proposal');
      const content = sampleProposalContent();
      await setDoc(doc(author.db, 'proposalDrafts', id), {
        title: content.title,
        problem: content.problem,
        councilId,
        leadOrgId: ORG_KYIV,
        orgIds: [ORG_KYIV],
        locked: false,
        createdBy: author.uid,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
      // Submitting half a proposal names what is missing.
      await expect(
        author.call('proposalAction', { action: 'submit', proposalId: id }),
      ).rejects.toMatchObject(code('PROPOSAL.INCOMPLETE'));
      await setDoc(
        doc(author.db, 'proposalDrafts', id),
        {
          draftLawTitle: content.draftLawTitle,
          legalActs: content.legalActs,
          internationalStandards: content.internationalStandards,
          caseLaw: content.caseLaw,
          justification: content.justification,
          expectedEffect: content.expectedEffect,
          comparativeTable: content.comparativeTable,
          updatedAt: serverTimestamp(),
        },
        { merge: true },
      );

      // The chair cannot endorse what is not submitted; a stranger cannot submit.
      await expect(
        chair.call('proposalAction', { action: 'endorse', proposalId: id }),
      ).rejects.toMatchObject(code('WORKFLOW.NOT_ALLOWED_IN_STATE'));

      const submitted = await author.call<{ number: string; status: string }>('proposalAction', {
        action: 'submit',
        proposalId: id,
      });
      expect(submitted.status).toBe('submitted');
      expect(submitted.number).toMatch(/^ЗП-\d{4}-\d{6}$/);
      const number = submitted.number;
      expect(await proposalDoc(id)).toMatchObject({
        status: 'submitted',
        number,
        version: 1,
        orgIds: [ORG_KYIV],
        comparativeTable: content.comparativeTable,
      });
      // The draft is locked: the browser can no longer change it.
      await expect(
        setDoc(
          doc(author.db, 'proposalDrafts', id),
          { problem: 'Інакше сформульована проблема.', updatedAt: serverTimestamp() },
          { merge: true },
        ),
      ).rejects.toMatchObject({ code: 'permission-denied' });
      await mailAbout('ngo-lviv@spilno.test', number);
      await mailAbout('staff1@spilno.test', number);

      // The author may not endorse; staff may not endorse (the chair only).
      await chair.call('proposalAction', { action: 'startCouncilReview', proposalId: id });
      await expect(
        author.call('proposalAction', { action: 'endorse', proposalId: id }),
      ).rejects.toMatchObject(code('WORKFLOW.NOT_COUNCIL_CHAIR'));
      await expect(
        staff.call('proposalAction', { action: 'endorse', proposalId: id }),
      ).rejects.toMatchObject(code('WORKFLOW.ROLE_NOT_ALLOWED'));

      // A council member comments; the authors are told.
      await chair.call('proposalAction', {
        action: 'comment',
        proposalId: id,
        text: 'Уточніть, чи стосується зміна лише обвинувачених.',
      });
      await mailAbout('ngo-admin@spilno.test', `Новий коментар до пропозиції ${number}`);

      // Returned: the draft opens again; the authors change it and resubmit (version 2).
      await chair.call('proposalAction', {
        action: 'return',
        proposalId: id,
        reason: 'Додайте обґрунтування щодо строків тримання під вартою.',
      });
      expect((await proposalDoc(id)).status).toBe('returned');
      await mailAbout('ngo-admin@spilno.test', `Пропозицію ${number} повернуто`);
      await setDoc(
        doc(author.db, 'proposalDrafts', id),
        {
          expectedEffect: 'Ніхто не триматиметься під вартою без чинного рішення суду.',
          updatedAt: serverTimestamp(),
        },
        { merge: true },
      );
      await author.call('proposalAction', { action: 'resubmit', proposalId: id });
      const resubmitted = await proposalDoc(id);
      expect(resubmitted).toMatchObject({ status: 'council_review', version: 2, number });
      const versions = await adminDb().collection(`proposals/${id}/versions`).get();
      expect(versions.docs.map((d) => d.id).sort()).toEqual(['1', '2']);
      expect(versions.docs.find((d) => d.id === '1')!.get('content.expectedEffect')).toBe(
        content.expectedEffect,
      );

      // The chair endorses: the Commissioner is told too.
      await chair.call('proposalAction', {
        action: 'endorse',
        proposalId: id,
        note: 'Рада підтримує пропозицію.',
      });
      expect((await proposalDoc(id)).status).toBe('endorsed');
      await mailAbout('commissioner@spilno.test', `Пропозицію ${number} схвалено`);
      await mailAbout('ngo-admin@spilno.test', `Пропозицію ${number} схвалено`);

      // The Commissioner cannot decide before a meeting has discussed it.
      await expect(
        commissioner.call('proposalAction', {
          action: 'decide',
          proposalId: id,
          decision: 'recommend',
          rationale: 'Відповідає статті 5 Конвенції.',
        }),
      ).rejects.toMatchObject(code('WORKFLOW.NOT_ALLOWED_IN_STATE'));
      // A meeting of the council discusses it (meetingAction, as staff do it): scheduled with
      // the proposal on its agenda, then recorded with its outcome, which moves it to
      // `discussed`.
      const endorsed = (await adminDb().doc(`proposals/${id}`).get()).data()!;
      const { meetingId } = await staff.call<{ meetingId: string }>('meetingAction', {
        action: 'schedule',
        plan: {
          councilId,
          title: 'Засідання експертної ради',
          date: kyivDate(new Date(Date.now() + 7 * 86_400_000)),
          time: '10:00',
          place: 'м. Київ, вул. Інститутська, 21/8',
          agenda: [
            {
              kind: 'proposal',
              key: 'p1',
              proposalId: id,
              number: endorsed.number,
              title: endorsed.title,
            },
          ],
        },
      });
      expect((await adminDb().doc(`proposals/${id}`).get()).get('status')).toBe('scheduled');
      await staff.call('meetingAction', {
        action: 'record',
        meetingId,
        record: {
          attendance: [
            { uid: 'demo-ngo-lviv', displayName: 'Голова', councilRole: 'chair', present: true },
            { uid: 'demo-ngo-member', displayName: 'Член', councilRole: 'member', present: true },
          ],
          minutesText:
            'Протокол засідання: обговорили пропозицію щодо тримання під вартою та підтримали її.',
          outcomes: [{ key: 'p1', outcome: 'supported' }],
        },
      });
      expect((await adminDb().doc(`proposals/${id}`).get()).data()).toMatchObject({
        status: 'discussed',
        discussion: { meetingId, councilId, outcome: 'supported' },
      });
      // Staff and the chair cannot decide; the Commissioner does, with a rationale.
      for (const client of [staff, chair]) {
        await expect(
          client.call('proposalAction', {
            action: 'decide',
            proposalId: id,
            decision: 'recommend',
            rationale: 'Відповідає статті 5 Конвенції.',
          }),
        ).rejects.toMatchObject(code('WORKFLOW.ROLE_NOT_ALLOWED'));
      }
      await commissioner.call('proposalAction', {
        action: 'decide',
        proposalId: id,
        decision: 'recommend',
        rationale: 'Відповідає статті 5 Конвенції та практиці ЄСПЛ.',
      });
      expect(await proposalDoc(id)).toMatchObject({
        status: 'recommended',
        decision: { kind: 'recommend', decidedBy: 'demo-commissioner' },
      });
      await mailAbout('ngo-admin@spilno.test', `Рішення Уповноваженого щодо пропозиції ${number}`);

      expect(await auditActions(id)).toEqual([
        'proposal.submitted',
        'proposal.review_started',
        'proposal.commented',
        'proposal.returned',
        'proposal.resubmitted',
        'proposal.endorsed',
        'proposal.scheduled',
        'proposal.discussed',
        'proposal.recommended',
      ]);
      const events = await adminDb().collection(`proposals/${id}/events`).get();
      expect(events.docs.map((d) => d.get('toStatus')).sort()).toEqual(
        [
          'submitted',
          'council_review',
          'returned',
          'council_review',
          'endorsed',
          'recommended',
        ].sort(),
      );
      // The authors read the proposal and its versions; the draft is theirs alone.
      expect((await getDoc(doc(author.db, 'proposals', id))).data()?.status).toBe('recommended');
      await expect(getDoc(doc(staff.db, 'proposalDrafts', id))).rejects.toMatchObject({
        code: 'permission-denied',
      });
    },
  );

  it(
    'keeps an invited organisation out until its lead accepts; a non-member cannot read drafts',
    { timeout: 120_000 },
    async () => {
      const councilId = await councilWithMembers();
      const author = await track(signIn('ngo-member@spilno.test'));
      const invitedLead = await track(signIn('ngo-kharkiv@spilno.test'));
      const id = unique('proposal');
      await setDoc(doc(author.db, 'proposalDrafts', id), {
        title: 'Спільна пропозиція',
        councilId,
        leadOrgId: ORG_KYIV,
        orgIds: [ORG_KYIV],
        locked: false,
        createdBy: author.uid,
        createdAt: serverTimestamp(),
        updatedAt: serverTimestamp(),
      });
      const kharkiv = ORG_KHARKIV;
      // Not on the council and not an author: neither reads nor deletes the draft.
      await expect(getDoc(doc(invitedLead.db, 'proposalDrafts', id))).rejects.toMatchObject({
        code: 'permission-denied',
      });
      const invited = await author.call<{ invitationId: string }>('proposalAction', {
        action: 'inviteCoAuthor',
        proposalId: id,
        orgId: kharkiv,
      });
      await mailAbout('ngo-kharkiv@spilno.test', 'Спільна пропозиція');
      await expect(getDoc(doc(invitedLead.db, 'proposalDrafts', id))).rejects.toMatchObject({
        code: 'permission-denied',
      });
      await expect(deleteDoc(doc(invitedLead.db, 'proposalDrafts', id))).rejects.toMatchObject({
        code: 'permission-denied',
      });
      // The author cannot answer for the invited organisation.
      await expect(
        author.call('proposalAction', {
          action: 'acceptCoAuthorship',
          invitationId: invited.invitationId,
        }),
      ).rejects.toMatchObject(code('WORKFLOW.ROLE_NOT_ALLOWED'));
      await invitedLead.call('proposalAction', {
        action: 'acceptCoAuthorship',
        invitationId: invited.invitationId,
      });
      expect((await adminDb().doc(`proposalDrafts/${id}`).get()).get('orgIds')).toEqual([
        ORG_KYIV,
        kharkiv,
      ]);
      expect((await getDoc(doc(invitedLead.db, 'proposalDrafts', id))).exists()).toBe(true);
      expect(await auditActions(id)).toEqual([
        'proposal.co_author_invited',
        'proposal.co_author_accepted',
      ]);
    },
  );
});
