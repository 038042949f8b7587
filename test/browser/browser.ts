/**
 * What the browser tests share: Debian's Chromium driven by playwright-core (launched
 * without anything that reaches the network), a fresh context per person, and the few steps
 * every flow repeats.
 */
import {
  chromium,
  type Browser,
  type BrowserContext,
  type Page,
  type Response,
} from 'playwright-core';
import type * as AxeCore from 'axe-core';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterAll, afterEach, beforeAll, expect } from 'vitest';
import { DEMO_PASSWORD } from '../../scripts/demo/demo-data.js';
import { unique } from '../support/admin.js';
import { stack } from '../support/stack.js';

export const PHONE = { width: 360, height: 740 };
/** A common phone of today (issue 10 was tried at this size). */
export const PHONE_390 = { width: 390, height: 844 };
export const DESKTOP = { width: 1280, height: 800 };
/** Module names the Firebase SDK registers itself under; found in any bundle holding it. */
export const FIREBASE_CODE = '@firebase/';
export const ADMIN = 'admin@spilno.test';

export interface Visit {
  page: Page;
  context: BrowserContext;
  /** Every URL the page requested. */
  requests: string[];
  /** The JavaScript the page received, by URL; read the bodies while the page is open. */
  scripts: Map<string, Response>;
  /** Uncaught exceptions in the page. */
  pageErrors: Error[];
}

/** Launches Chromium for the file and closes every context after each test. */
export function useBrowser(): {
  open(
    viewport?: { width: number; height: number },
    options?: { locale?: string; serviceWorkers?: 'allow' | 'block' },
  ): Promise<Visit>;
} {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.launch({
      executablePath: '/usr/bin/chromium',
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
      ],
    });
  });
  afterEach(async (context) => {
    if (context.task.result?.state === 'fail') await reportPages(contexts);
    await Promise.all(contexts.splice(0).map((open) => open.close()));
  });
  afterAll(async () => {
    await browser?.close();
  });
  return {
    /**
     * A new browser context; `locale` sets the browser's language (en-US, say). The app
     * shell's service worker is blocked unless a test allows it (offline.test.ts does): it
     * would fetch every file of the build in the background of every test.
     */
    async open(
      viewport = DESKTOP,
      options: { locale?: string; serviceWorkers?: 'allow' | 'block' } = {},
    ) {
      const context = await browser.newContext({
        baseURL: stack.webUrl,
        viewport,
        serviceWorkers: 'block',
        ...options,
      });
      contexts.push(context);
      const page = await context.newPage();
      const visit: Visit = { page, context, requests: [], scripts: new Map(), pageErrors: [] };
      page.on('request', (request) => visit.requests.push(request.url()));
      page.on('response', (response) => {
        if (response.request().resourceType() === 'script')
          visit.scripts.set(response.url(), response);
      });
      page.on('pageerror', (error) => visit.pageErrors.push(error));
      page.on('console', (message) => {
        if (message.type() === 'error') consoleErrors.set(page, message.text());
      });
      return visit;
    },
  };
}

/** The last console error of each page, for the report of a failed test. */
const consoleErrors = new WeakMap<Page, string>();

/**
 * What each open page showed when a test failed (its address, its main text, its last
 * console error): a failure on a loaded CI machine can then be read from the log alone.
 */
async function reportPages(contexts: readonly BrowserContext[]): Promise<void> {
  for (const page of contexts.flatMap((context) => context.pages())) {
    const main = await page
      .locator('main')
      .first()
      .innerText({ timeout: 2_000 })
      .catch(() => '(no main)');
    const error = consoleErrors.get(page);
    console.log(
      [`── page at ${page.url()}`, main.slice(0, 2_000), error ? `console error: ${error}` : '']
        .filter(Boolean)
        .join('\n'),
    );
  }
}

/** An address no other test uses (the test SMTP server accepts anything but reject.spilno.test). */
export function uniqueEmail(prefix: string): string {
  return `${unique(prefix)}@test.spilno.test`;
}

export async function signInThroughForm(page: Page, email: string, password = DEMO_PASSWORD) {
  await page.getByLabel('Електронна пошта').fill(email);
  await page.getByLabel('Пароль', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Увійти' }).click();
}

/** Opens a page of the app, signing in on the way (the app sends a visitor to sign in first). */
export async function openSignedIn(page: Page, path: string, email: string) {
  await page.goto(path);
  await page.waitForURL((url) => url.pathname === '/sign-in');
  await signInThroughForm(page, email);
  await page.waitForURL((url) => url.pathname === path.split('?')[0]);
  // The address changes before the page is shown (the profile's language is read first); a
  // header still showing the sign-in page would close a menu opened now when the page comes.
  await page
    .locator('main[aria-busy="false"] input[type="password"]')
    .waitFor({ state: 'detached' });
  await page.locator('main[aria-busy="false"]').waitFor();
}

export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

/** What the live region said last (announcements are set after a short delay). */
export async function lastAnnouncement(page: Page): Promise<string> {
  return page.locator('[role="status"][aria-live]').first().innerText();
}

/** The element that has focus, as its tag and text. */
export async function focused(page: Page): Promise<{ tag: string; text: string; id: string }> {
  return page.evaluate(() => ({
    tag: document.activeElement?.tagName ?? '',
    text: document.activeElement?.textContent?.trim() ?? '',
    id: document.activeElement?.id ?? '',
  }));
}

/** Scripts of the visit that carry Firebase SDK code. */
export async function scriptsWithFirebase(visit: Visit): Promise<string[]> {
  const found: string[] = [];
  for (const [url, response] of visit.scripts) {
    if ((await response.body()).includes(FIREBASE_CODE)) found.push(url);
  }
  return found;
}

export function expectNoPageErrors(visit: Visit): void {
  expect(visit.pageErrors.map((error) => error.message)).toEqual([]);
}

/**
 * On a phone the main navigation's links are behind its «Меню» button: opens it (waiting for
 * the button, which a server-rendered page shows once its script runs).
 */
export async function openMenu(page: Page): Promise<void> {
  const button = page.getByRole('banner').getByRole('button', { name: 'Меню' });
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect.poll(() => button.getAttribute('aria-expanded')).toBe('true');
}

/** axe-core, run inside the page (its own script, not the page's). */
const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/**
 * What axe-core finds against WCAG 2.1 A and AA on the page as it is now, one line a rule
 * with the elements it failed on (empty when it finds nothing).
 */
export async function axeViolations(page: Page): Promise<string[]> {
  await page.evaluate(AXE);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: typeof AxeCore }).axe;
    const result = await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] },
    });
    return result.violations.map(
      (violation) =>
        `${violation.id}: ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    );
  });
}

export async function expectNoAxeViolations(page: Page): Promise<void> {
  expect(await axeViolations(page)).toEqual([]);
}
