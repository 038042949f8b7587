/**
 * Reports of violations in the browser (issue 5): an NGO member fills in and submits a report
 * with a file on a phone — through a reload and a moment without connection — and sees its
 * registration number; the Commissioner decides and the NGO sees the decision; a coordinator
 * asks for information with a template and the NGO answers; the Kyiv coordinator's queue and
 * dashboard show the new report and Kyiv's figures.
 */
import { addDoc, collection } from 'firebase/firestore';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { onePagePdf } from '../../scripts/demo/demo-files.js';
import { adminDb, unique } from '../support/admin.js';
import { signIn } from '../support/client.js';
import { verifiedOrganisation } from '../support/organisations.js';
import { reportContent, reportInStatus, submittedReportDocument } from '../support/reports.js';
import {
  DESKTOP,
  PHONE,
  expectNoAxeViolations,
  expectNoPageErrors,
  hasHorizontalScroll,
  lastAnnouncement,
  openMenu,
  openSignedIn,
  useBrowser,
} from './browser.js';

const browser = useBrowser();
const COMMISSIONER = 'commissioner@spilno.test';
const KYIV_COORDINATOR = 'coordinator-kyiv@spilno.test';
const NUMBER = /ГО-\d{4}-\d{6}/;
/** How long to wait for what the server or a debounced save does (expect.poll waits 1 s). */
const WAIT = { timeout: 15_000 };

/** A small but real PDF (one page with a line of text), as the demo seed makes them. */
const smallPdf = (line: string) => onePagePdf([line]);

/** A report of a fresh organisation, registered and (optionally) taken into review. */
async function arrangedReport(options: { review: boolean; title?: string }) {
  const organisation = await verifiedOrganisation('UA-30');
  const title = options.title ?? `Відмова в доступі до інформації ${unique('t').slice(-6)}`;
  const member = await signIn(organisation.member.email);
  let reportId: string;
  try {
    const ref = await addDoc(
      collection(member.db, 'reports'),
      submittedReportDocument(organisation.orgId, member.uid, reportContent({ title })),
    );
    reportId = ref.id;
  } finally {
    await member.close();
  }
  const registered = await reportInStatus(reportId, ['registered']);
  if (options.review) {
    const coordinator = await signIn(KYIV_COORDINATOR);
    try {
      await coordinator.call('reportAction', { action: 'startReview', reportId });
    } finally {
      await coordinator.close();
    }
    await reportInStatus(reportId, ['in_review']);
  }
  return { organisation, reportId, title, number: String(registered.get('number')) };
}

/** The save state line of the report form. */
const saveState = (page: Page) => page.locator('#report-save-state');

describe('an NGO member reports a violation', () => {
  it('goes through the steps on a phone, through a reload and a lost connection, adds a PDF, checks the answers, changes one, submits and sees what happens next', async () => {
    const { orgId, member } = await verifiedOrganisation('UA-30');
    const visit = await browser.open(PHONE);
    const { page, context } = visit;
    const main = page.getByRole('main');
    const title = `Затримання активіста без протоколу ${unique('r').slice(-6)}`;
    const stepHeading = (name: string) => main.getByRole('heading', { name, level: 2 });
    const next = () => main.getByRole('button', { name: 'Далі', exact: true }).click();

    await openSignedIn(page, '/app/', member.email);
    await openMenu(page);
    await page.getByRole('navigation').getByRole('link', { name: 'Звернення' }).click();
    await page.waitForURL((url) => url.pathname === '/app/reports');
    await main.getByRole('heading', { name: 'Мої звернення', level: 1 }).waitFor();
    await main.getByRole('link', { name: 'Нове звернення' }).click();
    await page.waitForURL((url) => url.pathname === '/app/reports/new');
    await main.getByRole('heading', { name: 'Нове звернення', level: 1 }).waitFor();
    // One step at a time, and where one is.
    await stepHeading('Про порушення').waitFor();
    expect(await main.locator('.form-steps-count').innerText()).toBe('Крок 1 з 7');
    expect(await main.locator('[aria-current="step"]').innerText()).toBe('Про порушення');

    // Validation as one types: a field left half-filled says what is wrong, tied to it.
    const titleField = page.getByLabel('Коротка назва');
    await titleField.fill('Ой');
    await page.getByLabel('Що сталося').focus();
    await page.locator('#report-title-error').waitFor();
    expect(await titleField.getAttribute('aria-invalid')).toBe('true');
    expect(await titleField.getAttribute('aria-describedby')).toContain('report-title-error');
    await titleField.fill(title);
    await expect.poll(() => titleField.getAttribute('aria-invalid')).toBeNull();

    // From the first keystroke the draft has its own address, and is kept on this device.
    await page.waitForURL((url) => /^\/app\/reports\/[A-Za-z0-9]{20}\/edit$/.test(url.pathname));
    const reportId = new URL(page.url()).pathname.split('/')[3]!;

    // «Далі» with a field missing: the error summary at the top links to it.
    await next();
    const summary = main.locator('.error-summary');
    await summary.waitFor();
    await expectNoAxeViolations(page);
    const link = summary.getByRole('link', { name: /Що сталося/ });
    await link.click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('report-description');
    await page
      .getByLabel('Що сталося')
      .fill(
        'Працівники поліції затримали активіста під час мирного пікету біля міськради й шість годин не допускали до нього адвоката.',
      );
    await next();

    await stepHeading('Де і коли').waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('report-step-heading');
    // Typed day first: the 12th of November.
    await page.getByLabel('Дата події').fill('12.11.2026');
    await page.getByLabel('Область').selectOption('UA-30');
    await page.getByLabel('Населений пункт').fill('Київ');
    await expect.poll(() => saveState(page).getAttribute('data-state'), WAIT).toBe('device');
    expect(await saveState(page).innerText()).toContain('Збережено на цьому пристрої');
    // The save line stays in view: stuck to the top of the screen.
    expect(await saveState(page).evaluate((node) => getComputedStyle(node).position)).toBe(
      'sticky',
    );
    // What is valid so far is on the server already, so evidence can be added from the start.
    const onServer = async (field: string) =>
      (await adminDb().doc(`reportDrafts/${reportId}`).get()).get(field) as unknown;
    await expect.poll(() => onServer('locality'), WAIT).toBe('Київ');
    expect(await onServer('incidentDate')).toBe('2026-11-12');
    expect(await onServer('violator')).toBeUndefined();

    // A reload brings everything back, on the same step.
    await page.reload();
    await main.getByRole('heading', { name: 'Чернетка звернення', level: 1 }).waitFor();
    await stepHeading('Де і коли').waitFor();
    expect(await page.getByLabel('Населений пункт').inputValue()).toBe('Київ');
    expect(await page.getByLabel('Область').inputValue()).toBe('UA-30');
    await next();

    // Who violated the rights: asked once.
    await stepHeading('Порушник').waitFor();
    expect(await main.getByLabel('Хто порушив права').count()).toBe(1);
    await page.getByLabel('Хто порушив права').selectOption('state_body');
    await page
      .getByLabel('Назва органу чи посадової особи')
      .fill('Головне управління Національної поліції у м. Києві');
    await next();

    // Rights: the common ones first, found by typing, ticked, and said back.
    await stepHeading('Які права порушено').waitFor();
    const firstRight = main.locator('#report-rights-choices .choice label').first();
    expect(await firstRight.innerText()).toBe('Право на свободу та особисту недоторканність');
    await page.getByLabel('Знайти право').fill('свобод');
    await page
      .getByRole('checkbox', { name: 'Право на свободу та особисту недоторканність' })
      .check();
    expect(await page.getByRole('checkbox', { name: 'Право на мирні зібрання' }).isHidden()).toBe(
      true,
    );
    await page.getByLabel('Знайти право').fill('зібран');
    await page.getByRole('checkbox', { name: 'Право на мирні зібрання' }).check();
    expect(await main.locator('.rights-chosen').innerText()).toContain('Право на мирні зібрання');
    // The area of cooperation is asked in plain words, and suggested.
    const restore = page.getByRole('radio', { name: /Відновити права постраждалих/ });
    expect(await restore.isChecked()).toBe(true);
    await next();

    await stepHeading('Постраждалі та свідки').waitFor();
    await page.getByLabel('Кількість постраждалих').fill('1');
    await page.getByRole('checkbox', { name: 'люди, позбавлені волі' }).check();
    // The restricted section says who sees it.
    const restricted = main.locator('section.restricted');
    expect(await restricted.innerText()).toContain('Їх ніколи не публікують');
    await restricted.getByRole('button', { name: 'Додати постраждалу особу' }).click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id), WAIT)
      .toBe('report-victims-0-fullName');
    await page.keyboard.type('Савчук Андрій Петрович');

    // The whole draft is on the server now.
    await expect
      .poll(() => saveState(page).getAttribute('data-state'), { timeout: 15_000 })
      .toBe('saved');
    expect(await saveState(page).innerText()).toBe('Збережено');
    // In the drafts, where no function runs on a write; no report exists until submission.
    const draft = await adminDb().doc(`reportDrafts/${reportId}`).get();
    expect(draft.get('status')).toBe('draft');
    expect((await adminDb().doc(`reports/${reportId}`).get()).exists).toBe(false);
    expect(draft.get('intake')).toBe('web');
    expect(draft.get('rights')).toEqual(['liberty', 'assembly']);
    expect(draft.get('area')).toBe('restoration');
    expect(await hasHorizontalScroll(page)).toBe(false);

    // A moment without connection: typing goes on, nothing is lost.
    const notes = restricted.getByLabel('Примітки');
    await context.setOffline(true);
    await notes.pressSequentially('Затриманий у відділку на Оболоні.');
    await expect
      .poll(() => saveState(page).getAttribute('data-state'), { timeout: 10_000 })
      .toBe('offline');
    expect(await saveState(page).innerText()).toBe('Немає зв’язку — збережено на пристрої');
    await context.setOffline(false);
    await expect
      .poll(() => saveState(page).getAttribute('data-state'), { timeout: 30_000 })
      .toBe('saved');
    await expect
      .poll(
        async () =>
          (await adminDb().doc(`reportDrafts/${reportId}/private/personalData`).get()).get(
            'victims',
          ),
        WAIT,
      )
      .toEqual([
        { fullName: 'Савчук Андрій Петрович', notes: 'Затриманий у відділку на Оболоні.' },
      ]);
    await next();

    // Evidence: a real PDF, checked, uploaded with a progress bar, listed with its size.
    await stepHeading('Документи та докази').waitFor();
    const evidence = page.getByRole('button', { name: 'Докази Додати файли', exact: true });
    await expect.poll(() => evidence.isEnabled(), WAIT).toBe(true);
    await evidence.setInputFiles({
      name: 'Скарга до поліції.pdf',
      mimeType: 'application/pdf',
      buffer: smallPdf('Skarha'),
    });
    const download = main.getByRole('button', { name: 'Завантажити Скарга до поліції.pdf' });
    await download.waitFor({ timeout: 20_000 });
    await expect
      .poll(() => lastAnnouncement(page), WAIT)
      .toContain('Файл «Скарга до поліції.pdf» додано.');
    expect(await main.locator('.files').innerText()).toMatch(/Доказ · \d+ Б/);
    // A program renamed as a PDF is refused on the device, in plain words.
    await evidence.setInputFiles({
      name: 'rozklad.pdf',
      mimeType: 'application/pdf',
      buffer: Buffer.from('MZ\x90\x00\x03\x00\x00\x00\x04\x00\x00\x00\xff\xff\x00\x00', 'latin1'),
    });
    await main.getByText(/Файл «rozklad\.pdf» не додано\. Це програма або скрипт/).waitFor();
    const attachments = await adminDb().collection(`reports/${reportId}/attachments`).get();
    expect(attachments.docs.map((doc) => doc.get('fileName'))).toEqual(['Скарга до поліції.pdf']);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await next();

    // Check your answers: every section as it goes, the date as Ukrainians write it.
    await stepHeading('Перевірте відповіді').waitFor();
    const answers = main.locator('.check-answers');
    expect(await answers.innerText()).toContain(title);
    expect(await answers.innerText()).toContain('12 листопада 2026 р.');
    expect(await answers.innerText()).toContain('Файлів: 1');
    await expectNoAxeViolations(page);
    // Changing a section opens its step, whose button comes back here.
    await answers.getByRole('link', { name: 'Змінити: Де і коли' }).click();
    await stepHeading('Де і коли').waitFor();
    await page.getByLabel('Населений пункт').fill('Київ, Оболонський район');
    await main.getByRole('button', { name: 'Зберегти й повернутися до перевірки' }).click();
    await stepHeading('Перевірте відповіді').waitFor();
    expect(await answers.innerText()).toContain('Київ, Оболонський район');
    await page.getByRole('checkbox', { name: /оприлюднення знеособлених відомостей/ }).check();
    expect(await hasHorizontalScroll(page)).toBe(false);

    // Submitting: the report page leads with what happens next, and shows the number.
    await main.getByRole('button', { name: 'Подати звернення' }).click();
    await page.waitForURL((url) => url.pathname === `/app/reports/${reportId}`);
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    const number = main.locator('.report-number');
    await number.waitFor({ timeout: 20_000 });
    expect(await number.innerText()).toMatch(NUMBER);
    await main.locator('.report-summary .tag', { hasText: 'Зареєстровано' }).waitFor();
    await main.getByText(`Звернення зареєстровано. Номер: ${await number.innerText()}.`).waitFor();
    await main.getByRole('heading', { name: 'Що далі', level: 2 }).waitFor();
    const registered = await adminDb().doc(`reports/${reportId}`).get();
    expect(registered.get('number')).toBe(await number.innerText());
    expect(registered.get('orgId')).toBe(orgId);
    expect(registered.get('locality')).toBe('Київ, Оболонський район');
    expect(registered.get('consentToPublish')).toBe(true);
    // The submission's batch took the draft away.
    expect((await adminDb().doc(`reportDrafts/${reportId}`).get()).exists).toBe(false);
    // The timeline, the files and the restricted data are on the page.
    await main.getByText(/Звернення зареєстровано під номером ГО-/).waitFor();
    expect(await main.innerText()).toContain('Скарга до поліції.pdf');
    expect(await main.locator('section.restricted').innerText()).toContain(
      'Савчук Андрій Петрович',
    );
    expect(await hasHorizontalScroll(page)).toBe(false);
    // The device no longer keeps the draft the server has.
    await expect
      .poll(
        () =>
          page.evaluate(
            (id) => Object.keys(localStorage).filter((key) => key.endsWith(`.${id}`)),
            reportId,
          ),
        WAIT,
      )
      .toEqual([]);
    expectNoPageErrors(visit);
  });

  it('on checking the answers of a half-filled draft, lists every problem and leads to its step; then deletes the draft with its files', async () => {
    const { member } = await verifiedOrganisation('UA-30');
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const main = page.getByRole('main');
    await openSignedIn(page, '/app/reports/new', member.email);
    await page.getByLabel('Коротка назва').fill(`Чернетка на видалення ${unique('d').slice(-6)}`);
    await page.waitForURL((url) => /^\/app\/reports\/[A-Za-z0-9]{20}\/edit$/.test(url.pathname));
    const reportId = new URL(page.url()).pathname.split('/')[3]!;
    // Steps already passed can be gone back to; the others are not links yet.
    expect(await main.locator('.form-steps').getByRole('link').count()).toBe(0);

    await page.goto(`/app/reports/${reportId}/edit?step=review`);
    await main.getByRole('heading', { name: 'Перевірте відповіді', level: 2 }).waitFor();
    await main.getByRole('button', { name: 'Подати звернення' }).click();
    const summary = main.locator('.error-summary');
    await summary.waitFor();
    expect(await summary.innerText()).toContain('виправте позначені нижче відповіді');
    expect(await summary.getByRole('link').count()).toBeGreaterThanOrEqual(5);
    await summary.getByRole('link', { name: /Дата події/ }).click();
    await main.getByRole('heading', { name: 'Де і коли', level: 2 }).waitFor();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.id))
      .toBe('report-incidentDate');
    expect(
      await main.getByRole('button', { name: 'Зберегти й повернутися до перевірки' }).count(),
    ).toBe(1);

    await main.getByRole('link', { name: 'Документи та докази', exact: true }).click();
    const evidence = page.getByRole('button', { name: 'Докази Додати файли', exact: true });
    await expect.poll(() => evidence.isEnabled(), WAIT).toBe(true);
    await evidence.setInputFiles({
      name: 'Фото.pdf',
      mimeType: 'application/pdf',
      buffer: smallPdf('Foto'),
    });
    await main.getByRole('button', { name: 'Завантажити Фото.pdf' }).waitFor(WAIT);

    await main.getByRole('button', { name: 'Видалити чернетку' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText('Повернути її буде неможливо').waitFor();
    await dialog.getByRole('button', { name: 'Видалити', exact: true }).click();
    await page.waitForURL((url) => url.pathname === '/app/reports');
    await expect.poll(() => lastAnnouncement(page), WAIT).toContain('Чернетку видалено.');
    expect((await adminDb().doc(`reportDrafts/${reportId}`).get()).exists).toBe(false);
    await expect
      .poll(
        async () => (await adminDb().collection(`reports/${reportId}/attachments`).get()).size,
        WAIT,
      )
      .toBe(0);
    expectNoPageErrors(visit);
  });

  it('tells a member of an organisation waiting for verification that the draft waits too', async () => {
    const visit = await browser.open(PHONE);
    await openSignedIn(visit.page, '/app/reports/new', 'ngo-pending@spilno.test');
    const main = visit.page.getByRole('main');
    await main.getByText('Ваша організація ще чекає перевірки Секретаріатом').waitFor();
    expect(await main.getByRole('button', { name: 'Подати звернення' }).count()).toBe(0);
    expectNoPageErrors(visit);
  });
});

describe('a draft the server sent back', () => {
  it('shows the registration’s problems at the fields they concern', async () => {
    const { orgId, member } = await verifiedOrganisation('UA-30');
    const title = `Повернуте звернення ${unique('back').slice(-6)}`;
    const ref = adminDb().collection('reportDrafts').doc();
    const problem = '«Коротка назва»: не більше 200 символів';
    await ref.set({
      ...reportContent({ title }),
      orgId,
      status: 'draft',
      intake: 'web',
      createdBy: member.uid,
      createdAt: new Date(),
      updatedAt: new Date(),
      submissionProblems: [
        { field: 'title', message: problem },
        { field: '', message: 'Організація подала максимальну кількість звернень за добу' },
      ],
    });
    const visit = await browser.open(PHONE);
    await openSignedIn(visit.page, `/app/reports/${ref.id}/edit`, member.email);
    const main = visit.page.getByRole('main');
    await main.getByRole('heading', { name: 'Звернення повернуто в чернетку' }).waitFor();
    expect(await main.locator('.status-rejected').innerText()).toContain(
      'максимальну кількість звернень',
    );
    await expect.poll(() => main.locator('#report-title-error').innerText(), WAIT).toBe(problem);
    expect(await visit.page.getByLabel('Коротка назва').getAttribute('aria-invalid')).toBe('true');
    expect(await visit.page.getByLabel('Коротка назва').inputValue()).toBe(title);
    expectNoPageErrors(visit);
  });
});

describe('the Commissioner decides', () => {
  it('decides with forms and rationale in the interface, and the NGO sees the decision', async () => {
    const { organisation, reportId, title } = await arrangedReport({ review: true });

    const commissioner = await browser.open(DESKTOP);
    await openSignedIn(commissioner.page, `/app/reports/${reportId}`, COMMISSIONER);
    const main = commissioner.page.getByRole('main');
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    await main.locator('.report-summary .tag', { hasText: 'На розгляді' }).waitFor();
    // Only what the Commissioner may do now: decide or decline, not assign nor review steps.
    const actions = main.locator('#report-actions-heading').locator('..');
    await actions.getByRole('heading', { name: 'Ухвалити рішення' }).waitFor();
    expect(await actions.getByRole('heading', { name: 'Виконавці' }).count()).toBe(0);
    expect(
      await actions.getByRole('heading', { name: 'Запитати інформацію в організації' }).count(),
    ).toBe(0);
    // Declining is there, but second, as a link that opens its own form.
    expect(await actions.locator('button[aria-expanded]').allInnerTexts()).toEqual([
      'Відмовити в розгляді',
    ]);

    const decide = actions.locator('section', {
      has: commissioner.page.getByRole('heading', { name: 'Ухвалити рішення' }),
    });
    // Sending without choosing says what is missing, at the fields.
    await decide.getByRole('button', { name: 'Ухвалити рішення' }).click();
    // At the field, and in the summary at the top of the form that links to it.
    await decide
      .locator('#act-decide-forms-error', { hasText: 'Оберіть хоча б одну форму реагування.' })
      .waitFor();
    await decide.getByRole('link', { name: 'Оберіть хоча б одну форму реагування.' }).waitFor();
    await decide.getByRole('checkbox', { name: 'Подання до органу влади' }).check();
    await decide.getByRole('checkbox', { name: 'Моніторинговий візит' }).check();
    await decide.getByRole('button', { name: 'Вставити: Подання до органу влади' }).click();
    const rationale = decide.getByLabel('Обґрунтування');
    expect(await rationale.inputValue()).toContain('внести подання до органу влади');
    await decide.getByRole('button', { name: 'Ухвалити рішення' }).click();
    await main.getByText('Готово. Статус звернення: Ухвалено рішення.').waitFor();
    await main.locator('.report-summary .tag', { hasText: 'Ухвалено рішення' }).waitFor();
    const decided = await adminDb().doc(`reports/${reportId}`).get();
    expect(decided.get('decision.forms')).toEqual(['submission', 'monitoring_visit']);
    // The page now offers the next steps: measures and closing.
    await actions.getByRole('heading', { name: 'Записати вжитий захід' }).waitFor();
    expectNoPageErrors(commissioner);

    const ngo = await browser.open(PHONE);
    await openSignedIn(ngo.page, `/app/reports/${reportId}`, organisation.member.email);
    const ngoMain = ngo.page.getByRole('main');
    const decision = ngoMain.getByRole('region', { name: 'Рішення Уповноваженого' });
    await decision.waitFor();
    expect(await decision.innerText()).toContain('Подання до органу влади, моніторинговий візит');
    expect(await decision.innerText()).toContain('внести подання до органу влади');
    await ngoMain
      .getByText('Ухвалено рішення: Подання до органу влади, моніторинговий візит.')
      .waitFor();
    // After the decision there is nothing left to withdraw.
    expect(await ngoMain.getByRole('button', { name: 'Відкликати звернення' }).count()).toBe(0);
    expect(await hasHorizontalScroll(ngo.page)).toBe(false);
    expectNoPageErrors(ngo);
  });
});

describe('assignees', () => {
  it('a coordinator assigns a Secretariat officer from the list of staff and the region’s coordinators', async () => {
    const { reportId, title } = await arrangedReport({ review: false });

    const coordinator = await browser.open(DESKTOP);
    await openSignedIn(coordinator.page, `/app/reports/${reportId}`, KYIV_COORDINATOR);
    const main = coordinator.page.getByRole('main');
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    // Starting the review is the step offered first; assigning opens in place when chosen.
    const panel = main.getByRole('region', { name: 'Дії зі зверненням' });
    await panel.getByRole('heading', { name: 'Розпочати розгляд' }).waitFor();
    const opener = panel.getByRole('button', { name: 'Виконавці', exact: true });
    expect(await opener.getAttribute('aria-expanded')).toBe('false');
    await opener.click();
    expect(await opener.getAttribute('aria-expanded')).toBe('true');
    const assign = main
      .locator('#report-actions-heading')
      .locator('..')
      .locator('section', {
        has: coordinator.page.getByRole('heading', { name: 'Виконавці' }),
      });
    const staff = assign.getByRole('checkbox', { name: 'Ірина Бондаренко (Секретаріат)' });
    await staff.waitFor();
    // Registration assigned the region's coordinator; Lviv's coordinator is not offered.
    expect(
      await assign.getByRole('checkbox', { name: 'Наталія Шевчук (координатор)' }).isChecked(),
    ).toBe(true);
    expect(await assign.getByRole('checkbox', { name: /Богдан Іваницький/ }).count()).toBe(0);
    await staff.check();
    await assign.getByRole('button', { name: 'Призначити виконавців' }).click();
    await main.getByText('Виконавців призначено.').waitFor();
    const report = await adminDb().doc(`reports/${reportId}`).get();
    expect(report.get('assignees')).toEqual(
      expect.arrayContaining(['demo-coordinator-kyiv', 'demo-staff1']),
    );
    expectNoPageErrors(coordinator);
  });
});

describe('a request for information', () => {
  it('the coordinator asks with a template, the NGO answers in the interface', async () => {
    const { organisation, reportId, title } = await arrangedReport({ review: true });

    const coordinator = await browser.open(DESKTOP);
    await openSignedIn(coordinator.page, `/app/reports/${reportId}`, KYIV_COORDINATOR);
    const main = coordinator.page.getByRole('main');
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    const ask = main.getByRole('region', { name: 'Запитати інформацію в організації' });
    await ask.getByRole('button', { name: 'Вставити: Запит копій документів' }).click();
    const request = ask.getByLabel('Що потрібно надати');
    expect(await request.inputValue()).toContain('просимо надати копії документів');
    await expect
      .poll(() => lastAnnouncement(coordinator.page), WAIT)
      .toContain('Запит копій документів');
    await ask.getByRole('button', { name: 'Надіслати запит' }).click();
    await main.getByText('Готово. Статус звернення: Запитано інформацію.').waitFor();
    await main.locator('.report-summary .tag', { hasText: 'Строк зупинено' }).waitFor();
    expectNoPageErrors(coordinator);

    const ngo = await browser.open(PHONE);
    await openSignedIn(ngo.page, `/app/reports/${reportId}`, organisation.member.email);
    const ngoMain = ngo.page.getByRole('main');
    // On a phone the summary comes first (what happens next), the actions behind «Дії».
    await ngoMain.getByText('Секретаріат чекає на вашу відповідь').waitFor();
    await ngoMain.getByRole('button', { name: 'Дії', exact: true }).click();
    const answer = ngoMain.getByRole('region', { name: 'Відповісти на запит Секретаріату' });
    await expect.poll(() => answer.innerText(), WAIT).toContain('просимо надати копії документів');
    // Its files are taken right beside the answer, in the same section.
    await answer.getByText('Документи до відповіді').waitFor();
    await answer
      .getByLabel('Ваша відповідь')
      .fill('Копії рішення і листування з поліцією додаємо у розділі «Файли».');
    await answer.getByRole('button', { name: 'Надіслати відповідь' }).click();
    await ngoMain.getByText('Відповідь надіслано. Розгляд продовжується.').waitFor();
    await ngoMain.locator('.report-summary .tag', { hasText: 'На розгляді' }).waitFor();
    const thread = ngoMain.locator('.thread');
    await thread.getByText('Відповідь на запит').waitFor();
    expect(await thread.innerText()).toContain('Запит інформації');
    expect(await hasHorizontalScroll(ngo.page)).toBe(false);
    const report = await adminDb().doc(`reports/${reportId}`).get();
    expect(report.get('status')).toBe('in_review');
    expect(report.get('deadlinePausedAt')).toBeNull();
    expectNoPageErrors(ngo);
  });
});

describe('the Kyiv coordinator’s queue and dashboard', () => {
  it('the queue shows the new report, and the dashboard shows Kyiv’s figures', async () => {
    const { reportId, title, number } = await arrangedReport({ review: false });
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const main = page.getByRole('main');

    await openSignedIn(page, '/app/', KYIV_COORDINATOR);
    await openMenu(page);
    const nav = page.getByRole('banner').getByRole('navigation');
    expect(await nav.getByRole('link', { name: 'Звернення' }).count()).toBe(0);
    await nav.getByRole('link', { name: 'Черга' }).click();
    await page.waitForURL((url) => url.pathname === '/app/queue');
    await main.getByRole('heading', { name: 'Черга звернень', level: 1 }).waitFor();
    expect(await main.getByRole('link', { name: 'Моя область' }).getAttribute('aria-current')).toBe(
      'page',
    );
    await main.getByRole('link', { name: title }).waitFor();
    // Registration routed it to the region's coordinator: it is among «mine» too.
    await main.getByRole('link', { name: 'Мої', exact: true }).click();
    await page.waitForURL((url) => url.searchParams.get('tab') === 'mine');
    await expect
      .poll(
        () => main.getByRole('link', { name: 'Мої', exact: true }).getAttribute('aria-current'),
        WAIT,
      )
      .toBe('page');
    await main.getByRole('link', { name: title }).waitFor();
    // An exact number finds exactly that report, however it is typed.
    await page.getByLabel('Номер або слова назви').fill(number.toLowerCase());
    await main.getByRole('button', { name: 'Показати' }).click();
    await main
      .getByText('Звернень: 1.')
      .waitFor({ timeout: 5000 })
      .catch(async (e) => {
        console.log('MAIN', await main.innerText());
        throw e;
      });
    await main.getByRole('link', { name: title }).click();
    await page.waitForURL((url) => url.pathname === `/app/reports/${reportId}`);
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    expect(
      await page.getByRole('banner').getByRole('navigation').locator('[aria-current]').innerText(),
    ).toBe('Черга');
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.goto('/app/dashboard');
    await main.getByRole('heading', { name: 'Панель регіонів', level: 1 }).waitFor();
    const kyivRow = main.locator('table.figures tbody tr', {
      has: page.locator('th', { hasText: 'м. Київ' }),
    });
    await kyivRow.waitFor();
    // The same figures as the server keeps (statistics triggers may still be catching up).
    await expect
      .poll(
        async () => {
          const cells = await kyivRow.locator('td').allInnerTexts();
          const stats = (await adminDb().doc('regionStats/UA-30').get()).data() ?? {};
          const open = (stats.open ?? {}) as Record<string, number>;
          return (
            cells.slice(0, 4).join(',') ===
              ['registered', 'in_review', 'info_requested', 'decided']
                .map((s) => String(open[s] ?? 0))
                .join(',') && cells[5] === String(stats.urgentOpen ?? 0)
          );
        },
        { timeout: 20_000 },
      )
      .toBe(true);
    const cells = await kyivRow.locator('td').allInnerTexts();
    expect(Number(cells[0])).toBeGreaterThanOrEqual(1);
    // Overdue is counted by a query; it agrees with one made here.
    await expect
      .poll(async () => (await kyivRow.locator('td').nth(6).innerText()).trim(), WAIT)
      .toMatch(/^\d+$/);
    const overdue = await adminDb()
      .collection('reports')
      .where('regionCode', '==', 'UA-30')
      .where('status', 'in', ['registered', 'in_review'])
      .where('responseDeadline', '<', new Date())
      .count()
      .get();
    expect(await kyivRow.locator('td').nth(6).innerText()).toBe(String(overdue.data().count));
    // A coordinator sees only their regions.
    expect(await main.locator('table.figures tbody tr').count()).toBe(1);
    expect(await hasHorizontalScroll(page)).toBe(false);
    expectNoPageErrors(visit);
  });
});

describe('the Secretariat’s own tools', () => {
  it('staff keep a response template, and coordinators read it', async () => {
    const title = `Запит медичних документів ${unique('tpl').slice(-6)}`;
    const staff = await browser.open(PHONE);
    await openSignedIn(staff.page, '/app/templates', 'staff1@spilno.test');
    const main = staff.page.getByRole('main');
    await main.getByRole('heading', { name: 'Шаблони відповідей', level: 1 }).waitFor();
    const form = main.getByRole('form', { name: 'Новий шаблон' });
    await form.getByRole('button', { name: 'Зберегти шаблон' }).click();
    await form.locator('#template-kind-error').waitFor();
    await form.getByLabel('Для чого').selectOption('info_request');
    await form.getByLabel('Назва шаблону').fill(title);
    await form
      .getByLabel('Текст шаблону')
      .fill('Просимо надати копії медичних документів, що підтверджують тілесні ушкодження.');
    await form.getByRole('button', { name: 'Зберегти шаблон' }).click();
    await main.getByText('Шаблон додано.').waitFor();
    const item = main
      .getByRole('listitem')
      .filter({ has: staff.page.getByRole('heading', { name: title }) });
    await item.waitFor();
    const saved = await adminDb().collection('responseTemplates').where('title', '==', title).get();
    expect(saved.docs.map((doc) => doc.get('kind'))).toEqual(['info_request']);

    await item.getByRole('button', { name: `Редагувати шаблон «${title}»` }).click();
    const edit = main.getByRole('form', { name: 'Редагування шаблону' });
    await edit.getByLabel('Назва шаблону').fill(`${title} (оновлено)`);
    await edit.getByRole('button', { name: 'Зберегти шаблон' }).click();
    await main.getByText('Шаблон збережено.').waitFor();
    await main.getByRole('heading', { name: `${title} (оновлено)` }).waitFor();
    expect(await hasHorizontalScroll(staff.page)).toBe(false);
    expectNoPageErrors(staff);

    // A coordinator reads the templates, without the means to change them.
    const coordinator = await browser.open(PHONE);
    await openSignedIn(coordinator.page, '/app/templates', KYIV_COORDINATOR);
    const coordinatorMain = coordinator.page.getByRole('main');
    await coordinatorMain.getByRole('heading', { name: `${title} (оновлено)` }).waitFor();
    expect(await coordinatorMain.getByRole('button', { name: /Редагувати|Видалити/ }).count()).toBe(
      0,
    );
    expect(await coordinatorMain.innerText()).toContain(
      'Шаблони редагують працівники Секретаріату.',
    );

    // Deleting asks first.
    await staff.page
      .getByRole('main')
      .getByRole('button', { name: `Видалити шаблон «${title} (оновлено)»` })
      .click();
    const dialog = staff.page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(`${title} (оновлено)`);
    await dialog.getByRole('button', { name: 'Видалити' }).click();
    await main.getByText(`Шаблон «${title} (оновлено)» видалено.`).waitFor();
    await expect
      .poll(
        async () =>
          (
            await adminDb()
              .collection('responseTemplates')
              .where('title', '==', `${title} (оновлено)`)
              .get()
          ).size,
        WAIT,
      )
      .toBe(0);
    expectNoPageErrors(staff);
  });

  it('staff register a report that came by post on an organisation’s behalf, and it is registered', async () => {
    const { orgId } = await verifiedOrganisation('UA-46');
    const title = `Лист про відмову в реєстрації ${unique('in').slice(-6)}`;
    const visit = await browser.open(DESKTOP);
    const { page } = visit;
    await openSignedIn(page, '/app/queue', 'staff1@spilno.test');
    const main = page.getByRole('main');
    await main.getByRole('link', { name: 'Зареєструвати звернення від імені організації' }).click();
    await page.waitForURL((url) => url.pathname === '/app/reports/intake');
    await main
      .getByRole('heading', { name: 'Звернення від імені організації', level: 1 })
      .waitFor();
    await main.getByRole('button', { name: 'Зареєструвати звернення' }).click();
    await main.locator('#intake-orgId-error').waitFor();
    expect(await main.locator('#intake-orgId-error').innerText()).toBe(
      'Оберіть організацію зі списку.',
    );

    await page.getByLabel('Організація').selectOption(orgId);
    await main.getByRole('radio', { name: 'Поштою', exact: true }).check();
    await page.getByLabel('Коротка назва').fill(title);
    await page
      .getByLabel('Що сталося')
      .fill(
        'Центр надання адміністративних послуг відмовив у реєстрації місця проживання без пояснення причин.',
      );
    await page.getByLabel('Дата події').fill('2026-11-02');
    await page.getByLabel('Область').selectOption('UA-46');
    await page.getByLabel('Населений пункт').fill('Стрий');
    await page.getByLabel('Хто порушив права').selectOption('local_government');
    await page.getByLabel('Назва органу чи посадової особи').fill('ЦНАП Стрийської міської ради');
    await page.getByRole('checkbox', { name: 'Рівність і заборона дискримінації' }).check();
    await page.getByLabel('Напрям співпраці').selectOption('restoration');
    await page.getByLabel('Кількість постраждалих').fill('1');
    await main.getByRole('button', { name: 'Зареєструвати звернення' }).click();

    await page.waitForURL((url) => /^\/app\/reports\/[A-Za-z0-9]{20}$/.test(url.pathname));
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    await main.locator('.report-number').waitFor({ timeout: 20_000 });
    expect(await main.locator('.report-number').innerText()).toMatch(NUMBER);
    await main.getByText('Секретаріат зареєстрував звернення, що надійшло поштою.').waitFor();
    const reportId = new URL(page.url()).pathname.split('/')[3]!;
    const report = await adminDb().doc(`reports/${reportId}`).get();
    expect(report.get('intake')).toBe('post');
    expect(report.get('orgId')).toBe(orgId);
    expectNoPageErrors(visit);
  });
});

describe('the report page, case first (issue 10)', () => {
  const WIDE = { width: 1366, height: 900 };

  it('shows the case above the fold at 1366×900, beside a panel of only this person’s actions', async () => {
    const { organisation, reportId, title, number } = await arrangedReport({ review: false });

    const coordinator = await browser.open(WIDE);
    const { page } = coordinator;
    await openSignedIn(page, `/app/reports/${reportId}`, KYIV_COORDINATOR);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    const facts = main.getByRole('heading', { name: 'Про звернення', level: 2 });
    const panel = main.getByRole('region', { name: 'Дії зі зверненням' });
    await panel.getByRole('heading', { name: 'Розпочати розгляд' }).waitFor();
    const factsBox = (await facts.boundingBox())!;
    const panelBox = (await panel.boundingBox())!;
    // The facts start in the first screen, and the actions stand to their right.
    expect(factsBox.y + factsBox.height).toBeLessThan(900);
    expect(panelBox.x).toBeGreaterThan(factsBox.x + factsBox.width / 2);
    expect(panelBox.y).toBeLessThan(900);
    // A regional coordinator on a registered report: start the review (first, its form open)
    // or assign; not decide, decline, withdraw nor answer.
    expect(await panel.locator('form').count()).toBe(1);
    expect(await panel.locator('.panel-actions button[aria-expanded]').allInnerTexts()).toEqual([
      'Виконавці',
    ]);
    expect(await panel.innerText()).not.toMatch(/Відмовити|Відкликати|Ухвалити|Відповісти/);
    // The panel stays in view while the case scrolls.
    await main.getByRole('heading', { name: 'Історія звернення' }).scrollIntoViewIfNeeded();
    const scrolled = (await panel.boundingBox())!;
    expect(scrolled.y).toBeGreaterThanOrEqual(0);
    expect(scrolled.y).toBeLessThan(100);
    expect(await hasHorizontalScroll(page)).toBe(false);
    await expectNoAxeViolations(page);
    expectNoPageErrors(coordinator);

    // The organisation sees what happens next; withdrawing is a secondary link, confirmed.
    const ngo = await browser.open(PHONE);
    await openSignedIn(ngo.page, `/app/reports/${reportId}`, organisation.member.email);
    const ngoMain = ngo.page.getByRole('main');
    const next = ngoMain.getByRole('region', { name: 'Що далі' });
    await next.waitFor();
    expect(await next.innerText()).toContain(`Номер звернення: ${number}`);
    expect(await next.innerText()).toMatch(/Відповідь — до \d{1,2} [а-яії]+ 20\d\d р\./);
    const toggle = ngoMain.getByRole('button', { name: 'Дії', exact: true });
    expect(await toggle.getAttribute('aria-expanded')).toBe('false');
    expect(await ngoMain.getByRole('button', { name: 'Відкликати звернення' }).isVisible()).toBe(
      false,
    );
    await toggle.click();
    const withdraw = ngoMain.getByRole('button', { name: 'Відкликати звернення' });
    expect(await withdraw.getAttribute('class')).toBe('link-button');
    await withdraw.click();
    const form = ngoMain.getByRole('region', { name: 'Відкликати звернення' });
    await form.getByRole('button', { name: 'Відкликати звернення' }).click();
    const dialog = ngo.page.getByRole('dialog');
    await dialog.getByText('Скасувати відкликання не можна').waitFor();
    await dialog.getByRole('button', { name: 'Скасувати' }).click();
    expect((await adminDb().doc(`reports/${reportId}`).get()).get('status')).toBe('registered');
    expect(await hasHorizontalScroll(ngo.page)).toBe(false);
    await expectNoAxeViolations(ngo.page);
    expectNoPageErrors(ngo);
  });

  it('takes a measure’s date typed 12.03.2026 as the 12th of March in an English-language browser', async () => {
    const { reportId, title } = await arrangedReport({ review: true });
    const commissioner = await signIn(COMMISSIONER);
    try {
      await commissioner.call('reportAction', {
        action: 'decide',
        reportId,
        forms: ['submission'],
        rationale: 'Є підстави внести подання до органу влади щодо порушення.',
      });
    } finally {
      await commissioner.close();
    }
    await reportInStatus(reportId, ['decided']);

    const visit = await browser.open(DESKTOP, { locale: 'en-US' });
    const { page } = visit;
    await openSignedIn(page, `/app/reports/${reportId}`, KYIV_COORDINATOR);
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: title, level: 1 }).waitFor();
    const measure = main.getByRole('region', { name: 'Записати вжитий захід' });
    await measure.getByLabel('Вид заходу').selectOption({ index: 1 });
    const date = measure.getByLabel('Дата');
    expect(await date.getAttribute('type')).toBe('text');
    await date.fill('31.04.2026');
    await measure.getByLabel('Адресат').fill('Київська міська державна адміністрація');
    await measure.getByRole('button', { name: 'Записати захід' }).click();
    // A day that does not exist is refused in words that say how to write one.
    await main
      .getByRole('link', { name: 'Введіть дату як дд.мм.рррр, наприклад 03.12.2026.' })
      .waitFor();
    await date.fill('12.03.2026');
    await measure.getByRole('button', { name: 'Записати захід' }).click();
    await main.getByText('Захід записано. Організацію повідомлено листом.').waitFor(WAIT);
    const measures = await adminDb().collection(`reports/${reportId}/measures`).get();
    expect(measures.docs.map((doc) => doc.get('date'))).toEqual(['2026-03-12']);
    // Shown the Ukrainian way, whatever the browser's language.
    await main.locator('.measures').getByText('12 березня 2026 р.').waitFor();
    expectNoPageErrors(visit);
  });
});
