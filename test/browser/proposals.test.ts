/**
 * Proposals in the browser (issue 11): a member of the Expert Council on detention writes a
 * proposal with one row of the comparative table (the draft saves itself as it is typed) and
 * submits it; the council's chair takes it into review and endorses it. axe finds nothing on
 * the editor or the proposal page.
 */
import { describe, expect, it } from 'vitest';
import { adminDb } from '../support/admin.js';
import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoPageErrors,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();

describe('proposals', () => {
  it(
    'a council member writes and submits a proposal; the chair endorses it',
    { timeout: 240_000 },
    async () => {
      const author = await browser.open(DESKTOP);
      const { page } = author;
      await openSignedIn(page, '/app/proposals/new', 'ngo-member@spilno.test');
      const main = page.getByRole('main');
      await page
        .getByLabel('Експертна рада')
        .selectOption({ label: 'Експертна рада з питань дотримання прав осіб, позбавлених волі' });
      await page.getByLabel('Назва пропозиції').fill('Окреме тримання дітей в ізоляторах');
      await main.getByRole('button', { name: 'Почати пропозицію' }).click();
      await page.waitForURL(/\/app\/proposals\/[^/]+\/edit$/);
      const id = page.url().split('/').at(-2)!;

      await page
        .locator('#proposal-draftLawTitle')
        .fill('Про внесення змін до Закону України «Про попереднє ув’язнення» щодо прав дітей');
      await page
        .locator('#proposal-problem')
        .fill('Закон не забороняє прямо тримати дітей разом із дорослими в ізоляторах.');
      await main.getByRole('button', { name: 'Додати акт' }).click();
      await page.locator('#proposal-act-0-title').fill('Закон України «Про попереднє ув’язнення»');
      await page.locator('#proposal-act-0-number').fill('3352-XII');
      await page.locator('#proposal-act-0-articles').fill('стаття 8');
      await main.getByRole('button', { name: 'Додати стандарт' }).click();
      await page.locator('#proposal-standard-0-instrument').selectOption('crc');
      await page.locator('#proposal-standard-0-article').selectOption('37');
      await page
        .locator('#proposal-justification')
        .fill(
          'Стаття 37 Конвенції ООН про права дитини вимагає тримати дітей окремо від дорослих.',
        );
      await page
        .locator('#proposal-expectedEffect')
        .fill('Діти не перебуватимуть разом із дорослими.');
      await main.getByRole('button', { name: 'Додати рядок' }).click();
      await page.locator('#proposal-row-0-provision').fill('Стаття 8, частина перша');
      await page
        .locator('#proposal-row-0-current')
        .fill('Неповнолітні тримаються окремо від дорослих.');
      await page
        .locator('#proposal-row-0-proposed')
        .fill('Неповнолітні тримаються окремо від дорослих за будь-яких обставин.');
      await page.locator('#proposal-save-state', { hasText: 'Збережено' }).waitFor();
      const saved = (await adminDb().doc(`proposalDrafts/${id}`).get()).data()!;
      expect(saved.comparativeTable).toHaveLength(1);
      await expectNoAxeViolations(page);

      await main.getByRole('button', { name: 'Подати до ради' }).click();
      await page.waitForURL((url) => url.pathname === `/app/proposals/${id}`, { timeout: 60_000 });
      await page.locator('#proposal-status', { hasText: 'Подано до ради' }).waitFor();
      // The table side by side, the new words marked.
      expect((await page.locator('#comparative-table ins').allInnerTexts()).join(' ')).toContain(
        'будь-яких обставин',
      );
      await expectNoAxeViolations(page);
      expectNoPageErrors(author);

      const chair = await browser.open(DESKTOP);
      await openSignedIn(chair.page, `/app/proposals/${id}`, 'ngo-admin@spilno.test');
      const panel = chair.page.locator('#proposal-actions');
      await panel.getByRole('button', { name: 'Розпочати розгляд радою' }).click();
      await chair.page
        .locator('#proposal-status', { hasText: 'Розгляд експертною радою' })
        .waitFor();
      await panel.getByLabel('Коментар голови').fill('Рада підтримує пропозицію.');
      await panel.getByRole('button', { name: 'Схвалити пропозицію' }).click();
      await chair.page.locator('#proposal-status', { hasText: 'Схвалено радою' }).waitFor();
      expect((await adminDb().doc(`proposals/${id}`).get()).get('status')).toBe('endorsed');
      await expectNoAxeViolations(chair.page);
      expectNoPageErrors(chair);
    },
  );
});
