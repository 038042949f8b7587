/**
 * The public records in a browser (issue 12): a visitor searches `/publications` by a word
 * form, filters, opens a record and reads the statistics, with JavaScript and without it; axe
 * finds nothing on these pages, and the JavaScript they load stays within the public budget.
 * Records are written with the Admin SDK through the strict public schema.
 */
import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { buildPublicRecord } from '../../functions/src/domain/publications/public-record.js';
import { publicRecords } from '../../functions/src/public-pages/public-records.js';
import {
  DESKTOP,
  FIREBASE_CODE,
  PHONE_390,
  expectNoAxeViolations,
  hasHorizontalScroll,
  useBrowser,
} from './browser.js';
import { stack } from '../support/stack.js';

/** DESIGN.md: public pages carry at most 35 KB of gzipped JavaScript. */
const PUBLIC_JS_BUDGET = 35 * 1024;

const browser = useBrowser();

async function publish(id: string, title: string, body: string, region: 'UA-46' | 'UA-30') {
  const built = buildPublicRecord({
    draft: {
      kind: 'report_outcome',
      title: { uk: title },
      summary: { uk: `Короткий зміст: ${title}.` },
      body: { uk: body },
      regionCodes: [region],
      areas: ['restoration'],
      rights: ['liberty'],
      notPersonal: [],
    },
    consentToPublish: true,
    knownNames: [],
    attachments: [],
    publishedAt: new Date(),
  });
  if (!built.ok) throw new Error(JSON.stringify(built.error));
  await publicRecords().doc(id).set(built.value);
}

const mark = String(2_000_000 + (Date.now() % 7_000_000));

describe('public records in the browser', () => {
  it(
    'a visitor searches by a word form, filters, opens a record and reads the statistics',
    { timeout: 180_000 },
    async () => {
      await publish(
        `br-lviv-${mark}`,
        `Порушення права на свободу усунуто ${mark}`,
        'Після втручання Уповноваженого людину звільнили.',
        'UA-46',
      );
      await publish(
        `br-kyiv-${mark}`,
        `Порушенням у закладі запобігли ${mark}`,
        'Моніторинговий візит запобіг порушенню.',
        'UA-30',
      );
      const { page, scripts, pageErrors } = await browser.open(DESKTOP);
      await page.goto('/');
      await page.getByRole('navigation').getByRole('link', { name: 'Публікації' }).click();
      await page.waitForURL('**/publications');
      await page.getByRole('heading', { level: 1 }).waitFor();
      await expectNoAxeViolations(page);

      await page.getByLabel('Слова для пошуку').fill(`порушень ${mark}`);
      await page.getByRole('button', { name: 'Шукати' }).click();
      await page.waitForURL(/q=/);
      const results = page.locator('.publication-rows');
      await expect.poll(() => results.locator('li').count()).toBe(2);

      await page.getByLabel('Область').selectOption('UA-46');
      await page.getByRole('button', { name: 'Шукати' }).click();
      await page.waitForURL(/region=UA-46/);
      await expect.poll(() => results.locator('li').count()).toBe(1);
      await expectNoAxeViolations(page);

      await results
        .getByRole('link', { name: `Порушення права на свободу усунуто ${mark}` })
        .click();
      await page.waitForURL(`**/p/br-lviv-${mark}`);
      expect(await page.locator('h1').innerText()).toBe(
        `Порушення права на свободу усунуто ${mark}`,
      );
      expect(await page.locator('main').innerText()).toContain('людину звільнили');
      await expectNoAxeViolations(page);

      await page.getByRole('navigation').getByRole('link', { name: 'Статистика' }).click();
      await page.waitForURL('**/stats');
      await page
        .getByRole('heading', { name: 'Статистика для громадського моніторингу' })
        .waitFor();
      await expectNoAxeViolations(page);

      // The page that says what the open data holds, from the statistics page's link.
      await page.getByRole('link', { name: 'Усі відкриті дані та їхній опис' }).click();
      await page.waitForURL('**/open-data');
      await page.getByRole('heading', { name: 'Відкриті дані', level: 1 }).waitFor();
      expect(await page.locator('a[href="/open-data/stats.csv"]').count()).toBe(1);
      await expectNoAxeViolations(page);

      let gzipped = 0;
      for (const [url, response] of scripts) {
        const body = await response.body();
        expect(body.includes(FIREBASE_CODE), url).toBe(false);
        gzipped += gzipSync(body, { level: 9 }).length;
      }
      expect(gzipped).toBeGreaterThan(0);
      expect(gzipped).toBeLessThanOrEqual(PUBLIC_JS_BUDGET);
      expect(pageErrors).toEqual([]);
    },
  );

  it(
    'works without JavaScript: the search form, the record and the statistics are HTML',
    { timeout: 120_000 },
    async () => {
      await publish(
        `nojs-${mark}`,
        `Пам’ять про порушення ${mark}`,
        'Текст публікації без JavaScript.',
        'UA-30',
      );
      // A context of its own, with scripts off (the helper's contexts run them).
      const visit = await browser.open(PHONE_390);
      const context = await visit.context.browser()!.newContext({
        baseURL: stack.webUrl,
        javaScriptEnabled: false,
        viewport: PHONE_390,
      });
      try {
        const page = await context.newPage();
        await page.goto('/publications');
        await page.getByLabel('Слова для пошуку').fill(`ПАМ'ЯТЬ ${mark}`);
        await page.getByRole('button', { name: 'Шукати' }).click();
        await page.waitForURL(/q=/);
        const link = page.getByRole('link', { name: `Пам’ять про порушення ${mark}` });
        await link.click();
        await page.waitForURL(`**/p/nojs-${mark}`);
        expect(await page.locator('main').innerText()).toContain(
          'Текст публікації без JavaScript.',
        );
        expect(await hasHorizontalScroll(page)).toBe(false);
        await page.goto('/stats');
        expect(await page.locator('h1').innerText()).toBe(
          'Статистика для громадського моніторингу',
        );
        expect(await page.locator('table.chart-table, p').count()).toBeGreaterThan(0);
      } finally {
        await context.close();
      }
    },
  );
});
