/**
 * Browser smoke test of the web client against the emulator stack (`npm test` builds the
 * client, starts the emulators and seeds the demo accounts first). Chromium from Debian,
 * driven by playwright-core.
 */
import { gzipSync } from 'node:zlib';
import type { Page, Response } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { SYSTEM_ACTOR } from '../../functions/src/domain/roles.js';
import { applyRole } from '../../functions/src/users/apply-role.js';
import { DEMO_PASSWORD, ORG_KYIV } from '../../scripts/demo/demo-data.js';
import { createTestUser } from '../support/users.js';
import {
  FIREBASE_CODE,
  PHONE,
  PHONE_390,
  expectNoAxeViolations,
  focused,
  hasHorizontalScroll,
  signInThroughForm,
  useBrowser,
} from './browser.js';

/** DESIGN.md: public pages carry at most 35 KB of gzipped JavaScript. */
const PUBLIC_JS_BUDGET = 35 * 1024;
const NGO_MEMBER = 'ngo-member@spilno.test';

const browser = useBrowser();
const openBrowser = (viewport?: { width: number; height: number }) => browser.open(viewport);

/** Scripts that carry Firebase SDK code. */
async function withFirebase(scripts: Map<string, Response>): Promise<string[]> {
  const found: string[] = [];
  for (const [url, response] of scripts) {
    if ((await response.body()).includes(FIREBASE_CODE)) found.push(url);
  }
  return found;
}

const text = (page: Page, selector: string) => page.locator(selector).first().innerText();

describe('public home page', () => {
  it('renders in Ukrainian, with landmarks and headings in order', async () => {
    const { page, pageErrors } = await openBrowser();
    await page.goto('/');
    expect(await page.getAttribute('html', 'lang')).toBe('uk');
    expect(await text(page, 'h1')).toBe('Разом захищаємо права людини');
    expect(await page.title()).toBe('Головна — Спільно');
    const main = await text(page, 'main');
    expect(main).toContain('Три засади співпраці');
    expect(main).toContain('Відновлення порушених прав'); // one of the four AREAS
    expect(main).toContain('Що відбувається зі зверненням');

    for (const role of ['banner', 'navigation', 'main', 'contentinfo'] as const) {
      expect(await page.getByRole(role).count(), role).toBe(1);
    }
    const current = page.getByRole('navigation').locator('[aria-current="page"]');
    expect(await current.innerText()).toBe('Головна');

    const levels = await page.$$eval('main :is(h1,h2,h3,h4,h5,h6)', (headings) =>
      headings.map((heading) => Number(heading.tagName[1])),
    );
    expect(levels[0]).toBe(1);
    expect(levels.filter((level) => level === 1)).toHaveLength(1);
    for (let i = 1; i < levels.length; i++) {
      expect(levels[i], `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1);
    }
    expect(pageErrors).toEqual([]);
  });

  // In English too: the islands then load the English catalogue, within the same budget.
  it.each([
    ['/', 'uk'],
    ['/partners', 'uk'],
    ['/coordinators', 'uk'],
    ['/?lang=en', 'en'],
    ['/partners?lang=en', 'en'],
    ['/coordinators?lang=en', 'en'],
  ] as const)(
    'loads no Firebase code at %s (%s) and stays within the JavaScript budget',
    async (path, language) => {
      const { page, requests, scripts } = await openBrowser();
      // Hosting serves the page itself (a rewrite), not the 404 page.
      const response = await page.goto(path, { waitUntil: 'networkidle' });
      expect(response?.status()).toBe(200);
      await page.locator('h1').waitFor();
      expect(await page.getAttribute('html', 'lang')).toBe(language);
      // The header is in the page's language: its switch offers the other.
      const other = language === 'uk' ? 'English' : 'Українська';
      await page.getByRole('banner').getByRole('button', { name: other }).waitFor();
      expect(scripts.size).toBeGreaterThan(0);
      expect(await withFirebase(scripts)).toEqual([]);
      expect(requests.filter((url) => /identitytoolkit|securetoken|googleapis/.test(url))).toEqual(
        [],
      );
      // The server renders the page with its data: the browser asks Firestore for nothing
      // (so App Check can be enforced for Firestore).
      expect(requests.filter((url) => /\/v1\/projects\/|firestore/i.test(url))).toEqual([]);
      let gzipped = 0;
      for (const response of scripts.values()) {
        gzipped += gzipSync(await response.body(), { level: 9 }).length;
      }
      expect(gzipped).toBeLessThanOrEqual(PUBLIC_JS_BUDGET);
    },
  );

  it('the sign-in page does load Firebase (so the check above is not passing by accident)', async () => {
    const { page, scripts } = await openBrowser();
    await page.goto('/', { waitUntil: 'networkidle' });
    expect(await withFirebase(scripts)).toEqual([]);
    // The home page is a document of its own: what the sign-in page loads is counted apart.
    scripts.clear();
    await page.getByRole('banner').getByRole('link', { name: 'Увійти' }).click();
    await page.waitForURL('**/sign-in');
    await page.getByLabel('Пароль').waitFor();
    await expect.poll(() => withFirebase(scripts)).not.toEqual([]);
  });

  it('switches to English and remembers the choice', async () => {
    const { page, pageErrors } = await openBrowser();
    await page.goto('/');
    await page.getByRole('button', { name: 'English' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('en');
    expect(await text(page, 'h1')).toBe('Protecting human rights together');
    expect(await page.title()).toBe('Home — Spilno');
    expect(await text(page, 'main')).toContain('Restoring violated rights');
    // The page is loaded again in English (`?lang=en`, which works without JavaScript), and
    // focus goes back to the switch, now offering Ukrainian.
    expect(new URL(page.url()).searchParams.get('lang')).toBe('en');
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe('Українська');

    await page.reload();
    expect(await page.getAttribute('html', 'lang')).toBe('en');
    expect(await text(page, 'h1')).toBe('Protecting human rights together');

    await page.getByRole('button', { name: 'Українська' }).click();
    await expect.poll(() => page.getAttribute('html', 'lang')).toBe('uk');
    expect(await text(page, 'h1')).toBe('Разом захищаємо права людини');
    expect(pageErrors).toEqual([]);
  });

  it('fits a 360-pixel phone without horizontal scrolling', async () => {
    const { page } = await openBrowser(PHONE);
    for (const path of [
      '/',
      '/sign-in',
      '/sign-up',
      '/partners',
      '/coordinators',
      '/no-such-page',
    ]) {
      await page.goto(path);
      await page.locator('h1').waitFor();
      expect(
        await page.evaluate(() => document.documentElement.scrollWidth),
        path,
      ).toBeLessThanOrEqual(PHONE.width);
    }
  });

  it('can be used with the keyboard: the skip link comes first and leads to the content', async () => {
    const { page } = await openBrowser();
    await page.goto('/');
    await page.locator('h1').waitFor();
    await page.keyboard.press('Tab');
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      'Перейти до змісту',
    );
    await page.keyboard.press('Enter');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('main');
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('answers an unknown address with a real «not found» page', async () => {
    const { page } = await openBrowser();
    for (const path of ['/partners/extra', '/sign-up-now', '/coordinators/UA-30']) {
      expect((await page.goto(path))?.status(), path).toBe(404);
    }
    await page.goto('/no-such-page');
    expect(await text(page, 'h1')).toBe('Сторінку не знайдено');
    expect(await page.title()).toBe('Сторінку не знайдено — Спільно');
    await page.getByRole('link', { name: 'Перейти на головну' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    expect(await text(page, 'h1')).toBe('Разом захищаємо права людини');
  });

  it('moves focus to the heading of a page opened in the app, and says which page opened', async () => {
    const { page } = await openBrowser();
    await page.goto('/sign-in');
    await page.getByRole('link', { name: 'Створіть його' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-up');
    await page.getByRole('heading', { level: 1, name: 'Створення облікового запису' }).waitFor();
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('H1');
    await expect
      .poll(() => page.locator('[role="status"][aria-live]').innerText())
      .toBe('Відкрито сторінку «Реєстрація».');
    expect(await page.title()).toBe('Реєстрація — Спільно');
  });
});

describe('the menu button on a phone', () => {
  /** The menu button, the list it opens and one of its links. */
  const menuOf = (page: Page) => {
    const banner = page.getByRole('banner');
    return {
      button: banner.getByRole('button', { name: 'Меню' }),
      list: page.locator('#main-nav-list'),
      link: (name: string) => banner.getByRole('navigation').getByRole('link', { name }),
    };
  };

  it('opens and closes the public navigation from the keyboard, and is not there on a wide screen', async () => {
    const { page, pageErrors, scripts } = await openBrowser(PHONE_390);
    await page.goto('/', { waitUntil: 'networkidle' });
    const menu = menuOf(page);
    await menu.button.waitFor();
    expect(await menu.button.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.button.getAttribute('aria-controls')).toBe('main-nav-list');
    expect(await menu.list.isHidden()).toBe(true);
    expect(await menu.link('Партнери').count()).toBe(0);

    // Enter opens it; the links follow the button in the Tab order.
    await menu.button.focus();
    await page.keyboard.press('Enter');
    await expect.poll(() => menu.button.getAttribute('aria-expanded')).toBe('true');
    await menu.link('Партнери').waitFor();
    await page.keyboard.press('Tab');
    expect((await focused(page)).text).toBe('Головна');
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);

    // Escape closes it from inside, and focus goes back to the button.
    await page.keyboard.press('Escape');
    await expect.poll(() => menu.button.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.list.isHidden()).toBe(true);
    expect((await focused(page)).text).toBe('Меню');

    // Space opens and closes it too.
    await page.keyboard.press('Space');
    await expect.poll(() => menu.button.getAttribute('aria-expanded')).toBe('true');
    await page.keyboard.press('Space');
    await expect.poll(() => menu.button.getAttribute('aria-expanded')).toBe('false');

    // The public page's JavaScript, menu included, stays within the budget.
    let gzipped = 0;
    for (const response of scripts.values()) {
      gzipped += gzipSync(await response.body(), { level: 9 }).length;
    }
    expect(gzipped).toBeLessThanOrEqual(PUBLIC_JS_BUDGET);

    // On a wide screen there is no button, and the links are there.
    await page.setViewportSize({ width: 1366, height: 900 });
    expect(await menu.button.isHidden()).toBe(true);
    await menu.link('Партнери').waitFor();
    expect(pageErrors).toEqual([]);
  });

  it('opens the signed-in navigation, follows a link and closes behind it', async () => {
    const { page, pageErrors } = await openBrowser(PHONE_390);
    await page.goto('/sign-in');
    await signInThroughForm(page, NGO_MEMBER, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/app/');
    await page.getByRole('main').getByText('Представник ГО').waitFor();
    const menu = menuOf(page);
    expect(await menu.button.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.link('Моя організація').count()).toBe(0);

    await menu.button.focus();
    await page.keyboard.press('Enter');
    await menu.link('Моя організація').waitFor();
    await expectNoAxeViolations(page);
    await menu.link('Моя організація').focus();
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname === '/app/organisation');
    await page.getByRole('heading', { name: 'Моя організація', level: 1 }).waitFor();
    await expect.poll(() => menu.button.getAttribute('aria-expanded')).toBe('false');
    expect(await menu.list.isHidden()).toBe(true);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(pageErrors).toEqual([]);
  });
});

describe('sign-in', () => {
  it('signs an NGO member in on a phone, survives a reload, and signs out', async () => {
    const { page, pageErrors } = await openBrowser(PHONE);
    await page.goto('/app/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(new URL(page.url()).searchParams.get('next')).toBe('/app/');
    expect(await text(page, 'h1')).toBe('Вхід до кабінету');

    await signInThroughForm(page, NGO_MEMBER, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/app/');
    const main = page.getByRole('main');
    await main.getByText('Представник ГО').waitFor();
    expect(await main.innerText()).toContain('Юрій Ткаченко');
    expect(await main.innerText()).toContain(ORG_KYIV);
    const header = page.getByRole('banner');
    expect(await header.innerText()).toContain('Юрій Ткаченко');
    expect(await header.getByRole('button', { name: 'Вийти' }).count()).toBe(1);
    expect(await header.locator('nav [aria-current="page"]').innerText()).toBe('Мій кабінет');
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.reload();
    await main.getByText('Представник ГО').waitFor();
    expect(new URL(page.url()).pathname).toBe('/app/');
    expect(await main.innerText()).toContain('Юрій Ткаченко');

    await header.getByRole('button', { name: 'Вийти' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await header.getByRole('link', { name: 'Увійти' }).waitFor();
    expect(await header.innerText()).not.toContain('Юрій Ткаченко');
    expect(await page.evaluate(() => localStorage.getItem('spilno.session'))).toBeNull();
    await page.goto('/app/');
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expect(pageErrors).toEqual([]);
  });

  it('explains a wrong password and an unknown address in Ukrainian', async () => {
    const { page } = await openBrowser();
    await page.goto('/sign-in');

    await signInThroughForm(page, NGO_MEMBER, 'not-the-password');
    const passwordError = page.locator('#sign-in-password-error');
    await passwordError.waitFor();
    expect(await passwordError.innerText()).toMatch(/^Неправильний пароль\./);
    const password = page.getByLabel('Пароль');
    expect(await password.getAttribute('aria-invalid')).toBe('true');
    expect(await password.getAttribute('aria-describedby')).toBe('sign-in-password-error');
    expect(await page.getByRole('button', { name: 'Увійти' }).getAttribute('aria-disabled')).toBe(
      'false',
    );
    expect(new URL(page.url()).pathname).toBe('/sign-in');

    await signInThroughForm(page, 'nobody@spilno.test', DEMO_PASSWORD);
    const emailError = page.locator('#sign-in-email-error');
    await emailError.waitFor();
    expect(await emailError.innerText()).toMatch(/^Обліковий запис з такою адресою не знайдено/);
    expect(await page.getByLabel('Електронна пошта').getAttribute('aria-describedby')).toBe(
      'sign-in-email-error',
    );
    expect(await passwordError.isHidden()).toBe(true);
  });

  it('checks the form before asking the server', async () => {
    const { page, requests } = await openBrowser();
    await page.goto('/sign-in');
    await page.locator('h1').waitFor();
    const before = requests.length;
    await page.getByRole('button', { name: 'Увійти' }).click();
    expect(await text(page, '#sign-in-email-error')).toBe('Вкажіть адресу електронної пошти.');
    expect(await text(page, '#sign-in-password-error')).toBe('Вкажіть пароль.');
    expect(await page.evaluate(() => document.activeElement?.id)).toBe('sign-in-email');
    expect(requests.slice(before).filter((url) => url.includes('identitytoolkit'))).toEqual([]);
  });

  it('shows a user without a role a friendly message, then their new role without signing out', async () => {
    const user = await createTestUser();
    const { page, pageErrors } = await openBrowser();
    await page.goto('/sign-in');
    await signInThroughForm(page, user.email, DEMO_PASSWORD);
    await page.waitForURL((url) => url.pathname === '/app/');
    const main = page.getByRole('main');
    const notice = main.getByText('Вашому обліковому запису ще не надано роль');
    await notice.waitFor();
    expect(await main.innerText()).toContain('Тестова Особа');

    await applyRole(user.uid, { role: 'ngo_member', orgId: ORG_KYIV }, SYSTEM_ACTOR);
    await main.getByText('Представник ГО').waitFor();
    expect(await main.innerText()).toContain(ORG_KYIV);
    expect(await notice.isHidden()).toBe(true);
    expect(new URL(page.url()).pathname).toBe('/app/');
    expect(pageErrors).toEqual([]);
  });
});
