/**
 * People in the browser (issues 3 and 4): an administrator gives a coordinator role and the
 * person appears on the public coordinators page (which loads no Firebase code); the public
 * partner directory; a lead's unread notifications; and one's own profile.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ORG_KYIV } from '../../scripts/demo/demo-data.js';
import { adminDb, unique } from '../support/admin.js';
import { addMail, mailInState } from '../support/mail.js';
import { createTestUser } from '../support/users.js';
import { registeredOrganisation, verify } from './arrange.js';
import {
  ADMIN,
  DESKTOP,
  PHONE,
  expectNoAxeViolations,
  expectNoPageErrors,
  focused,
  hasHorizontalScroll,
  lastAnnouncement,
  openMenu,
  openSignedIn,
  scriptsWithFirebase,
  useBrowser,
  type Visit,
} from './browser.js';

const browser = useBrowser();
/** DESIGN.md: public pages carry at most 35 KB of gzipped JavaScript, 3 Firestore reads. */
const PUBLIC_JS_BUDGET = 35 * 1024;

/** Requests of a visit to Firestore (its REST API, or the SDK's channels). */
const firestoreRequests = (visit: Visit) =>
  visit.requests.filter((url) => /\/v1\/projects\/|firestore/i.test(url));

async function gzippedScripts(visit: Visit): Promise<number> {
  let total = 0;
  for (const response of visit.scripts.values()) {
    total += gzipSync(await response.body(), { level: 9 }).length;
  }
  return total;
}

describe('regional coordinators', () => {
  it('an administrator makes someone a coordinator, and the public page lists them', async () => {
    const person = await createTestUser();
    const name = `Координаторка ${unique('c').slice(-6)}`;
    await adminDb().doc(`users/${person.uid}`).update({ displayName: name });
    const workEmail = `${unique('work')}@ombudsman.example.org`;

    const admin = await browser.open(DESKTOP);
    await openSignedIn(admin.page, '/app/users', ADMIN);
    const main = admin.page.getByRole('main');
    await admin.page.getByLabel('Ім’я або електронна пошта').fill(name);
    await main.getByText('Знайдено: 1.').waitFor();
    await expectNoAxeViolations(admin.page);
    await main.getByRole('link', { name }).click();
    await admin.page.waitForURL((url) => url.pathname === `/app/users/${person.uid}`);
    await main.getByRole('heading', { name, level: 1 }).waitFor();
    // NGO roles come from membership, and the page says so.
    expect(await main.innerText()).toContain(
      'Ролі представника й керівника ГО тут не призначаються',
    );

    // A coordinator needs a region: the form says so before asking the server.
    await main.getByRole('radio', { name: 'Регіональний координатор' }).check();
    await main.getByRole('button', { name: 'Призначити роль' }).click();
    // The message stands at the field (and, as a link to it, in the summary at the top).
    await main.locator('#role-regions-error').getByText('Оберіть хоча б одну область.').waitFor();
    expect(await main.locator('.error-summary').innerText()).toContain(
      'Оберіть хоча б одну область.',
    );
    expect((await focused(admin.page)).tag).toBe('INPUT');
    await expectNoAxeViolations(admin.page);
    await main.getByRole('checkbox', { name: 'Івано-Франківська область' }).check();
    await main.getByRole('button', { name: 'Призначити роль' }).click();
    await main.getByText('Роль призначено: Регіональний координатор.').waitFor();
    expect((await adminDb().doc(`users/${person.uid}`).get()).get('regions')).toEqual(['UA-26']);

    // The coordinator's public contacts.
    const listing = main.getByRole('region', { name: 'Публічні контакти координатора' });
    await listing.waitFor();
    await listing
      .getByLabel('Посада')
      .fill('Регіональна координаторка в Івано-Франківській області');
    await listing.getByLabel('Робоча електронна пошта').fill(workEmail);
    // A number as people write it at home is kept in international form.
    await listing.getByLabel('Робочий телефон').fill('034 200 00 00');
    await listing.getByRole('button', { name: 'Зберегти контакти' }).click();
    await listing.getByText('Публічні контакти координатора збережено.').waitFor();
    await expectNoAxeViolations(admin.page);
    expectNoPageErrors(admin);

    // The public directory is one document a trigger rebuilds; wait until it has the contacts.
    await expect
      .poll(
        async () =>
          JSON.stringify(
            (await adminDb().doc('directory/coordinators').get()).get('coordinators') ?? [],
          ),
        { timeout: 15_000 },
      )
      .toContain(workEmail);

    // The public page, rendered on the server: no Firebase code, no request to Firestore,
    // within the budget.
    const visitor = await browser.open(PHONE);
    await visitor.page.goto('/coordinators', { waitUntil: 'networkidle' });
    const region = visitor.page.locator('#region-UA-26');
    await region.getByText(name).waitFor();
    expect(await region.locator('h2').innerText()).toBe('Івано-Франківська область');
    expect(await region.innerText()).toContain(workEmail);
    expect(await region.innerText()).toContain('+380342000000');
    expect(await region.innerText()).toContain(
      'Регіональна координаторка в Івано-Франківській області',
    );
    // Every one of the 27 regions is there, in order; those without a coordinator say so.
    expect(await visitor.page.locator('.regions > li').count()).toBe(27);
    const chernihiv = visitor.page.locator('#region-UA-77');
    expect(await chernihiv.innerText()).toContain('Координатора ще не призначено.');
    expect(await visitor.page.getByRole('main').innerText()).toMatch(
      /Координаторів призначено в регіонах: \d+ з 27\./,
    );
    expect(await scriptsWithFirebase(visitor)).toEqual([]);
    expect(firestoreRequests(visitor)).toEqual([]);
    expect(await gzippedScripts(visitor)).toBeLessThanOrEqual(PUBLIC_JS_BUDGET);
    expect(await hasHorizontalScroll(visitor.page)).toBe(false);
    expectNoPageErrors(visitor);
  });
});

describe('partner organisations', () => {
  it('lists verified organisations that agreed, filtered by region and area, from one read', async () => {
    const visit = await browser.open(PHONE);
    const { page } = visit;
    await page.goto('/');
    await openMenu(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Партнери' }).click();
    await page.waitForURL((url) => url.pathname === '/partners');
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Партнерські організації', level: 1 }).waitFor();
    await main.getByText(/^Організацій: \d+\.$/).waitFor();
    // The seed's verified, listed organisation in Kyiv; not the one that declined, nor the
    // pending one.
    expect(await main.innerText()).toContain('Гідність');
    expect(await main.innerText()).not.toContain('Центр доступності');

    await page.getByLabel('Область').selectOption('UA-30');
    await main.getByText('Гідність').first().waitFor();
    expect(new URL(page.url()).searchParams.get('region')).toBe('UA-30');
    await page.getByLabel('Область').selectOption('UA-77');
    await main.getByText('За цими умовами організацій немає.', { exact: false }).waitFor();

    expect(await scriptsWithFirebase(visit)).toEqual([]);
    expect(firestoreRequests(visit)).toEqual([]);
    expect(await gzippedScripts(visit)).toBeLessThanOrEqual(PUBLIC_JS_BUDGET);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expectNoPageErrors(visit);
  });
});

describe('notifications', () => {
  it('a lead sees an unread badge after verification, opens the notice and marks the rest read', async () => {
    const organisation = await registeredOrganisation();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    await openSignedIn(page, '/app/', organisation.leadEmail);
    const header = page.getByRole('banner');
    const badge = header.locator('.badge-count');
    // The registration itself left one notice («application received»).
    await expect.poll(() => badge.innerText()).toBe('1');

    await verify(organisation.orgId);
    await expect.poll(() => badge.innerText(), { timeout: 15_000 }).toBe('2');
    const link = header.getByRole('link', { name: /Сповіщення/ });
    expect(await link.evaluate((element) => element.textContent)).toContain('непрочитаних:');

    await link.click();
    await page.waitForURL((url) => url.pathname === '/app/notifications');
    const main = page.getByRole('main');
    const notices = main.locator('.notices > li');
    await notices.first().waitFor();
    // Newest first: the verification, then the receipt of the application.
    expect(await notices.nth(0).innerText()).toContain('Організацію підтверджено');
    expect(await notices.nth(1).innerText()).toContain('Заявку організації отримано');
    expect(await main.innerText()).toContain('Непрочитаних: 2.');

    // Opening a notice marks it read and leads to what it is about.
    await notices.nth(0).getByRole('link', { name: 'Організацію підтверджено' }).click();
    await page.waitForURL((url) => url.pathname === '/app/');
    await expect.poll(() => badge.innerText()).toBe('1');

    await page.goBack();
    await page.waitForURL((url) => url.pathname === '/app/notifications');
    await main.getByRole('button', { name: 'Позначити всі прочитаними' }).click();
    await main.getByText('Усі сповіщення позначено прочитаними.').waitFor();
    await expect.poll(() => badge.isHidden()).toBe(true);
    await main.getByText('Непрочитаних сповіщень немає.').waitFor();
    const stored = await adminDb()
      .collection('users')
      .where('email', '==', organisation.leadEmail)
      .get();
    const uid = stored.docs[0]!.id;
    const unread = await adminDb()
      .collection(`users/${uid}/notifications`)
      .where('read', '==', false)
      .get();
    expect(unread.size).toBe(0);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expectNoPageErrors(visit);
  });
});

describe('profile', () => {
  it('saves one’s name and preferences, and a new interface language applies at once', async () => {
    const person = await createTestUser();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    await openSignedIn(page, '/app/profile', person.email);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Мій профіль' }).waitFor();
    expect(await main.innerText()).toContain('Термінові сповіщення');
    await main.getByLabel('Ім’я та прізвище').fill('Тестова Особа Друга');
    await main.getByLabel('Посада').fill('Аналітикиня');
    await main.getByRole('radio', { name: /Раз на день/ }).check();
    await main.getByRole('radio', { name: 'English' }).check();
    await main.getByRole('button', { name: 'Зберегти' }).click();

    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    await main.getByRole('heading', { name: 'My profile' }).waitFor();
    await main.getByText('Your profile was saved.').waitFor();
    const stored = (await adminDb().doc(`users/${person.uid}`).get()).data();
    expect(stored).toMatchObject({
      displayName: 'Тестова Особа Друга',
      position: 'Аналітикиня',
      language: 'en',
      notificationPreference: 'daily_digest',
    });
    expectNoPageErrors(visit);
  });
});

describe('navigation by role', () => {
  it('shows each person only the pages their role may use', async () => {
    const member = await browser.open(PHONE);
    await openSignedIn(member.page, '/app/', 'ngo-member@spilno.test');
    await openMenu(member.page);
    const nav = member.page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Моя організація' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Користувачі' }).count()).toBe(0);
    expect(await nav.getByRole('link', { name: 'Організації' }).count()).toBe(0);
    // A page the role does not open says so plainly.
    await member.page.goto('/app/users');
    await member.page.getByRole('heading', { name: 'Ця сторінка вам недоступна' }).waitFor();

    const coordinator = await browser.open(DESKTOP);
    await openSignedIn(
      coordinator.page,
      `/app/organisations/${ORG_KYIV}`,
      'coordinator-kyiv@spilno.test',
    );
    const main = coordinator.page.getByRole('main');
    await main.getByText('рішення щодо реєстрації ухвалюють').waitFor();
    expect(await main.getByRole('button', { name: 'Підтвердити організацію' }).count()).toBe(0);
    const coordinatorNav = coordinator.page.getByRole('navigation');
    expect(await coordinatorNav.locator('[aria-current]').innerText()).toBe('Організації');
    expect(await coordinatorNav.getByRole('link', { name: 'Журнал доставки' }).count()).toBe(0);
    expectNoPageErrors(member);
    expectNoPageErrors(coordinator);
  });
});

describe('delivery log', () => {
  it('shows staff the outbox with states in Ukrainian, and sends a failed mail again', async () => {
    // A mail the test SMTP server refuses for good (550): it ends in ERROR.
    const subject = `Лист, що не дійшов ${unique('m')}`;
    const failedId = await addMail(`${unique('nobody')}@reject.spilno.test`, {
      subject,
      text: 'Текст',
    });
    await mailInState(failedId, ['ERROR']);

    const visit = await browser.open(DESKTOP);
    await openSignedIn(visit.page, '/app/mail-log', 'staff1@spilno.test');
    const main = visit.page.getByRole('main');
    const summary = /^Показано листів: \d+\.$|^Листів за цими умовами немає\.$/;
    await main.getByText(summary).waitFor();
    await visit.page.getByLabel('Стан').selectOption('ERROR');
    await main.getByRole('button', { name: 'Показати', exact: true }).click();
    await expect.poll(() => new URL(visit.page.url()).searchParams.get('state')).toBe('ERROR');
    await main.locator('.rows[aria-busy="false"]').waitFor();
    const rows = main.locator('.rows > li');
    const mail = rows.filter({ hasText: subject });
    // A page at a time: «show more» until the mail is there.
    await rows.first().waitFor();
    const more = main.getByRole('button', { name: 'Показати ще' });
    while ((await mail.count()) === 0) {
      expect(await more.isVisible(), 'another page of failed mails').toBe(true);
      const before = await rows.count();
      await more.click();
      await expect.poll(() => rows.count()).toBeGreaterThan(before);
    }
    expect(await mail.innerText()).toContain('Не доставлено');
    expect(await mail.innerText()).toContain('reject.spilno.test');
    const states = await main.locator('.rows .tag').allInnerTexts();
    expect(states.every((state) => state === 'Не доставлено' || state === 'Терміновий')).toBe(true);

    // Sent again at once; the test server refuses it again, and the row says so with this
    // attempt's outcome (the state takes focus, the result is announced).
    await mail.getByRole('button', { name: 'Надіслати повторно' }).click();
    await expect
      .poll(() => lastAnnouncement(visit.page))
      .toBe('Лист знову не доставлено. Причину видно в рядку листа.');
    expect((await focused(visit.page)).text).toBe('Не доставлено');
    expect(await mail.innerText()).toContain('550');
    await expectNoAxeViolations(visit.page);
    expect((await adminDb().doc(`mail/${failedId}`).get()).get('delivery.retriedBy')).toBe(
      'demo-staff1',
    );
    expectNoPageErrors(visit);
  });
});
