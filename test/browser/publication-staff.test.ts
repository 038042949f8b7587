/**
 * Preparing a publication in the browser (issue 12, the staff side): staff prepare one from
 * the outcome of the demo report about the detention (its NGO consented); the personal-data
 * check flags the victim's name, declined («Андрія Савчука»), and a phone number; staff redact
 * the name and mark the number (the Commissioner's hotline) as not personal, with a reason,
 * and only then may submit. The Commissioner approves; a visitor finds the record at
 * /publications and /p/{id} with the name nowhere. An NGO member sends a note about its work,
 * with a photo (another, attached by mistake, taken off first), and sees where it stands. axe finds nothing on any of these pages, and they fit a phone and
 * a desktop once their data has arrived.
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { jpegWithMetadata } from '../../functions/src/domain/uploads/metadata/metadata-samples.test-support.js';
import { png } from '../../functions/src/domain/uploads/file-fixtures.test-support.js';
import { adminDb } from '../support/admin.js';
import {
  DESKTOP,
  PHONE,
  expectNoAxeViolations,
  expectNoPageErrors,
  hasHorizontalScroll,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();

const mark = String(3_000_000 + (Date.now() % 6_000_000));
const TITLE = `Затримання без протоколу: поліцію притягнуто до відповідальності ${mark}`;
const HOTLINE = '0 800 50 17 20';
const BODY =
  'Громадська організація повідомила, що Андрія Савчука затримали під час мирного пікету й ' +
  'шість годин не допускали до нього адвоката. Уповноважений надіслав подання, і винних ' +
  `притягнуто до відповідальності. Якщо ваші права порушено, телефонуйте на гарячу лінію ${HOTLINE}.`;

/** The page fits its width once its data is there (no table or list grows past it). */
async function expectFits(page: Page, size: { width: number; height: number }) {
  await page.setViewportSize(size);
  expect(await hasHorizontalScroll(page)).toBe(false);
}

describe('preparing a publication', () => {
  it(
    'staff prepare it from a consented report outcome and decide each flag; the Commissioner approves; a visitor reads it without personal data',
    { timeout: 300_000 },
    async () => {
      const staff = await browser.open(DESKTOP);
      const { page } = staff;
      await openSignedIn(page, '/app/publications/new', 'staff1@spilno.test');
      const main = page.getByRole('main');
      await main.getByLabel('Результат розгляду звернення').check();
      await page.locator('#publication-prepare-sourceId').selectOption('demo-report-detention');
      expect(await page.locator('#publication-no-consent').count()).toBe(0);
      await page.getByLabel('Заголовок українською').fill(TITLE);
      await page
        .getByLabel('Короткий зміст українською')
        .fill('Після подання Уповноваженого винних притягнуто до дисциплінарної відповідальності.');
      await page.getByLabel('Текст українською').fill(BODY);
      await main.getByRole('button', { name: 'Створити чернетку' }).click();
      await page.waitForURL(
        (url) =>
          /^\/app\/publications\/[A-Za-z0-9]+$/.test(url.pathname) &&
          !url.pathname.endsWith('/new'),
        { timeout: 60_000 },
      );
      const id = page.url().split('/').at(-1)!;

      // The check flagged the declined name and the number, each shown in its context.
      const flags = page.locator('#publication-flags');
      await page
        .locator('#publication-open-flags', { hasText: 'Неопрацьованих позначок: 2' })
        .waitFor();
      expect(await flags.locator('mark').allInnerTexts()).toEqual(
        expect.arrayContaining(['Андрія Савчука', HOTLINE]),
      );
      // Submitting waits, and the page says why before anyone asks.
      await page.locator('#publication-submit-waits').waitFor();
      expect(await page.getByRole('button', { name: 'Подати на затвердження' }).count()).toBe(0);
      await expectNoAxeViolations(page);
      await expectFits(page, PHONE);
      await expectFits(page, DESKTOP);

      const nameFlag = flags.locator('li.flag', {
        has: page.locator('mark', { hasText: 'Андрія Савчука' }),
      });
      await nameFlag.getByRole('button', { name: 'Вилучити' }).click();
      await page
        .locator('#publication-open-flags', { hasText: 'Неопрацьованих позначок: 1' })
        .waitFor();
      const phoneFlag = flags.locator('li.flag', {
        has: page.locator('mark', { hasText: HOTLINE }),
      });
      await phoneFlag.getByRole('button', { name: 'Не є персональними даними' }).click();
      // The reason is required: nothing is sent without it.
      await phoneFlag.locator('.field-error', { hasText: /\S/ }).waitFor();
      await phoneFlag
        .getByLabel('Чому це не персональні дані')
        .fill('Публічна гаряча лінія Уповноваженого');
      await phoneFlag.getByRole('button', { name: 'Не є персональними даними' }).click();
      await page
        .locator('#publication-open-flags', { hasText: 'Неопрацьованих позначок немає' })
        .waitFor();
      await page
        .locator('#publication-not-personal', { hasText: 'Публічна гаряча лінія' })
        .waitFor();
      const text = await page.getByLabel('Текст українською').inputValue();
      expect(text).toContain('[приховано]');
      expect(text).not.toContain('Савчук');

      await page.getByRole('button', { name: 'Подати на затвердження' }).click();
      await page.locator('#publication-state', { hasText: 'На затвердженні' }).waitFor();
      await expectNoAxeViolations(page);
      expectNoPageErrors(staff);

      // The Commissioner finds it among those awaiting approval, and approves it.
      const commissioner = await browser.open(DESKTOP);
      const review = commissioner.page;
      await openSignedIn(
        review,
        '/app/publications?state=pending_approval',
        'commissioner@spilno.test',
      );
      await review.locator('#publications').getByRole('link', { name: TITLE }).click();
      await review.waitForURL(`**/app/publications/${id}`);
      await expectNoAxeViolations(review);
      await review.getByRole('button', { name: 'Затвердити й оприлюднити' }).click();
      await review
        .getByRole('dialog')
        .getByRole('button', { name: 'Затвердити й оприлюднити' })
        .click();
      await review
        .locator('#publication-state', { hasText: 'Оприлюднено' })
        .waitFor({ timeout: 60_000 });
      await review.locator('#publication-retract').waitFor();
      await expectNoAxeViolations(review);
      await expectFits(review, PHONE);
      expectNoPageErrors(commissioner);

      // A visitor finds it by a word form and reads it: the name is nowhere.
      const visitor = await browser.open(DESKTOP);
      const site = visitor.page;
      await site.goto(`/publications?q=${encodeURIComponent(`затриманням ${mark}`)}`);
      await site.locator('.publication-rows').getByRole('link', { name: TITLE }).click();
      await site.waitForURL(`**/p/${id}`);
      const record = await site.locator('main').innerText();
      expect(record).toContain('[приховано]');
      expect(record).toContain(HOTLINE);
      expect(record).not.toMatch(/Савчук|Андрі/);
      expect(await site.content()).not.toMatch(/Савчук|Андрі/);
      await expectNoAxeViolations(site);
      const stored = JSON.stringify((await adminDb().doc(`publications/${id}`).get()).data());
      expect(stored).not.toMatch(/Савчук|Андрі/);
    },
  );

  it(
    'an NGO member sends a note about its work and sees where it stands',
    { timeout: 180_000 },
    async () => {
      const ngo = await browser.open(PHONE);
      const { page } = ngo;
      await openSignedIn(page, '/app/', 'ngo-member@spilno.test');
      await page
        .getByRole('main')
        .getByRole('link', { name: 'Надіслати замітку про діяльність' })
        .click();
      await page.waitForURL('**/app/notes/new');
      const title = `Тренінг для волонтерів про права переселенців ${mark}`;
      await page.getByLabel('Заголовок').fill(title);
      await page
        .getByLabel('Текст', { exact: true })
        .fill(
          'Організація провела дводенний тренінг для сорока волонтерів про права внутрішньо переміщених осіб.',
        );
      // Photos: one of the training, one attached by mistake and taken off after asking.
      await page.locator('#note-photos input[type="file"]').setInputFiles([
        {
          name: 'тренінг.jpg',
          mimeType: 'image/jpeg',
          buffer: Buffer.from(jpegWithMetadata(1)),
        },
        { name: 'не те фото.png', mimeType: 'image/png', buffer: Buffer.from(png()) },
      ]);
      const photos = page.locator('#note-photos .files');
      await expect.poll(() => photos.locator('.file').count(), { timeout: 30_000 }).toBe(2);
      await photos.locator('.row-title', { hasText: 'тренінг.jpg' }).waitFor();
      await page.getByRole('button', { name: 'Вилучити не те фото.png з чернетки' }).click();
      await page.getByRole('dialog').getByRole('button', { name: 'Вилучити файл' }).click();
      await expect.poll(() => photos.locator('.file').count(), { timeout: 20_000 }).toBe(1);
      await expectNoAxeViolations(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
      await page.getByLabel('Посилання').fill('not a link');
      await page.getByRole('button', { name: 'Надіслати замітку' }).click();
      await page.locator('#note-note-links-error', { hasText: 'https://' }).waitFor();
      await page.getByLabel('Посилання').fill('https://example.org/training');
      await page.getByRole('button', { name: 'Надіслати замітку' }).click();
      await page.waitForURL('**/app/notes', { timeout: 60_000 });
      const row = page.locator('#notes li', { hasText: title });
      await row.getByText('Секретаріат готує публікацію').waitFor();
      await expectNoAxeViolations(page);
      expect(await hasHorizontalScroll(page)).toBe(false);
      const sent = await adminDb()
        .collection('publicationDrafts')
        .where('kind', '==', 'ngo_activity')
        .where('title.uk', '==', title)
        .get();
      expect(sent.size).toBe(1);
      expect(sent.docs[0]!.get('createdBy')).toBe('demo-ngo-member');
      // The note the photo was added to became the draft: same id, named as its source.
      const noteId = sent.docs[0]!.id;
      expect(sent.docs[0]!.get('sourceId')).toBe(noteId);
      expect((await adminDb().doc(`notes/${noteId}`).get()).get('status')).toBe('sent');
      const photoRecords = (await adminDb().collection(`notes/${noteId}/attachments`).get()).docs;
      expect(photoRecords.map((d) => d.get('fileName'))).toEqual(['тренінг.jpg']);
      expectNoPageErrors(ngo);

      // Staff find the photo in the publication made of the note, and choose it to go public.
      const staff = await browser.open(DESKTOP);
      await openSignedIn(staff.page, `/app/publications/${noteId}`, 'staff1@spilno.test');
      await staff.page.getByRole('checkbox', { name: 'тренінг.jpg' }).check();
      await staff.page.getByRole('button', { name: 'Зберегти й перевірити' }).click();
      await expect
        .poll(
          async () =>
            (await adminDb().doc(`publicationDrafts/${noteId}`).get()).get('attachmentIds'),
          { timeout: 30_000 },
        )
        .toEqual([photoRecords[0]!.id]);
      await expectNoAxeViolations(staff.page);
      expectNoPageErrors(staff);
    },
  );
});
