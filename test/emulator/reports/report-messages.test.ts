import { doc, serverTimestamp, setDoc } from 'firebase/firestore';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { unique } from '../../support/admin.js';
import { signIn, type SignedInClient } from '../../support/client.js';
import { eventually, messagesTo } from '../../support/mailbox.js';
import { verifiedOrganisation } from '../../support/organisations.js';
import { reportContent, reportInStatus, submitDraft } from '../../support/reports.js';
import { createTestUser } from '../../support/users.js';

/**
 * A plain message in a report's thread mails the other side (notifyReportMessage, which
 * sends the mails itself): each assignee once when the NGO writes, the NGO's people once when
 * an assignee writes, and never the author.
 */
const REGION = 'UA-12';
let org: Awaited<ReturnType<typeof verifiedOrganisation>>;
let coordinators: { uid: string; email: string }[];
let ngo: SignedInClient;
let coordinator: SignedInClient;
let reportId: string;
let number: string;

beforeAll(async () => {
  coordinators = [
    await createTestUser({ role: 'coordinator', regions: [REGION] }),
    await createTestUser({ role: 'coordinator', regions: [REGION] }),
  ];
  org = await verifiedOrganisation(REGION);
  ngo = await signIn(org.member.email);
  coordinator = await signIn(coordinators[0]!.email);
  reportId = unique('report');
  await submitDraft(ngo.db, reportId, org.orgId, ngo.uid, reportContent({ regionCode: REGION }));
  number = String((await reportInStatus(reportId, ['registered'])).get('number'));
});
afterAll(async () => {
  await Promise.all([ngo.close(), coordinator.close()]);
});

async function write(client: SignedInClient, side: 'ngo' | 'secretariat') {
  await setDoc(doc(client.db, 'reports', reportId, 'messages', unique('message')), {
    orgId: org.orgId,
    side,
    kind: 'message',
    text: side === 'ngo' ? 'Додаємо відомості про свідків.' : 'Дякуємо, розглядаємо.',
    attachmentIds: [],
    authorUid: client.uid,
    authorName: 'Тестова Особа',
    createdAt: serverTimestamp(),
  });
}

/** The thread's mails to an address, once `count` of them arrived (and a moment for more). */
async function threadMails(address: string, count: number) {
  const subject = `Нове повідомлення щодо звернення ${number}`;
  const mails = () => messagesTo(address).then((all) => all.filter((m) => m.subject === subject));
  await eventually(async () => ((await mails()).length >= count ? true : undefined), {
    what: `${count} thread mail(s) to ${address}`,
  });
  await new Promise((resolve) => setTimeout(resolve, 1500));
  return mails();
}

describe('a message in the thread', () => {
  it('mails each assignee exactly once when the NGO writes', async () => {
    await write(ngo, 'ngo');
    for (const person of coordinators) {
      const mails = await threadMails(person.email, 1);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain('Організація надіслала повідомлення');
    }
    expect(await messagesTo(org.member.email)).not.toContainEqual(
      expect.objectContaining({ subject: `Нове повідомлення щодо звернення ${number}` }),
    );
  });

  it('mails the NGO side exactly once when an assignee writes, and not the author', async () => {
    await write(coordinator, 'secretariat');
    for (const address of [org.member.email, org.lead.email]) {
      const mails = await threadMails(address, 1);
      expect(mails).toHaveLength(1);
      expect(mails[0]!.text).toContain('Секретаріат надіслав вам повідомлення');
    }
    // The author's own message is not mailed back: still only the NGO's one.
    expect(await threadMails(coordinators[0]!.email, 1)).toHaveLength(1);
  });
});
