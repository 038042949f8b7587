/**
 * The organisation's list of reports («Мої звернення», `/app/reports`, a Preact page): the
 * reports and drafts of the organisation, filtered by status and found by number, the filters
 * kept in the address, and the drafts kept only on this device.
 */
import { addDoc, collection } from 'firebase/firestore';
import { describe, expect, it } from 'vitest';
import { unique } from '../support/admin.js';
import { signIn } from '../support/client.js';
import { verifiedOrganisation } from '../support/organisations.js';
import {
  reportContent,
  reportInStatus,
  saveDraft,
  submittedReportDocument,
} from '../support/reports.js';
import {
  DESKTOP,
  expectNoAxeViolations,
  expectNoPageErrors,
  lastAnnouncement,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();
const WAIT = { timeout: 15_000 };

describe('the organisation’s list of reports', () => {
  it('lists reports and drafts, filters by status, finds by number and shows drafts kept on this device', async () => {
    const { orgId, member } = await verifiedOrganisation('UA-30');
    const suffix = unique('l').slice(-6);
    const submittedTitle = `Побиття затриманого у відділку ${suffix}`;
    const draftTitle = `Відмова в доступі до адвоката ${suffix}`;
    const client = await signIn(member.email);
    let submittedId: string;
    let draftId: string;
    try {
      submittedId = (
        await addDoc(
          collection(client.db, 'reports'),
          submittedReportDocument(orgId, client.uid, reportContent({ title: submittedTitle })),
        )
      ).id;
      draftId = unique('report');
      await saveDraft(client.db, draftId, orgId, client.uid, reportContent({ title: draftTitle }));
    } finally {
      await client.close();
    }
    const number = String((await reportInStatus(submittedId, ['registered'])).get('number'));

    const visit = await browser.open(DESKTOP);
    const { page } = visit;
    const main = page.getByRole('main');
    await openSignedIn(page, '/app/reports', member.email);
    await main.getByRole('heading', { name: 'Мої звернення', level: 1 }).waitFor();
    await main.getByText('Знайдено звернень: 2.').waitFor(WAIT);
    const rows = main.getByRole('list', { name: 'Знайдено звернень: 2.' }).getByRole('listitem');
    expect(await rows.count()).toBe(2);
    // A draft opens in the form, a submitted report on its page.
    expect(await main.getByRole('link', { name: draftTitle }).getAttribute('href')).toBe(
      `/app/reports/${draftId}/edit`,
    );
    expect(await main.getByRole('link', { name: submittedTitle }).getAttribute('href')).toBe(
      `/app/reports/${submittedId}`,
    );
    expect(await main.innerText()).toContain(number);
    await expectNoAxeViolations(page);

    // By status: said once «Показати» is pressed, and kept in the address.
    await page.getByLabel('Статус').selectOption('registered');
    await main.getByRole('button', { name: 'Показати' }).click();
    await main.getByText('Знайдено звернень: 1.').waitFor();
    await expect.poll(() => lastAnnouncement(page)).toBe('Знайдено звернень: 1.');
    expect(new URL(page.url()).search).toBe('?status=registered');
    expect(await main.getByRole('link', { name: draftTitle }).count()).toBe(0);

    // By number, as typed with spaces; then a search that finds nothing survives a reload.
    await page.getByLabel('Статус').selectOption('');
    await page.getByLabel('Номер або назва').fill(` ${number.toLowerCase()} `);
    await main.getByRole('button', { name: 'Показати' }).click();
    await main.getByText('Знайдено звернень: 1.').waitFor();
    await main.getByRole('link', { name: submittedTitle }).waitFor();

    // A draft typed offline is kept only here: the list offers to go on with it.
    const localId = 'LocalDraftOnlyHere0001';
    await page.evaluate(
      ({ uid, localId, title }) => {
        localStorage.setItem(
          `spilno.reportDraft.v1.${uid}.${localId}`,
          JSON.stringify({
            draftId: localId,
            uid,
            orgId: null,
            values: { title },
            savedAt: Date.now(),
            syncedAt: null,
            submitting: false,
          }),
        );
      },
      { uid: member.uid, localId, title: `Чернетка без зв’язку ${suffix}` },
    );
    await page.goto('/app/reports?q=nothing-like-this');
    await main.getByText('Звернень за цими умовами немає.').waitFor(WAIT);
    expect(await page.getByLabel('Номер або назва').inputValue()).toBe('nothing-like-this');
    const local = main.getByRole('region', { name: 'Чернетки лише на цьому пристрої' });
    const link = local.getByRole('link', { name: `Продовжити: Чернетка без зв’язку ${suffix}` });
    expect(await link.getAttribute('href')).toBe(`/app/reports/${localId}/edit`);
    await expectNoAxeViolations(page);
    expectNoPageErrors(visit);
  });
});
