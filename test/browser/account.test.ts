/**
 * The session and the account in the browser (issues 8 and 10): the interface speaks the
 * profile's language from sign-in on; a session the platform ends says why on the sign-in
 * page; registering an organisation and joining one wait for a confirmed address, which the
 * emailed link confirms.
 */
import { describe, expect, it } from 'vitest';
import { adminDb, unique } from '../support/admin.js';
import { signIn } from '../support/client.js';
import { createTestUser } from '../support/users.js';
import { confirmationPath } from './arrange.js';
import {
  ADMIN,
  DESKTOP,
  PHONE,
  expectNoPageErrors,
  focused,
  lastAnnouncement,
  openSignedIn,
  signInThroughForm,
  useBrowser,
} from './browser.js';

const browser = useBrowser();

describe('signing in', () => {
  it('a person whose profile says English gets an English interface at sign-in', async () => {
    const person = await createTestUser();
    await adminDb().doc(`users/${person.uid}`).update({ language: 'en' });
    // On a desktop, where the navigation is in view (on a phone it is behind the menu button).
    const visit = await browser.open(DESKTOP);
    const { page } = visit;

    // Before signing in, the device knows nothing of the person: Ukrainian.
    await page.goto('/app/profile');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await page.getByRole('heading', { name: 'Вхід до кабінету', level: 1 }).waitFor();
    await signInThroughForm(page, person.email);

    await page.waitForURL((url) => url.pathname === '/app/profile');
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    await page.getByRole('navigation').getByRole('link', { name: 'My account' }).waitFor();
    await expect.poll(() => lastAnnouncement(page)).toContain('Signed in as');
    expect(await main.getByRole('radio', { name: 'English' }).isChecked()).toBe(true);

    // The device remembers it: the next page load starts in English.
    await page.reload();
    await main.getByRole('heading', { name: 'My profile', level: 1 }).waitFor();
    expect(await page.evaluate(() => document.documentElement.lang)).toBe('en');
    expectNoPageErrors(visit);
  });

  it('a person deactivated while signed in is signed out, and the sign-in page says why', async () => {
    const person = await createTestUser();
    const visit = await browser.open(DESKTOP);
    const { page } = visit;
    await openSignedIn(page, '/app/profile', person.email);
    await page.getByRole('main').getByRole('heading', { level: 1 }).waitFor();

    const admin = await signIn(ADMIN);
    try {
      await admin.call('adminSetRole', { action: 'deactivate', uid: person.uid });
    } finally {
      await admin.close();
    }

    await page.waitForURL((url) => url.pathname === '/sign-in', { timeout: 20_000 });
    const main = page.getByRole('main');
    await main.getByText('Ваш обліковий запис деактивовано, тож сеанс завершено.').waitFor();
    await expect.poll(() => lastAnnouncement(page)).toContain('деактивовано');
    // Said once: the sign-in page shown again says nothing of it.
    await page.goto('/sign-in');
    await main.getByRole('heading', { name: 'Вхід до кабінету', level: 1 }).waitFor();
    expect(await main.getByText('деактивовано').count()).toBe(0);
    expectNoPageErrors(visit);
  });
});

describe('a confirmed address', () => {
  it('comes before registering an organisation, and the emailed link confirms it', async () => {
    const person = await createTestUser();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    await openSignedIn(page, '/app/register-organisation', person.email);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Реєстрація організації', level: 1 }).waitFor();
    await main.getByRole('heading', { name: 'Підтвердіть адресу електронної пошти' }).waitFor();
    expect(await main.getByLabel('Повна назва').count()).toBe(0);

    // Not confirmed yet: the page says so, and sends the link when asked.
    await main.getByRole('button', { name: 'Я вже підтвердив(-ла) адресу' }).click();
    await main.getByText('Адресу ще не підтверджено').waitFor();
    await main.getByRole('button', { name: 'Надіслати посилання' }).click();
    await main.getByText(`Посилання надіслано на ${person.email}.`).waitFor();
    const link = await confirmationPath(person.email);
    expect(new URL(link, 'http://x').searchParams.get('next')).toBe('/app/register-organisation');

    // The link, opened in another tab, confirms it; back here, the form opens.
    const mailTab = await visit.context.newPage();
    await mailTab.goto(link);
    await mailTab.getByRole('heading', { name: 'Адресу підтверджено.', level: 1 }).waitFor();
    await mailTab.close();
    await main.getByRole('button', { name: 'Я вже підтвердив(-ла) адресу' }).click();
    await main.getByLabel('Повна назва').waitFor();
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: 'Реєстрація організації' });
    expect(await main.getByRole('heading', { name: 'Підтвердіть адресу' }).count()).toBe(0);
    expectNoPageErrors(visit);
  });

  it('comes before accepting an invitation, and the link leads back to it', async () => {
    const person = await createTestUser();
    const path = `/app/join/${unique('invitation-token')}`; // tokens are 20+ characters
    const visit = await browser.open(PHONE);
    const { page } = visit;
    // The invitation's page is open to visitors: it offers to sign in, and comes back.
    await page.goto(path);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Увійти' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    await signInThroughForm(page, person.email);
    await page.waitForURL((url) => url.pathname === path);
    await main.getByRole('heading', { name: 'Запрошення до організації', level: 1 }).waitFor();
    expect(await main.getByRole('button', { name: 'Приєднатися до організації' }).count()).toBe(0);
    await main.getByRole('button', { name: 'Надіслати посилання' }).click();
    await main.getByText(`Посилання надіслано на ${person.email}.`).waitFor();

    // The link confirms the address on this device and leads back to the invitation.
    await page.goto(await confirmationPath(person.email));
    await main.getByRole('heading', { name: 'Адресу підтверджено.', level: 1 }).waitFor();
    await main.getByRole('link', { name: 'Продовжити' }).click();
    await page.waitForURL((url) => url.pathname === path);
    await main.getByRole('button', { name: 'Приєднатися до організації' }).waitFor();
    expect(await main.getByLabel('Ваше ім’я та прізвище').inputValue()).toBe('Тестова Особа');
    expectNoPageErrors(visit);
  });
});
