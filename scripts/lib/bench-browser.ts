import { chromium, type Browser, type BrowserContext } from 'playwright-core';
import { DEMO_PASSWORD } from '../demo/demo-data.js';

/** Debian's Chromium, headless, as the browser benchmarks drive it. */
export function launchBenchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: '/usr/bin/chromium',
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking'],
  });
}

/**
 * Signs a demo account in through the sign-in form in a page of its own, which is closed once
 * the app has shown a settled page: the context then holds the session.
 */
export async function signInDemo(context: BrowserContext, email: string): Promise<void> {
  const page = await context.newPage();
  await page.goto('/sign-in');
  await page.getByLabel('Електронна пошта').fill(email);
  await page.getByLabel('Пароль', { exact: true }).fill(DEMO_PASSWORD);
  await page.getByRole('button', { name: 'Увійти' }).click();
  await page.waitForURL((url) => url.pathname.startsWith('/app'));
  await page.locator('main[aria-busy="false"] h1').waitFor();
  await page.close();
}
