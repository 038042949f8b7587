/**
 * The installable app shell (issue 10, weak connections): once the app has been opened, its
 * service worker keeps the app's files, so that with the network gone a reload of
 * `/app/reports/new` still opens the report form. What the worker keeps is the build's own
 * files only: no `/api/**` answer and no public server-rendered page.
 */
import { describe, expect, it } from 'vitest';
import { verifiedOrganisation } from '../support/organisations.js';
import { stack } from '../support/stack.js';
import { PHONE, openSignedIn, useBrowser } from './browser.js';

const browser = useBrowser();
const WAIT = { timeout: 30_000 };

describe('the app shell offline', () => {
  it('opens the report form on a reload with the network offline, and keeps only the build', async () => {
    const { member } = await verifiedOrganisation('UA-30');
    const visit = await browser.open(PHONE, { serviceWorkers: 'allow' });
    const { page, context } = visit;
    await openSignedIn(page, '/app/reports/new', member.email);

    // The worker installs (keeping the build's files) and takes over the page.
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null), WAIT)
      .toBe(true);

    const kept = await page.evaluate(async () => {
      const urls: string[] = [];
      for (const name of await caches.keys()) {
        const cache = await caches.open(name);
        for (const request of await cache.keys()) urls.push(request.url);
      }
      return urls;
    });
    const paths = kept.map((url) => new URL(url).pathname);
    expect(paths).toContain('/app/index.html');
    expect(paths.some((path) => path.startsWith('/assets/'))).toBe(true);
    for (const path of paths) {
      expect(path).toMatch(
        /^\/(app\/index\.html|manifest\.webmanifest|assets\/[^/]+\.(js|css)|icons\/[^/]+\.png)$/,
      );
    }
    expect(kept.every((url) => url.startsWith(stack.webUrl))).toBe(true);

    await context.setOffline(true);
    await page.reload();
    const main = page.locator('main[aria-busy="false"]');
    await expect
      .poll(() => main.getByRole('heading', { level: 1 }).innerText(), WAIT)
      .toBe('Нове звернення');
    await expect.poll(() => main.getByLabel('Коротка назва').isEditable(), WAIT).toBe(true);

    // A public page is not answered from the shell: offline, it does not open.
    const publicPage = await context.newPage();
    await expect(publicPage.goto('/partners')).rejects.toThrow(/ERR_INTERNET_DISCONNECTED/);
    await context.setOffline(false);
  });
});
