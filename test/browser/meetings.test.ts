/**
 * Council meetings in the browser (issue 11): the Secretariat puts an endorsed proposal on the
 * Advisory Council's agenda and schedules the meeting, changes its plan (the invitation keeps
 * its UID, the SEQUENCE rises), records attendance with the quorum counted as it is ticked, the
 * minutes and an outcome per item (the proposal becomes `discussed`), and publishes the
 * minutes; the Commissioner then recommends the proposal; a visitor reads the council's public
 * page with the proposal and the minutes. axe finds nothing on each page; the meeting page fits
 * a 390 px phone once its data is there. And a member of an NGO applies to join an Expert
 * Council, and its chair accepts.
 */
import { describe, expect, it } from 'vitest';
import { kyivDate } from '../../functions/src/domain/kyiv-time.js';
import { pdf } from '../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { adminAuth, adminDb, unique } from '../support/admin.js';
import { signIn } from '../support/client.js';
import { registeredOrganisation, verify } from './arrange.js';
import { endorsedProposal } from './arrange-proposals.js';
import {
  ADMIN,
  DESKTOP,
  PHONE_390,
  expectNoAxeViolations,
  expectNoPageErrors,
  hasHorizontalScroll,
  openSignedIn,
  signInThroughForm,
  useBrowser,
} from './browser.js';

const browser = useBrowser();
const STAFF = 'staff1@spilno.test';
const COMMISSIONER = 'commissioner@spilno.test';

/** A Kyiv day from today, typed as people type it here (дд.мм.рррр). */
function typedKyivDay(daysAhead: number): string {
  const [year, month, day] = kyivDate(new Date(Date.now() + daysAhead * 86_400_000)).split('-');
  return `${day}.${month}.${year}`;
}

const MINUTES =
  'Протокол засідання Консультативної ради. Обговорили пропозицію експертної ради щодо тримання під вартою та підтримали її; план роботи взято до відома.';

describe('council meetings', () => {
  it(
    'staff schedule, change and record a meeting; the Commissioner recommends; a visitor reads the minutes',
    { timeout: 300_000 },
    async () => {
      const title = `Тримання під вартою без ухвали ${unique('t').slice(-6)}`;
      const proposal = await endorsedProposal(title);
      const meetingTitle = `Засідання Консультативної ради ${unique('m').slice(-6)}`;

      // Staff schedule the meeting on the Advisory Council's page.
      const staff = await browser.open(DESKTOP);
      const { page } = staff;
      await openSignedIn(page, '/app/councils/advisory', STAFF);
      const main = page.getByRole('main');
      await page.locator('#plan-title').fill(meetingTitle);
      await page.locator('#plan-date').fill(typedKyivDay(2));
      await page.locator('#plan-time').fill('11:00');
      await page.locator('#plan-place').fill('Київ, вул. Інститутська, 21/8');
      await main.getByRole('checkbox', { name: `${proposal.number} ${title}` }).check();
      await page.locator('#plan-items').fill('Про план роботи ради на 2027 рік');
      await expectNoAxeViolations(page);
      await main.getByRole('button', { name: 'Призначити засідання' }).click();
      await main.getByText('Засідання призначено, членам ради надіслано запрошення.').waitFor();
      expect((await adminDb().doc(`proposals/${proposal.id}`).get()).get('status')).toBe(
        'scheduled',
      );

      await page.locator('#council-meetings').getByRole('link', { name: meetingTitle }).click();
      await page.waitForURL(/\/app\/meetings\/[^/]+$/);
      const meetingId = page.url().split('/').at(-1)!;
      await page.getByRole('heading', { name: meetingTitle, level: 1 }).waitFor();
      await page.locator('#meeting-agenda').getByText(title).waitFor();
      const scheduled = (await adminDb().doc(`meetings/${meetingId}`).get()).data()!;
      expect(scheduled.calendar.sequence).toBe(0);
      await expectNoAxeViolations(page);

      // The plan changes: the same invitation (UID), a higher SEQUENCE.
      await page.locator('#plan-change summary').click();
      await expect.poll(() => page.locator('#plan-change-time').inputValue()).toBe('11:00');
      await page.locator('#plan-change-time').fill('12:30');
      await expectNoAxeViolations(page);
      await main.getByRole('button', { name: 'Зберегти зміни плану' }).click();
      await main
        .getByText('Зміни плану збережено, членам ради надіслано оновлене запрошення.')
        .waitFor();
      const changed = (await adminDb().doc(`meetings/${meetingId}`).get()).data()!;
      expect(changed.calendar).toEqual({ uid: scheduled.calendar.uid, sequence: 1 });
      expect(changed.startsAt.toMillis() - scheduled.startsAt.toMillis()).toBe(90 * 60_000);

      // Attendance, with the quorum counted as it is ticked (more than half by default).
      const members = page.locator('#record-present input[type="checkbox"]');
      await members.first().waitFor();
      const count = await members.count();
      const required = Math.floor(count / 2) + 1;
      const quorum = page.locator('#record-quorum');
      expect(await quorum.innerText()).toBe(
        `Кворум: присутні 0 з ${count}, потрібно ${required} — немає.`,
      );
      for (let i = 0; i < required - 1; i++) await members.nth(i).check();
      expect(await quorum.innerText()).toContain(`присутні ${required - 1} з ${count}`);
      expect(await quorum.innerText()).toMatch(/— немає\.$/);
      await members.nth(required - 1).check();
      expect(await quorum.innerText()).toBe(
        `Кворум: присутні ${required} з ${count}, потрібно ${required} — є.`,
      );
      await page.locator('#record-minutes').fill(MINUTES);
      // The minutes as a file too: uploaded beside the text, named by the record.
      await main.locator('input[type="file"]').setInputFiles({
        name: 'Протокол засідання.pdf',
        mimeType: 'application/pdf',
        buffer: Buffer.from(pdf()),
      });
      await main
        .locator('.row-title', { hasText: 'Протокол засідання.pdf' })
        .waitFor({ timeout: 30_000 });
      await page.getByLabel(`Рішення щодо «${title}»`).selectOption({ label: 'Підтримано' });
      await page
        .getByLabel('Рішення щодо «Про план роботи ради на 2027 рік»')
        .selectOption({ label: 'Взято до відома' });
      await expectNoAxeViolations(page);

      // A phone of today: the planned meeting with its forms, once its data is there.
      const phone = await browser.open(PHONE_390);
      await openSignedIn(phone.page, `/app/meetings/${meetingId}`, STAFF);
      await phone.page.locator('#meeting-agenda').getByText(title).waitFor();
      await phone.page.locator('#record-present input[type="checkbox"]').first().waitFor();
      expect(await hasHorizontalScroll(phone.page)).toBe(false);

      await main.getByRole('button', { name: 'Записати підсумки засідання' }).click();
      await page.locator('#meeting-status', { hasText: 'Відбулося' }).waitFor({ timeout: 60_000 });
      await page.locator('#meeting-quorum').getByText(`присутні ${required} з ${count}`).waitFor();
      await page.locator('#meeting-minutes').getByText('план роботи взято до відома').waitFor();
      const minutesFile = (await adminDb().collection(`meetings/${meetingId}/attachments`).get())
        .docs;
      expect(minutesFile.map((d) => d.get('fileName'))).toEqual(['Протокол засідання.pdf']);
      expect((await adminDb().doc(`meetings/${meetingId}`).get()).get('minutes.fileId')).toBe(
        minutesFile[0]!.id,
      );
      await main.locator('.row-title', { hasText: 'Протокол засідання.pdf' }).waitFor();
      expect((await adminDb().doc(`proposals/${proposal.id}`).get()).data()).toMatchObject({
        status: 'discussed',
      });
      await main.getByRole('button', { name: 'Оприлюднити протокол' }).click();
      await page.locator('#meeting-status', { hasText: 'Оприлюднено' }).waitFor();
      await expectNoAxeViolations(page);
      expectNoPageErrors(staff);

      // The held meeting on the phone: minutes and outcomes, still no sideways scroll.
      await phone.page.locator('#meeting-minutes').waitFor();
      await phone.page.locator('#meeting-status', { hasText: 'Оприлюднено' }).waitFor();
      expect(await hasHorizontalScroll(phone.page)).toBe(false);
      expectNoPageErrors(phone);

      // The Commissioner finds the proposal discussed and recommends it, with a rationale.
      const commissioner = await browser.open(DESKTOP);
      await openSignedIn(commissioner.page, `/app/proposals/${proposal.id}`, COMMISSIONER);
      await commissioner.page
        .locator('#proposal-status', { hasText: 'Обговорено на засіданні' })
        .waitFor();
      await expectNoAxeViolations(commissioner.page);
      const panel = commissioner.page.locator('#proposal-actions');
      await panel.getByRole('radio', { name: 'Рекомендувати Верховній Раді' }).check();
      await panel
        .getByLabel('Обґрунтування рішення')
        .fill('Консультативна рада підтримала пропозицію; зміни відповідають статті 5 Конвенції.');
      await panel.getByRole('button', { name: 'Ухвалити рішення' }).click();
      await commissioner.page
        .locator('#proposal-status', { hasText: 'Рекомендовано Парламенту' })
        .waitFor({ timeout: 60_000 });
      expect((await adminDb().doc(`proposals/${proposal.id}`).get()).get('status')).toBe(
        'recommended',
      );
      await expectNoAxeViolations(commissioner.page);
      expectNoPageErrors(commissioner);

      // A visitor reads the council's public page: the proposal and the published minutes.
      const visitor = await browser.open(DESKTOP);
      await visitor.page.goto('/councils/advisory');
      const publicMain = visitor.page.getByRole('main');
      await publicMain.getByRole('heading', { name: meetingTitle, level: 3 }).waitFor();
      const text = await publicMain.innerText();
      expect(text).toContain(MINUTES);
      expect(text).toContain(`${proposal.number} «${title}»`);
      await expectNoAxeViolations(visitor.page);
      expectNoPageErrors(visitor);
    },
  );

  it(
    'a member of an NGO applies to join an Expert Council, and its chair accepts',
    { timeout: 240_000 },
    async () => {
      // A council of its own, chaired by the lead of a verified organisation.
      const [chairOrg, applicantOrg] = await Promise.all([
        registeredOrganisation(),
        registeredOrganisation(),
      ]);
      await verify(chairOrg.orgId);
      await verify(applicantOrg.orgId);
      const chairUid = (await adminAuth().getUserByEmail(chairOrg.leadEmail)).uid;
      const name = `Експертна рада з питань доступу до правосуддя ${unique('r').slice(-6)}`;
      const admin = await signIn(ADMIN);
      let councilId: string;
      try {
        ({ councilId } = await admin.call<{ councilId: string }>('councilAction', {
          action: 'create',
          council: {
            kind: 'expert',
            name: { uk: name },
            description: { uk: 'Готує пропозиції щодо доступу до правосуддя.' },
            theme: 'legislation',
            instruments: ['echr'],
          },
        }));
        await admin.call('councilAction', {
          action: 'addMember',
          councilId,
          member: { uid: chairUid, role: 'chair', from: kyivDate(new Date()) },
        });
      } finally {
        await admin.close();
      }

      // The applicant finds the way in on the council's public page.
      const applicant = await browser.open(DESKTOP);
      await applicant.page.goto(`/councils/${councilId}`);
      await applicant.page.locator('#council-join').click();
      await applicant.page.waitForURL((url) => url.pathname === '/sign-in');
      await signInThroughForm(applicant.page, applicantOrg.leadEmail);
      await applicant.page.waitForURL((url) => url.pathname === `/app/councils/${councilId}`);
      const main = applicant.page.getByRole('main');
      await main.getByRole('heading', { name, level: 1 }).waitFor();
      // The council's people are not shown to someone outside it.
      await applicant.page.locator('#council-members-hidden').waitFor();
      await main.getByRole('button', { name: 'Подати заявку' }).click();
      // The schema's minimum, said on the field before any call.
      await applicant.page.locator('#apply-motivation-error').waitFor();
      await applicant.page
        .getByLabel('Чому ви хочете долучитися до ради')
        .fill('Наша організація надає правничу допомогу й знає, де доступ до суду закритий.');
      await expectNoAxeViolations(applicant.page);
      await main.getByRole('button', { name: 'Подати заявку' }).click();
      await applicant.page.locator('#own-application', { hasText: 'розглядають' }).waitFor();
      expectNoPageErrors(applicant);

      const chair = await browser.open(DESKTOP);
      await openSignedIn(chair.page, `/app/councils/${councilId}/applications`, chairOrg.leadEmail);
      const pending = chair.page.locator('#pending-applications');
      await pending.locator('.row-title', { hasText: applicantOrg.leadName }).waitFor();
      await pending.getByText('правничу допомогу').waitFor();
      await expectNoAxeViolations(chair.page);
      await pending
        .getByRole('button', { name: `Прийняти заявку: ${applicantOrg.leadName}` })
        .click();
      await chair.page
        .getByRole('main')
        .getByText(`Заявку ${applicantOrg.leadName} прийнято`)
        .waitFor({ timeout: 60_000 });
      await chair.page.locator('#council-members').getByText(applicantOrg.leadName).waitFor();
      await chair.page.locator('#decided-applications').getByText('Прийнято').waitFor();
      await expectNoAxeViolations(chair.page);
      expectNoPageErrors(chair);

      const applicantUid = (await adminAuth().getUserByEmail(applicantOrg.leadEmail)).uid;
      const membership = await adminDb().doc(`councils/${councilId}/members/${applicantUid}`).get();
      expect(membership.data()).toMatchObject({ role: 'member', from: kyivDate(new Date()) });
      // The applicant's page now says the application was accepted, with no form to apply again.
      await applicant.page.locator('#own-application', { hasText: 'прийнято' }).waitFor();
      expect(await applicant.page.locator('#apply-motivation').count()).toBe(0);
    },
  );
});
