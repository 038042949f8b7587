/**
 * The recommendation to Parliament in the browser (issue 11): on a proposal the Commissioner
 * recommended, staff record the recommendation as sent (the letter's text starts from the
 * proposal's summary, the date is typed day first) and the bill's first stage; the tracker
 * shows it as a dated list. axe finds nothing on the page.
 */
import { describe, expect, it } from 'vitest';
import { adminDb, unique } from '../support/admin.js';
import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoPageErrors,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();

/** A copy of the demo's recommended proposal, so the demo's own stays as it is. */
async function recommendedProposal(): Promise<string> {
  const demo = await adminDb().doc('proposals/demo-proposal-recommended').get();
  const id = unique('recommended');
  await adminDb().doc(`proposals/${id}`).set(demo.data()!);
  return id;
}

describe('the recommendation to Parliament', () => {
  it('staff record the recommendation and a stage of the bill', { timeout: 240_000 }, async () => {
    const id = await recommendedProposal();
    const staff = await browser.open(DESKTOP);
    const { page } = staff;
    await openSignedIn(page, `/app/proposals/${id}`, 'staff1@spilno.test');
    const section = page.locator('#parliament');
    await section.getByLabel('Вихідний номер').fill('01-12/4455');
    await section.getByLabel('Дата листа').fill('01.12.2026');
    await section
      .getByLabel('Адресат')
      .selectOption({ label: 'Комітет з питань правової політики' });
    await expect(section.getByLabel('Текст листа').inputValue()).resolves.toContain(
      'Медичний огляд дитини при затриманні',
    );
    await section.getByRole('button', { name: 'Записати направлення' }).click();
    await page.locator('#proposal-status', { hasText: 'Направлено до Верховної Ради' }).waitFor();
    await section
      .locator('#parliament-recommendation', { hasText: '№ 01-12/4455, 1 грудня 2026 р.' })
      .waitFor();
    await expect(
      section.getByRole('button', { name: 'Завантажити лист (DOCX)' }).isVisible(),
    ).resolves.toBe(true);
    await expectNoAxeViolations(page);

    await section.getByLabel('Номер законопроєкту').fill('5655');
    await section.getByLabel('Етап', { exact: true }).selectOption({ label: 'Зареєстровано' });
    await section.getByLabel('Дата етапу').fill('02.12.2026');
    await section.getByRole('button', { name: 'Додати етап' }).click();
    await section.locator('#parliament-stages', { hasText: 'Зареєстровано' }).waitFor();
    await expect(section.locator('#parliament-stages li').first().innerText()).resolves.toContain(
      '2 грудня 2026 р.',
    );
    await section.locator('#parliament-bill', { hasText: '№ 5655' }).waitFor();
    const stored = (await adminDb().doc(`proposals/${id}`).get()).data()!;
    expect(stored.recommendation).toMatchObject({
      outgoingNumber: '01-12/4455',
      sentOn: '2026-12-01',
    });
    expect(stored.tracker).toEqual({
      billNumber: '5655',
      stages: [{ stage: 'registered', date: '2026-12-02' }],
    });
    await expectNoAxeViolations(page);
    expectNoPageErrors(staff);
  });
});
