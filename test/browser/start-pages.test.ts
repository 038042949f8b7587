/**
 * Start pages that say what needs the person now (issue 10): the NGO's requests to answer,
 * drafts and recent updates with a «Нове звернення» button; a coordinator's reports assigned
 * to them, due soon, overdue, new and unassigned; the Commissioner's awaiting a decision,
 * urgent and overdue; the administrator's organisations waiting for verification.
 */
import { Timestamp } from 'firebase-admin/firestore';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { adminDb, unique } from '../support/admin.js';
import { verifiedOrganisation } from '../support/organisations.js';
import { reportContent } from '../support/reports.js';
import { createTestUser } from '../support/users.js';
import { registeredOrganisation } from './arrange.js';
import {
  ADMIN,
  PHONE_390,
  expectNoAxeViolations,
  expectNoPageErrors,
  hasHorizontalScroll,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();
const REGION = 'UA-56';
const DAY = 86_400_000;
const WAIT = { timeout: 15_000 };

/** The list under a start page's heading, as the titles of its reports. */
const listed = (page: Page, heading: RegExp) =>
  page
    .getByRole('main')
    .getByRole('region', { name: heading })
    .locator('.row-title a')
    .allInnerTexts();

describe('start pages', () => {
  const run = unique('s').slice(-6);
  const title = (what: string) => `${what} ${run}`;
  let member: { email: string };
  let coordinator: { email: string };

  beforeAll(async () => {
    const organisation = await verifiedOrganisation(REGION);
    member = organisation.member;
    const person = await createTestUser({ role: 'coordinator', regions: [REGION] });
    coordinator = person;
    const now = Date.now();
    const base = (what: string, status: string, changes: Record<string, unknown> = {}) => ({
      ...reportContent({ title: title(what), regionCode: REGION, locality: 'Рівне' }),
      orgId: organisation.orgId,
      status,
      intake: 'web',
      createdBy: organisation.member.uid,
      createdAt: Timestamp.fromMillis(now - 20 * DAY),
      updatedAt: Timestamp.fromMillis(now - DAY),
      ...(status === 'draft'
        ? {}
        : {
            number: `ГО-2025-${String(Math.floor(Math.random() * 900_000) + 100_000)}`,
            submittedAt: Timestamp.fromMillis(now - 20 * DAY),
            registeredAt: Timestamp.fromMillis(now - 20 * DAY),
            assignees: [],
            responseDeadline: Timestamp.fromMillis(now + 10 * DAY),
            deadlinePausedAt: null,
          }),
      ...changes,
    });
    const batch = adminDb().batch();
    const add = (data: object) => batch.set(adminDb().collection('reports').doc(), data);
    add(
      base('Запит щодо медичних документів', 'info_requested', {
        assignees: [person.uid],
        deadlinePausedAt: Timestamp.fromMillis(now - DAY),
      }),
    );
    // A draft is kept apart from the reports, in `reportDrafts`.
    batch.set(adminDb().collection('reportDrafts').doc(), base('Чернетка про побиття', 'draft'));
    add(
      base('Прострочене без виконавця', 'registered', {
        responseDeadline: Timestamp.fromMillis(now - 3 * DAY),
      }),
    );
    add(
      base('Незабаром строк', 'in_review', {
        assignees: [person.uid],
        responseDeadline: Timestamp.fromMillis(now + 2 * DAY),
      }),
    );
    add(
      base('Термінове на розгляді', 'in_review', {
        urgent: true,
        urgencyReason: 'Людина під вартою без медичної допомоги',
      }),
    );
    await batch.commit();
  }, 60_000);

  it('the NGO sees what to answer, its drafts and recent updates, and a button for a new report', async () => {
    const visit = await browser.open(PHONE_390);
    const { page } = visit;
    await openSignedIn(page, '/app/', member.email);
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Нове звернення' }).waitFor();
    await expect
      .poll(() => listed(page, /^Запити інформації, що чекають на вашу відповідь/), WAIT)
      .toEqual([title('Запит щодо медичних документів')]);
    expect(await listed(page, /^Чернетки/)).toEqual([title('Чернетка про побиття')]);
    const recent = await listed(page, /^Останні зміни/);
    expect(recent).toContain(title('Прострочене без виконавця'));
    expect(recent).not.toContain(title('Чернетка про побиття'));
    await main.getByRole('link', { name: 'Нове звернення' }).click();
    await page.waitForURL((url) => url.pathname === '/app/reports/new');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expectNoPageErrors(visit);
  });

  it('a coordinator sees what is assigned to them, due soon, overdue, new and unassigned', async () => {
    const visit = await browser.open();
    const { page } = visit;
    await openSignedIn(page, '/app/', coordinator.email);
    await expect
      .poll(() => listed(page, /^Доручені мені/), WAIT)
      .toEqual([title('Незабаром строк'), title('Запит щодо медичних документів')]);
    expect(await listed(page, /^Строк спливає незабаром/)).toEqual([title('Незабаром строк')]);
    expect(await listed(page, /^Прострочені/)).toEqual([title('Прострочене без виконавця')]);
    expect(await listed(page, /^Нові без виконавця/)).toEqual([title('Прострочене без виконавця')]);
    await expectNoAxeViolations(page);
    expectNoPageErrors(visit);
  });

  it('the Commissioner sees what awaits a decision, the urgent and the overdue', async () => {
    const visit = await browser.open();
    const { page } = visit;
    await openSignedIn(page, '/app/', 'commissioner@spilno.test');
    const main = page.getByRole('main');
    for (const heading of [
      /^Чекають на рішення \(\d+\)/,
      /^Термінові \(\d+\)/,
      /^Прострочені \(\d+\)/,
    ]) {
      await main.getByRole('heading', { name: heading, level: 2 }).waitFor(WAIT);
    }
    expect(
      Number(
        /\((\d+)\)/.exec(await main.getByRole('heading', { name: /^Термінові/ }).innerText())?.[1],
      ),
    ).toBeGreaterThanOrEqual(1);
    // Every report listed as urgent says so.
    const urgent = main.getByRole('region', { name: /^Термінові/ }).getByRole('listitem');
    expect(await urgent.count()).toBeGreaterThan(0);
    for (const text of await urgent.allInnerTexts()) expect(text).toContain('Терміново');
    const overdue = main.getByRole('region', { name: /^Прострочені/ }).getByRole('listitem');
    expect(await overdue.count()).toBeGreaterThan(0);
    await expectNoAxeViolations(page);
    expectNoPageErrors(visit);
  });

  it('the administrator sees the organisations waiting for verification', async () => {
    const { shortName } = await registeredOrganisation();
    const visit = await browser.open();
    const { page } = visit;
    await openSignedIn(page, '/app/', ADMIN);
    const main = page.getByRole('main');
    const heading = main.getByRole('heading', { name: /^Організації, що чекають на перевірку/ });
    await heading.waitFor(WAIT);
    expect(Number(/\((\d+)\)/.exec(await heading.innerText())?.[1])).toBeGreaterThanOrEqual(1);
    await main.getByRole('link', { name: 'Усі заявки на перевірку' }).click();
    await page.waitForURL((url) => url.searchParams.get('status') === 'pending');
    await page.getByRole('main').getByRole('link', { name: shortName }).waitFor(WAIT);
    expectNoPageErrors(visit);
  });
});

describe('the public home', () => {
  it('says what to do near the top, on a phone too, rendered by the server', async () => {
    const visit = await browser.open(PHONE_390);
    const { page } = visit;
    await page.goto('/');
    const heading = page.getByRole('heading', { name: 'Що тут можна зробити', level: 2 });
    await heading.waitFor();
    expect((await heading.boundingBox())!.y).toBeLessThan(PHONE_390.height * 1.5);
    const report = page.getByRole('link', { name: 'Подати звернення' });
    expect((await report.boundingBox())!.y).toBeLessThan(PHONE_390.height * 2);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    // Unsigned, the form sends the visitor to sign in first.
    await report.click();
    await page.waitForURL((url) => url.pathname === '/sign-in');
    expectNoPageErrors(visit);
  });
});
