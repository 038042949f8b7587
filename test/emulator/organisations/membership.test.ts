import { Timestamp } from 'firebase-admin/firestore';
import { collection, getDocs, query, where } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { invitationIdOf } from '../../../functions/src/organisations/invitations.js';
import { adminDb, unique } from '../../support/admin.js';
import { closedAfterEach, signIn, signUp, type SignedInClient } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import { organisationWithNewLead } from '../../support/organisations.js';

const track = closedAfterEach();

const newEmail = (prefix = 'person') => `${unique(prefix)}@test.spilno.test`.toLowerCase();
const joiner = { displayName: 'Андрій Мельничук', position: 'Волонтер' };

/** A verified organisation with a lead, ready to invite. */
const organisationWithLead = () => organisationWithNewLead(track);

/** Invites and returns the token from the email, as the invitee would click it. */
async function invite(lead: SignedInClient, orgId: string, email: string) {
  const { invitationId } = await lead.call<{ invitationId: string }>('orgAction', {
    action: 'invite',
    orgId,
    email,
  });
  // The email whose link carries this invitation's token (the address may have several).
  const token = await eventually(async () =>
    (await messagesTo(email))
      .filter((m) => m.subject.includes('Запрошення'))
      .map((m) => /\/app\/join\/([A-Za-z0-9_-]+)/.exec(m.text)?.[1])
      .find((t) => t !== undefined && invitationIdOf(t) === invitationId),
  );
  return { invitationId, token };
}

describe('invitations', () => {
  it('lets the invited person join once, as a member, and tells the lead', async () => {
    const { orgId, lead, leadEmail } = await organisationWithLead();
    const email = newEmail('invitee');
    const { token, invitationId } = await invite(lead, orgId, email);
    expect((await adminDb().doc(`invitations/${invitationId}`).get()).get('token')).toBeUndefined();

    const invitee = await track(signUp(email));
    expect(
      await invitee.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner }),
    ).toEqual({ orgId });
    expect((await invitee.auth.currentUser!.getIdTokenResult(true)).claims).toMatchObject({
      role: 'ngo_member',
      orgId,
    });
    const member = (
      await adminDb().doc(`organisations/${orgId}/members/${invitee.uid}`).get()
    ).data()!;
    expect(member).toMatchObject({ role: 'ngo_member', displayName: 'Андрій Мельничук', email });
    await eventually(async () =>
      (await messagesTo(leadEmail)).find((m) => m.subject.includes('Андрій Мельничук')),
    );

    await expect(
      invitee.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner }),
    ).rejects.toMatchObject({ code: 'functions/failed-precondition' });
    const someoneElse = await track(signUp(newEmail('other')));
    await expect(
      someoneElse.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      message: expect.stringContaining('вже використано'),
    });
  });

  it('refuses an expired invitation', async () => {
    const { orgId, lead } = await organisationWithLead();
    const email = newEmail('late');
    const { token, invitationId } = await invite(lead, orgId, email);
    await adminDb()
      .doc(`invitations/${invitationId}`)
      .update({ expiresAt: Timestamp.fromMillis(Date.now() - 1000) });
    const invitee = await track(signUp(email));
    await expect(
      invitee.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      message: expect.stringContaining('Строк дії запрошення минув'),
    });
    expect(
      (await adminDb().doc(`organisations/${orgId}/members/${invitee.uid}`).get()).exists,
    ).toBe(false);
  });

  it('refuses a revoked invitation, and an invitation used by another address', async () => {
    const { orgId, lead } = await organisationWithLead();
    const email = newEmail('revoked');
    const { token, invitationId } = await invite(lead, orgId, email);
    const stranger = await track(signUp(newEmail('stranger')));
    await expect(
      stranger.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
      message: expect.stringContaining('іншу адресу'),
    });

    await lead.call('orgAction', { action: 'revokeInvitation', orgId, invitationId });
    const invitee = await track(signUp(email));
    await expect(
      invitee.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      message: expect.stringContaining('відкликала'),
    });
    const listed = await getDocs(
      query(collection(lead.db, 'invitations'), where('orgId', '==', orgId)),
    );
    expect(listed.docs.map((d) => d.get('status'))).toEqual(['revoked']);
  });

  it('lets only the lead invite', async () => {
    const { orgId } = await organisationWithLead();
    const member = await track(signIn('ngo-member@spilno.test'));
    await expect(
      member.call('orgAction', { action: 'invite', orgId, email: newEmail() }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
    const otherLead = await track(signIn('ngo-lviv@spilno.test'));
    await expect(
      otherLead.call('orgAction', { action: 'invite', orgId, email: newEmail() }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
  });

  it('keeps a person to one organisation at a time', async () => {
    const first = await organisationWithLead();
    const second = await organisationWithLead();
    const email = newEmail('double');
    const { token: firstToken } = await invite(first.lead, first.orgId, email);
    const { token: secondToken } = await invite(second.lead, second.orgId, email);
    const person = await track(signUp(email));
    await person.call('orgAction', {
      action: 'acceptInvitation',
      token: firstToken,
      applicant: joiner,
    });
    await person.auth.currentUser!.getIdToken(true);
    await expect(
      person.call('orgAction', {
        action: 'acceptInvitation',
        token: secondToken,
        applicant: joiner,
      }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
      message: expect.stringContaining('лише однієї'),
    });
  });
});

describe('members', () => {
  it('lets the lead remove a member, whose access ends at once', async () => {
    const { orgId, lead } = await organisationWithLead();
    const email = newEmail('leaving');
    const { token } = await invite(lead, orgId, email);
    const member = await track(signUp(email));
    await member.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner });

    await lead.call('orgAction', { action: 'removeMember', orgId, uid: member.uid });
    expect((await member.auth.currentUser!.getIdTokenResult(true)).claims.role).toBeUndefined();
    expect((await adminDb().doc(`organisations/${orgId}/members/${member.uid}`).get()).exists).toBe(
      false,
    );
    const audit = await adminDb()
      .collection('audit')
      .where('chain', '==', `organisation:${orgId}`)
      .get();
    expect(audit.docs.map((d) => d.get('action'))).toContain('organisation.member_removed');
    await expect(
      lead.call('orgAction', { action: 'removeMember', orgId, uid: lead.uid }),
    ).rejects.toMatchObject({
      code: 'functions/failed-precondition',
    });
  });

  it('hands the lead role to another member', async () => {
    const { orgId, lead } = await organisationWithLead();
    const email = newEmail('next-lead');
    const { token } = await invite(lead, orgId, email);
    const member = await track(signUp(email));
    await member.call('orgAction', { action: 'acceptInvitation', token, applicant: joiner });

    await lead.call('orgAction', { action: 'transferAdmin', orgId, uid: member.uid });
    expect((await member.auth.currentUser!.getIdTokenResult(true)).claims).toMatchObject({
      role: 'ngo_admin',
      orgId,
    });
    expect((await lead.auth.currentUser!.getIdTokenResult(true)).claims).toMatchObject({
      role: 'ngo_member',
      orgId,
    });
    await expect(
      lead.call('orgAction', { action: 'invite', orgId, email: newEmail() }),
    ).rejects.toMatchObject({
      code: 'functions/permission-denied',
    });
  });
});
