/**
 * Security review, finding 7: pages carried no anti-framing or content-security headers. Every
 * page now comes with them (firebase.json; the server-rendered public pages from the
 * `publicPages` function too, at its own address as well), and the site works under its
 * Content-Security-Policy: the public pages with their islands, and the Preact app signed in,
 * through callables, Firestore and files, with nothing refused and nothing written to the
 * console as an error.
 */
import type { ConsoleMessage, Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { stack } from '../support/stack.js';
import {
  DESKTOP,
  PHONE,
  expectNoPageErrors,
  openSignedIn,
  useBrowser,
  type Visit,
} from './browser.js';

const browser = useBrowser();

/** Console errors and policy violations of a page, from the moment it is opened. */
function watchConsole(visit: Visit) {
  const errors: string[] = [];
  const record = (page: Page) => {
    page.on('console', (message: ConsoleMessage) => {
      if (message.type() === 'error') errors.push(`${page.url()}: ${message.text()}`);
    });
  };
  record(visit.page);
  visit.context.on('page', record);
  return errors;
}

/** Every Content-Security-Policy violation of every document the page loads from now on. */
async function recordViolations(page: Page): Promise<string[]> {
  const seen: string[] = [];
  await page.exposeFunction('reportCspViolation', (text: string) => seen.push(text));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) =>
      (window as unknown as { reportCspViolation(text: string): void }).reportCspViolation(
        `${location.pathname}: ${event.violatedDirective} ${event.blockedURI}`,
      ),
    );
  });
  return seen;
}

describe('the headers every page carries', () => {
  it.each([
    '/',
    '/?lang=en',
    '/partners',
    '/coordinators',
    '/sign-in',
    '/sign-up',
    '/app/',
    '/app/verify-email',
    '/app/reports/nothing-here',
    '/no-such-page',
    '/public.js',
  ])('%s', async (path) => {
    const response = await fetch(`${stack.webUrl}${path}`);
    const policy = response.headers.get('content-security-policy') ?? '';
    expect(policy).toMatch(/(^|; )default-src 'self'(;|$)/);
    expect(policy).toMatch(/(^|; )frame-ancestors 'none'(;|$)/);
    expect(policy).toMatch(/(^|; )script-src 'self'(;|$)/);
    // On the emulators the client reaches them on 127.0.0.1, and nothing else beyond itself.
    const connect = /connect-src ([^;]+)/.exec(policy)?.[1]?.split(' ') ?? [];
    expect(connect[0]).toBe("'self'");
    expect(connect.slice(1).every((source) => source.startsWith('http://127.0.0.1:'))).toBe(true);
    expect(response.headers.get('x-frame-options')).toBe('DENY');
    expect(response.headers.get('referrer-policy')).toBe('strict-origin-when-cross-origin');
    expect(response.headers.get('permissions-policy')).toContain('camera=()');
    expect(response.headers.get('strict-transport-security')).toMatch(/^max-age=\d+/);
    expect(response.headers.get('x-content-type-options')).toBe('nosniff');
  });

  it('publishes /.well-known/security.txt with a contact that has not expired', async () => {
    const response = await fetch(`${stack.webUrl}/.well-known/security.txt`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toMatch(/^text\/plain/);
    const text = await response.text();
    expect(text).toMatch(/^Contact: (mailto:|https:)\S+$/m);
    expect(text).toMatch(/^Preferred-Languages: uk, en$/m);
    const expires = Date.parse(/^Expires: (\S+)$/m.exec(text)?.[1] ?? '');
    // RFC 9116: in the future, and less than a year away.
    expect(expires).toBeGreaterThan(Date.now());
    expect(expires).toBeLessThan(Date.now() + 366 * 24 * 60 * 60 * 1000);
  });

  // The home page through Hosting, the app's shell, and a public page at the function's own
  // address (reachable without Hosting, so it sends the headers itself).
  it.each([
    ['the home page', `${stack.webUrl}/`, 'Разом захищаємо права людини'],
    ['the app', `${stack.webUrl}/sign-in`, 'Вхід до кабінету'],
    ['publicPages itself', `${stack.functionsUrl}/publicPages/`, 'Разом захищаємо права людини'],
  ])('%s cannot be framed by another page', async (_what, url, text) => {
    const visit = await browser.open(DESKTOP);
    const errors = watchConsole(visit);
    await visit.page.setContent(`<iframe src="${url}" title="framed"></iframe>`);
    await expect
      .poll(() => errors.join('\n'), { timeout: 10_000 })
      .toMatch(/frame-ancestors 'none'|X-Frame-Options/);
    // Nothing of the site is shown in the frame (at most the browser's own error page).
    const framed = visit.page.frames().find((frame) => frame !== visit.page.mainFrame());
    expect(framed?.url() ?? '').not.toBe(url);
    expect(
      await framed
        ?.getByText(text)
        .count()
        .catch(() => 0),
    ).toBe(0);
  });
});

describe('the app under its Content-Security-Policy', () => {
  it('works for a visitor, an NGO member and staff with nothing refused and no console errors', async () => {
    const visit = await browser.open(PHONE);
    const errors = watchConsole(visit);
    const { page } = visit;
    const violations = await recordViolations(page);

    // Public pages, rendered on the server; their islands hydrate from data attributes (no
    // inline script): the language switch and the partners' filters work.
    await page.goto('/');
    await page.getByRole('heading', { level: 1 }).waitFor();
    await page.goto('/partners');
    const main = page.getByRole('main');
    await main.locator('li.row').first().waitFor();
    await page.getByLabel('Область').selectOption('UA-30');
    await expect.poll(() => new URL(page.url()).searchParams.get('region')).toBe('UA-30');
    await page.goto('/coordinators');
    await page.getByRole('banner').getByRole('button', { name: 'English' }).click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'en');
    await page.getByRole('heading', { name: 'Regional coordinators', level: 1 }).waitFor();
    // Back to Ukrainian (the device remembers the choice for the app's sign-in page).
    await page.getByRole('banner').getByRole('button', { name: 'Українська' }).click();
    await page.waitForURL((url) => url.searchParams.get('lang') === 'uk');
    await page.getByRole('heading', { level: 1 }).waitFor();
    expect(violations).toEqual([]);

    // An NGO member: Auth, Firestore listeners, the report list and a report with its files.
    await openSignedIn(page, '/app/reports', 'ngo-member@spilno.test');
    await main.getByRole('link').first().waitFor();
    await page.goto('/app/reports/demo-report-detention');
    await main.getByRole('heading', { level: 1 }).waitFor();
    await page.goto('/app/notifications');
    await main.getByRole('heading', { level: 1 }).waitFor();
    await page.goto('/app/profile');
    await main.getByRole('heading', { level: 1 }).waitFor();
    expect(violations).toEqual([]);

    // Staff: a callable through Hosting (the delivery log) and the dashboard's bars.
    await page.getByRole('button', { name: 'Вийти' }).click();
    await page.waitForURL((url) => url.pathname === '/');
    await openSignedIn(page, '/app/mail-log', 'staff1@spilno.test');
    // The mails listed by `mailAction list`, through /api/call/mailAction.
    await main.locator('li.row').first().waitFor();
    await page.goto('/app/dashboard');
    // Each bar's width is set through its style property, which the policy allows.
    await main.locator('.bar-fill').first().waitFor({ state: 'attached' });
    const widths = await main
      .locator('.bar-fill')
      .evaluateAll((bars) => bars.map((bar) => (bar as HTMLElement).style.width));
    // A style the policy refused would read as ''; 0% is a set value (the default period, this
    // month, may have no reports yet).
    expect(widths.length).toBeGreaterThan(0);
    expect(widths.every((width) => /^\d+(\.\d+)?%$/.test(width))).toBe(true);

    expect(violations).toEqual([]);
    expect(errors).toEqual([]);
    expectNoPageErrors(visit);
  });
});
