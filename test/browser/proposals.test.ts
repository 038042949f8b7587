/**
 * Proposals in the browser (issue 11): a member of the Expert Council on detention writes a
 * proposal with one row of the comparative table (the draft saves itself as it is typed),
 * attaches a file to the draft and removes another attached by mistake, invites the Lviv
 * organisation to co-author (its lead sees the invitation on the start page, cannot read the
 * proposal until accepting, and accepts), and submits it; the council's chair takes it into
 * review and endorses it. axe finds nothing on the editor, the invitation or the proposal page.
 */
import { describe, expect, it } from 'vitest';
import { pdf } from '../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { ORG_LVIV } from '../../scripts/demo/demo-data.js';
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
      await page.locator('#proposal-save-state', { hasText: /^Збережено$/ }).waitFor();
      const saved = (await adminDb().doc(`proposalDrafts/${id}`).get()).data()!;
      expect(saved.comparativeTable).toHaveLength(1);
      await expectNoAxeViolations(page);

      // Files: one for the council, one attached by mistake and removed after asking.
      await page.locator('#proposal-files input[type="file"]').setInputFiles([
        { name: 'Аналіз практики.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf()) },
        { name: 'Не той файл.pdf', mimeType: 'application/pdf', buffer: Buffer.from(pdf()) },
      ]);
      const files = page.locator('#proposal-files .files');
      await expect.poll(() => files.locator('.file').count(), { timeout: 30_000 }).toBe(2);
      await main.getByRole('button', { name: 'Вилучити Не той файл.pdf з чернетки' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Вилучити файл' }).click();
      await expect.poll(() => files.locator('.file').count(), { timeout: 20_000 }).toBe(1);
      const records = (await adminDb().collection(`proposals/${id}/attachments`).get()).docs;
      expect(records.map((d) => d.get('fileName'))).toEqual(['Аналіз практики.pdf']);
      expect((await adminDb().doc(`proposalDrafts/${id}`).get()).get('attachmentIds')).toEqual([
        records[0]!.id,
      ]);

      // Co-authorship: the author invites the Lviv organisation from the proposal's page.
      await page.goto(`/app/proposals/${id}`);
      const coAuthors = page.locator('#proposal-co-authors');
      await coAuthors.getByLabel('Код ЄДРПОУ організації').fill(ORG_LVIV);
      await coAuthors.getByRole('button', { name: 'Запросити до співавторства' }).click();
      await coAuthors.getByText('Запрошено').waitFor();

      const lead = await browser.open(DESKTOP);
      await openSignedIn(lead.page, `/app/proposals/${id}`, 'ngo-lviv@spilno.test');
      // Not an author yet: the proposal's text is not theirs to read.
      await lead.page.getByText('Не вдалося завантажити').first().waitFor();
      expect(await lead.page.getByRole('main').innerText()).not.toContain('попереднє ув’язнення');
      await lead.page.goto('/app/');
      const invitations = lead.page.locator('#co-author-invitations');
      await invitations.getByRole('link', { name: 'Окреме тримання дітей в ізоляторах' }).click();
      await lead.page.waitForURL(`**/app/proposals/invitations/${id}__${ORG_LVIV}`);
      await lead.page.locator('#co-authorship-state', { hasText: 'Запрошено' }).waitFor();
      await expectNoAxeViolations(lead.page);
      await lead.page.getByRole('button', { name: 'Погодитися стати співавтором' }).click();
      await lead.page.waitForURL((url) => url.pathname === `/app/proposals/${id}`);
      await lead.page.locator('#proposal-status', { hasText: 'Чернетка' }).waitFor();
      expect((await adminDb().doc(`proposalDrafts/${id}`).get()).get('orgIds')).toContain(ORG_LVIV);
      expectNoPageErrors(lead);

      await page.goto(`/app/proposals/${id}/edit`);
      await page.locator('#proposal-title').waitFor();

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
