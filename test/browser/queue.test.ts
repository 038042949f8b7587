/**
 * The Secretariat's queue across the screen (issue 10): overdue first, then urgent, then by
 * term; fifty at a time; sortable columns and filters kept in the address; a report beyond the
 * loaded page found on the server by its number and by words of its title; no sideways scroll
 * at 1366 and 390 px; nothing axe-core objects to.
 */
import { readFile } from 'node:fs/promises';
import { Timestamp } from 'firebase-admin/firestore';
import { addDoc, collection } from 'firebase/firestore';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { reportSearchKeys } from '../../functions/src/domain/reports/report-search.js';
import { adminDb, unique } from '../support/admin.js';
import { signIn } from '../support/client.js';
import { verifiedOrganisation } from '../support/organisations.js';
import { reportContent, reportInStatus, submittedReportDocument } from '../support/reports.js';
import {
  PHONE_390,
  expectNoAxeViolations,
  expectNoPageErrors,
  hasHorizontalScroll,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();
const WIDE = { width: 1366, height: 900 };
const REGION = 'UA-18';
const DAY = 86_400_000;
const WAIT = { timeout: 15_000 };

interface Arranged {
  run: string;
  overdueTitle: string;
  urgentTitle: string;
  soonestTitle: string;
  target: { title: string; number: string };
}

/**
 * 57 reports of one organisation in a region no other test uses, written as registered (the
 * registration's own fields, its search keys included), with terms before the target's; one
 * four days overdue, one urgent whose term comes later than most, three in review. Then one more submitted
 * through the registration (first), whose term is the latest: beyond the first page of fifty.
 */
async function arrange(): Promise<Arranged> {
  const run = unique('q').slice(-6);
  const organisation = await verifiedOrganisation(REGION);
  // The target first: its registration need not wait behind the triggers of the others.
  const targetTitle = `Відмова видати довідку безхатченкові ${run}`;
  const member = await signIn(organisation.member.email);
  let reportId: string;
  try {
    const ref = await addDoc(
      collection(member.db, 'reports'),
      submittedReportDocument(
        organisation.orgId,
        member.uid,
        reportContent({ title: targetTitle, regionCode: REGION, locality: 'Житомир' }),
      ),
    );
    reportId = ref.id;
  } finally {
    await member.close();
  }
  const registered = await reportInStatus(reportId, ['registered'], 60_000).catch(async (error) => {
    const stored = (await adminDb().doc(`reports/${reportId}`).get()).data();
    throw new Error(
      `${String(error)}: ${JSON.stringify(stored?.status)} ${JSON.stringify(stored?.submissionProblems)}`,
    );
  });
  const now = Date.now();
  const batch = adminDb().batch();
  const titleOf = (i: number) => `Черга ${run} звернення ${String(i).padStart(2, '0')}`;
  for (let i = 0; i < 56; i += 1) {
    const overdue = i === 0;
    const urgent = i === 1;
    const number = `ГО-2025-${run.replace(/\D/g, '').padStart(3, '1').slice(0, 3)}${String(i).padStart(3, '0')}`;
    const ref = adminDb().collection('reports').doc();
    const title = titleOf(i);
    batch.set(ref, {
      ...reportContent({ title, regionCode: REGION, locality: 'Житомир', urgent }),
      ...(urgent ? { urgencyReason: 'Людина під вартою без медичної допомоги' } : {}),
      orgId: organisation.orgId,
      status: i >= 2 && i < 5 ? 'in_review' : 'registered',
      intake: 'web',
      createdBy: organisation.member.uid,
      createdAt: Timestamp.fromMillis(now - 30 * DAY),
      updatedAt: Timestamp.fromMillis(now - DAY),
      submittedAt: Timestamp.fromMillis(now - 30 * DAY + i * 60_000),
      registeredAt: Timestamp.fromMillis(now - 30 * DAY + i * 60_000),
      number,
      searchKeys: reportSearchKeys({ title, number }),
      assignees: [],
      responseDeadline: Timestamp.fromMillis(
        overdue ? now - 4 * DAY : urgent ? now + 10 * DAY : now + DAY + i * 6 * 3_600_000,
      ),
      deadlinePausedAt: null,
    });
  }
  await batch.commit();
  return {
    run,
    overdueTitle: titleOf(0),
    urgentTitle: titleOf(1),
    soonestTitle: titleOf(2),
    target: { title: targetTitle, number: String(registered.get('number')) },
  };
}

let arranged: Arranged;
beforeAll(async () => {
  arranged = await arrange();
}, 120_000);

describe('the queue', () => {
  it('lists the overdue first, pages, sorts, filters and finds beyond the page on the server', async () => {
    const visit = await browser.open(WIDE);
    const { page } = visit;
    const main = page.getByRole('main');
    await openSignedIn(page, `/app/queue?region=${REGION}`, 'staff1@spilno.test');
    await main.getByRole('heading', { name: 'Черга звернень', level: 1 }).waitFor();
    const table = main.getByRole('table', { name: 'Звернення в черзі' });
    const titles = () => table.locator('tbody th a').allInnerTexts();
    await table.getByRole('link', { name: arranged.overdueTitle }).waitFor(WAIT);

    // Overdue first, then urgent, then by term; the target, whose term is latest, is not loaded.
    const first = await titles();
    expect(first).toHaveLength(50);
    const mine = first.filter((title) => title.includes(arranged.run));
    expect(mine.slice(0, 3)).toEqual([
      arranged.overdueTitle,
      arranged.urgentTitle,
      arranged.soonestTitle,
    ]);
    expect(await table.locator('tbody tr').first().innerText()).toContain('Прострочено');
    expect(first).not.toContain(arranged.target.title);
    for (const column of ['Номер', 'Організація', 'Область', 'Надійшло', 'Строк', 'Виконавці']) {
      await table.getByRole('columnheader', { name: column }).waitFor();
    }
    expect(await table.locator('tbody tr').first().innerText()).toContain('Житомирська область');
    expect(await hasHorizontalScroll(page)).toBe(false);
    // The table uses the screen: far wider than the old column of 62 rem.
    expect((await table.boundingBox())!.width).toBeGreaterThan(1200);
    await expectNoAxeViolations(page);

    // The next page, from where the first stopped.
    await main.getByRole('button', { name: 'Показати ще' }).click();
    await table.getByRole('link', { name: arranged.target.title }).waitFor(WAIT);
    expect((await titles()).length).toBeGreaterThan(50);

    // A column sorts, and again the other way; the order is kept in the address.
    await table.getByRole('button', { name: 'Назва' }).click();
    await page.waitForURL((url) => url.searchParams.get('sort') === 'title');
    const header = table.getByRole('columnheader', { name: 'Назва' });
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    const ascending = await titles();
    expect(ascending).toEqual([...ascending].sort((a, b) => a.localeCompare(b, 'uk')));
    await table.getByRole('button', { name: 'Назва' }).click();
    await expect.poll(() => header.getAttribute('aria-sort')).toBe('descending');
    expect((await titles())[0]).toBe(ascending.at(-1));

    // A status filter, shown and kept in the address.
    await page.getByLabel('Статус').selectOption('in_review');
    await main.getByRole('button', { name: 'Показати', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'in_review');
    await expect
      .poll(
        async () => (await titles()).filter((title) => title.includes(arranged.run)).length,
        WAIT,
      )
      .toBe(3);

    // A fresh page: the number finds the report the first page did not hold, on the server.
    await page.goto(`/app/queue?region=${REGION}`);
    await table.getByRole('link', { name: arranged.overdueTitle }).waitFor(WAIT);
    await page.getByLabel('Номер або слова назви').fill(arranged.target.number.toLowerCase());
    await main.getByRole('button', { name: 'Показати', exact: true }).click();
    await main.getByText('Звернень: 1.').waitFor(WAIT);
    expect(await titles()).toEqual([arranged.target.title]);
    // And words of its title, in another form.
    await page.getByLabel('Номер або слова назви').fill(`довідки безхатченка ${arranged.run}`);
    await main.getByRole('button', { name: 'Показати', exact: true }).click();
    await expect.poll(titles, WAIT).toEqual([arranged.target.title]);
    expectNoPageErrors(visit);
  });

  it('does not scroll sideways on a phone, where each report is a card', async () => {
    const visit = await browser.open(PHONE_390);
    const { page } = visit;
    await openSignedIn(page, `/app/queue?region=${REGION}`, 'staff1@spilno.test');
    const table = page.getByRole('main').getByRole('table', { name: 'Звернення в черзі' });
    await table.getByRole('link', { name: arranged.overdueTitle }).waitFor(WAIT);
    expect(await hasHorizontalScroll(page)).toBe(false);
    // A card says what each line is: the column's name (data-label) before each value.
    const term = table.locator('tbody tr').first().locator('td').nth(4);
    expect(await term.getAttribute('data-label')).toBe('Строк');
    expect(await term.evaluate((cell) => getComputedStyle(cell, '::before').content)).not.toBe(
      'none',
    );
    await expectNoAxeViolations(page);
    expectNoPageErrors(visit);
  });
});

describe('the dashboard', () => {
  const zhytomyr = (page: Page) =>
    page
      .getByRole('main')
      .locator('table.figures tbody tr', { has: page.locator('th', { hasText: 'Житомирська' }) });

  it('fits at 1366 px, filters by period with a legend, and exports a CSV file Excel reads', async () => {
    const visit = await browser.open(WIDE);
    const { page } = visit;
    const main = page.getByRole('main');
    await openSignedIn(page, '/app/dashboard', 'staff1@spilno.test');
    await main.getByRole('heading', { name: 'Панель регіонів', level: 1 }).waitFor();
    const row = zhytomyr(page);
    await row.waitFor(WAIT);
    // Every column in view, the last ones included; nothing scrolls sideways.
    for (const column of ['Прострочені', 'Медіана днів до рішення (за весь час)']) {
      const box = (await main.getByRole('columnheader', { name: column }).boundingBox())!;
      expect(box.x + box.width, column).toBeLessThanOrEqual(WIDE.width);
    }
    expect(await hasHorizontalScroll(page)).toBe(false);
    const legend = main.getByRole('list', { name: 'Умовні позначення' });
    expect(await legend.innerText()).toMatch(/Надійшло[\s\S]*Вирішено/);

    // This month only the report registered through the form is new; this quarter, all of them.
    const received = () => row.locator('td').nth(8).innerText();
    await expect.poll(received, WAIT).toMatch(/^\d+$/);
    expect(Number(await received())).toBeGreaterThanOrEqual(1);
    // Still no sideways scroll once every figure is counted (the check above ran while counting).
    expect(await hasHorizontalScroll(page)).toBe(false);
    const thisMonth = Number(await received());
    await page.getByLabel('Період').selectOption('quarter');
    await page.waitForURL((url) => url.searchParams.get('period') === 'quarter');
    await main.getByRole('columnheader', { name: 'Надійшло за цей квартал' }).waitFor();
    await expect.poll(async () => Number(await received()), WAIT).toBeGreaterThanOrEqual(57);
    expect(thisMonth).toBeLessThan(57);
    await main.getByRole('heading', { name: 'Надійшло й вирішено: цей квартал' }).waitFor();
    await expectNoAxeViolations(page);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      main.getByRole('button', { name: 'Завантажити CSV' }).click(),
    ]);
    expect(download.suggestedFilename()).toMatch(
      /^spilno-dashboard-quarter-\d{4}-\d{2}-\d{2}\.csv$/,
    );
    const bytes = await readFile((await download.path())!);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = bytes.toString('utf8');
    expect(text).toContain('Область;Зареєстровано;');
    const line = text.split('\r\n').find((entry) => entry.startsWith('Житомирська область;'));
    expect(line?.split(';')[9]).toBe(await received());
    expectNoPageErrors(visit);
  });

  it('shows each region as a card on a phone, with no sideways scroll', async () => {
    const visit = await browser.open(PHONE_390);
    const { page } = visit;
    await openSignedIn(page, '/app/dashboard', 'staff1@spilno.test');
    const row = zhytomyr(page);
    await row.waitFor(WAIT);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expect(await row.evaluate((element) => getComputedStyle(element).display)).toBe('block');
    const overdue = row.locator('td').nth(6);
    expect(await overdue.getAttribute('data-label')).toBe('Прострочені');
    expect(await overdue.evaluate((cell) => getComputedStyle(cell, '::before').content)).not.toBe(
      'none',
    );
    await expectNoAxeViolations(page);
    expectNoPageErrors(visit);
  });
});
