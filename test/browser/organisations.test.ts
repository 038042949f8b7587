/**
 * Organisations in the browser (issue 3): a new NGO signs up and registers on a phone; an
 * administrator verifies it and its lead sees it verified; the lead invites a colleague by
 * email, who follows the link, signs up with that address and joins.
 */
import { describe, expect, it } from 'vitest';
import { edrpouCheckDigit } from '../../functions/src/domain/edrpou.js';
import { adminDb } from '../support/admin.js';
import { createTestUser } from '../support/users.js';
import { freshEdrpou } from '../support/organisations.js';
import { confirmationPath, invitationLink, registeredOrganisation, verify } from './arrange.js';
import {
  ADMIN,
  DESKTOP,
  PHONE,
  expectNoAxeViolations,
  expectNoPageErrors,
  focused,
  hasHorizontalScroll,
  lastAnnouncement,
  openMenu,
  openSignedIn,
  signInThroughForm,
  uniqueEmail,
  useBrowser,
} from './browser.js';
import { DEMO_PASSWORD } from '../../scripts/demo/demo-data.js';

const browser = useBrowser();

/** The same code with its check digit changed: eight digits that fail the check. */
function withWrongCheckDigit(code: string): string {
  const expected = edrpouCheckDigit(code.slice(0, 7), Number(code));
  return `${code.slice(0, 7)}${(expected + 1) % 10}`;
}

describe('a new NGO registers', () => {
  it('signs up, registers its organisation on a phone and is told what happens next', async () => {
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const email = uniqueEmail('founder');
    const edrpou = freshEdrpou();
    const shortName = `Світанок ${edrpou}`;

    // From the home page to the sign-up form.
    await page.goto('/');
    await page.getByRole('link', { name: 'Створити обліковий запис' }).click();
    await page.waitForURL((url) => url.pathname === '/sign-up');
    await page.getByRole('heading', { name: 'Створення облікового запису', level: 1 }).waitFor();

    // The form checks itself before asking the server, and says what is wrong where.
    await page.getByRole('button', { name: 'Створити обліковий запис' }).click();
    const name = page.getByLabel('Ім’я та прізвище');
    expect(await name.getAttribute('aria-invalid')).toBe('true');
    expect(await name.getAttribute('aria-describedby')).toContain('sign-up-displayName-error');
    expect((await focused(page)).id).toBe('sign-up-displayName');
    await expect.poll(() => lastAnnouncement(page)).toContain('Форму не надіслано');

    await name.fill('Олена Засновниця');
    await page.getByLabel('Електронна пошта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Пароль ще раз').fill(`${DEMO_PASSWORD}x`);
    await page.getByRole('button', { name: 'Створити обліковий запис' }).click();
    // The message stands at the field (and, as a link to it, in the summary at the top).
    await page.locator('#sign-up-passwordAgain-error').getByText('Паролі не збігаються').waitFor();
    expect(await page.locator('.error-summary').innerText()).toContain('Паролі не збігаються');
    await page.getByLabel('Пароль ще раз').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Створити обліковий запис' }).click();

    // The address is confirmed first: the page says a link was mailed; the person opens it
    // from the email (here in a second tab), comes back and says so.
    const main = page.getByRole('main');
    await main.getByRole('heading', { name: 'Обліковий запис створено' }).waitFor();
    await main.getByText(`Ми надіслали посилання на ${email}`).waitFor();
    await main.getByRole('button', { name: 'Я вже підтвердив(-ла) адресу' }).click();
    await main.getByText('Адресу ще не підтверджено').waitFor();
    const mailTab = await visit.context.newPage();
    await mailTab.goto(await confirmationPath(email));
    await mailTab.getByRole('heading', { name: 'Адресу підтверджено.', level: 1 }).waitFor();
    await mailTab.close();
    await main.getByRole('button', { name: 'Я вже підтвердив(-ла) адресу' }).click();

    // The two ways on: register an organisation, or an invitation (which comes by email).
    await main.getByRole('heading', { name: 'Я маю запрошення' }).waitFor();
    expect(await main.innerText()).toContain('Я маю запрошення');
    expect(await main.innerText()).toContain('електронною поштою');
    const profile = await adminDb().collection('users').where('email', '==', email).get();
    expect(profile.docs.map((doc) => doc.get('displayName'))).toEqual(['Олена Засновниця']);
    expect(profile.docs[0]?.get('role')).toBeUndefined();

    await main.getByRole('link', { name: 'Зареєструвати організацію' }).click();
    await page.waitForURL((url) => url.pathname === '/app/register-organisation');
    await page.getByRole('heading', { name: 'Реєстрація організації' }).waitFor();

    await page.getByLabel('Повна назва').fill(`Громадська організація «${shortName}»`);
    await page.getByLabel('Скорочена назва').fill(shortName);
    // The EDRPOU code is checked as it is typed.
    const code = page.getByLabel('Код ЄДРПОУ');
    const check = page.locator('#register-edrpou-check');
    await code.fill(edrpou.slice(0, 5));
    await expect.poll(() => check.innerText()).toBe('Введено цифр: 5 з 8.');
    await code.fill(withWrongCheckDigit(edrpou));
    await expect.poll(() => check.innerText()).toMatch(/контрольної цифри/);
    await code.fill(edrpou);
    await expect.poll(() => check.innerText()).toBe('Код ЄДРПОУ правильний.');
    expect(await code.getAttribute('aria-describedby')).toContain('register-edrpou-check');

    await page.getByLabel('Організаційно-правова форма').selectOption('public_organisation');
    await page.getByLabel('Область').selectOption('UA-07');
    await page.getByRole('checkbox', { name: 'Відновлення порушених прав' }).check();
    await page.getByRole('checkbox', { name: 'Правова освіта' }).check();
    // A mistyped address is pointed out once the field is left.
    const publicEmail = page.getByLabel('Електронна пошта для зв’язку');
    await publicEmail.fill('office@');
    await page.getByLabel('Телефон для зв’язку').focus();
    await page.locator('#register-publicEmail-error').waitFor();
    expect(await publicEmail.getAttribute('aria-invalid')).toBe('true');
    await publicEmail.fill(`office-${edrpou}@example.org`);
    await expect.poll(() => publicEmail.getAttribute('aria-invalid')).toBeNull();
    await page.getByLabel('Вебсайт').fill('svitanok.example.org');
    await page.getByLabel('Телефон для зв’язку').fill('+380 33 212 34 56');
    await page.getByRole('checkbox', { name: /публічному каталозі партнерів/ }).check();
    expect(await page.getByLabel('Ваше ім’я та прізвище').inputValue()).toBe('Олена Засновниця');
    await page.getByLabel('Ваша посада в організації').fill('Голова правління');
    expect(await hasHorizontalScroll(page)).toBe(false);

    await page.getByRole('button', { name: 'Зареєструвати організацію' }).click();
    const next = main.getByRole('heading', { name: 'Організацію зареєстровано', level: 1 });
    await next.waitFor();
    expect(await main.innerText()).toContain('Що буде далі');
    expect(await main.innerText()).toContain('чернетки');
    expect(await focused(page)).toMatchObject({ tag: 'H1', text: 'Організацію зареєстровано' });
    expect(await hasHorizontalScroll(page)).toBe(false);

    const organisation = await adminDb().doc(`organisations/${edrpou}`).get();
    expect(organisation.get('status')).toBe('pending');
    expect(organisation.get('website')).toBe('https://svitanok.example.org');
    expect(organisation.get('publicPhone')).toBe('+380332123456');

    // The new lead's navigation now offers the organisation's page, which says it is pending.
    await openMenu(page);
    const nav = page.getByRole('navigation');
    await nav.getByRole('link', { name: 'Моя організація' }).waitFor();
    expect(await nav.getByRole('link', { name: 'Зареєструвати організацію' }).count()).toBe(0);
    await main.getByRole('link', { name: 'Перейти до сторінки організації' }).click();
    await page.waitForURL((url) => url.pathname === '/app/organisation');
    await main.getByRole('heading', { name: 'Організація чекає перевірки' }).waitFor();
    expect(await main.innerText()).toContain('надіслати їх можна буде лише після перевірки');
    expectNoPageErrors(visit);
    // Sign-up, the address's confirmation and the registration: longer than most.
  }, 120_000);

  it('explains that an organisation already registered becomes a request to its lead', async () => {
    const existing = await registeredOrganisation();
    const visit = await browser.open(PHONE);
    const { page } = visit;
    const email = uniqueEmail('second');
    await page.goto('/sign-up');
    await page.getByLabel('Ім’я та прізвище').fill('Друга Людина');
    await page.getByLabel('Електронна пошта').fill(email);
    await page.getByLabel('Пароль', { exact: true }).fill(DEMO_PASSWORD);
    await page.getByLabel('Пароль ще раз').fill(DEMO_PASSWORD);
    await page.getByRole('button', { name: 'Створити обліковий запис' }).click();
    await page
      .locator('#verify-email-intro', { hasText: `Ми надіслали посилання на ${email}` })
      .waitFor();
    // The emailed link, opened on the same device, confirms the address and leads on.
    await page.goto(await confirmationPath(email));
    await page.getByRole('heading', { name: 'Адресу підтверджено.', level: 1 }).waitFor();
    await page.getByRole('main').getByRole('link', { name: 'Продовжити' }).click();
    await page.waitForURL((url) => url.pathname === '/app/');
    await page.getByRole('main').getByRole('link', { name: 'Зареєструвати організацію' }).click();
    await page.getByLabel('Повна назва').fill('ГО «Та сама організація»');
    await page.getByLabel('Скорочена назва').fill('Та сама');
    await page.getByLabel('Код ЄДРПОУ').fill(existing.orgId);
    await page.getByLabel('Організаційно-правова форма').selectOption('charity');
    await page.getByLabel('Область').selectOption('UA-30');
    await page.getByRole('checkbox', { name: 'Правова освіта' }).check();
    await page.getByLabel('Електронна пошта для зв’язку').fill('same@example.org');
    await page.getByRole('button', { name: 'Зареєструвати організацію' }).click();
    await page.getByRole('heading', { name: 'Ця організація вже зареєстрована' }).waitFor();
    expect(await page.getByRole('main').innerText()).toContain(existing.orgId);
    expect(await page.getByRole('main').innerText()).toContain('керівника');
    const request = await adminDb()
      .collection(`organisations/${existing.orgId}/joinRequests`)
      .where('displayName', '==', 'Друга Людина')
      .get();
    expect(request.size).toBe(1);
    expectNoPageErrors(visit);
  });
});

describe('verification', () => {
  it('an administrator verifies a pending organisation, and its lead sees it verified', async () => {
    const organisation = await registeredOrganisation();

    // Until it is verified, the lead is told that invitations wait for it, and has no form.
    const lead = await browser.open(PHONE);
    await openSignedIn(lead.page, '/app/organisation', organisation.leadEmail);
    const leadMain = lead.page.getByRole('main');
    await leadMain.getByText('Запрошувати колег можна буде після перевірки.').waitFor();
    await leadMain.getByRole('heading', { name: 'Надіслані запрошення' }).waitFor();
    expect(await leadMain.getByRole('heading', { name: 'Запросити колегу' }).count()).toBe(0);

    const admin = await browser.open(DESKTOP);
    await openSignedIn(admin.page, '/app/organisations', ADMIN);
    const main = admin.page.getByRole('main');
    await admin.page.getByLabel('Статус').selectOption('pending');
    await admin.page.getByLabel('Назва або код ЄДРПОУ').fill(organisation.orgId);
    await admin.page.getByRole('button', { name: 'Показати' }).click();
    await main.getByText('Знайдено організацій: 1.').waitFor();
    await expectNoAxeViolations(admin.page);
    expect(new URL(admin.page.url()).searchParams.get('q')).toBe(organisation.orgId);
    await main.getByRole('link', { name: organisation.shortName }).click();
    await admin.page.waitForURL(
      (url) => url.pathname === `/app/organisations/${organisation.orgId}`,
    );
    await main.getByRole('heading', { name: organisation.shortName, level: 1 }).waitFor();
    await main.getByText(organisation.leadName).waitFor();
    // The code can be checked in the official register, in a new tab that says so.
    const register = main.getByRole('link', {
      name: 'Перевірити код у Єдиному державному реєстрі (відкриється в новій вкладці)',
    });
    expect(await register.getAttribute('href')).toBe(
      'https://usr.minjust.gov.ua/content/free-search',
    );
    expect(await register.getAttribute('target')).toBe('_blank');
    expect(await register.getAttribute('rel')).toBe('noopener noreferrer');
    expect(await main.locator('#state-register-hint').innerText()).toContain(
      `вставте ${organisation.orgId} у пошук реєстру`,
    );
    await expectNoAxeViolations(admin.page);

    await main.getByRole('button', { name: 'Підтвердити організацію' }).click();
    const dialog = admin.page.getByRole('dialog');
    expect(await dialog.innerText()).toContain(organisation.shortName);
    await dialog.getByRole('button', { name: 'Підтвердити' }).click();
    await main.getByText('Організацію підтверджено').waitFor();
    await main.locator('.tag', { hasText: 'Перевірена' }).first().waitFor();
    expect(await main.getByRole('button', { name: 'Підтвердити організацію' }).count()).toBe(0);
    expect((await adminDb().doc(`organisations/${organisation.orgId}`).get()).get('status')).toBe(
      'verified',
    );
    expectNoPageErrors(admin);

    // The lead's open page follows: verified, and now the lead may invite.
    await leadMain.getByRole('heading', { name: 'Організацію перевірено' }).waitFor();
    expect(await leadMain.locator('.tag').first().innerText()).toBe('Перевірена');
    await leadMain.getByRole('heading', { name: 'Запросити колегу' }).waitFor();
    expect(await leadMain.getByText('Запрошувати колег можна буде після перевірки.').count()).toBe(
      0,
    );
    await expectNoAxeViolations(lead.page);
    expect(await hasHorizontalScroll(lead.page)).toBe(false);
    expectNoPageErrors(lead);
  });

  it('a rejection reason must be long enough, and reaches the lead with a form to correct', async () => {
    const organisation = await registeredOrganisation();
    const admin = await browser.open(DESKTOP);
    await openSignedIn(admin.page, `/app/organisations/${organisation.orgId}`, ADMIN);
    const main = admin.page.getByRole('main');
    const reason = main.getByLabel('Причина відмови');
    await reason.fill('Коротко');
    await main.getByRole('button', { name: 'Відхилити реєстрацію' }).click();
    await main.locator('#reject-reason-error').waitFor();
    // Focus moves to the field once the message has rendered (a frame after, on a busy machine).
    await expect.poll(async () => (await focused(admin.page)).id).toBe('reject-reason');
    await expectNoAxeViolations(admin.page);
    await reason.fill('Код ЄДРПОУ належить іншій організації; перевірте його.');
    await main.getByRole('button', { name: 'Відхилити реєстрацію' }).click();
    await main.getByText('Реєстрацію відхилено. Організація отримає лист').waitFor();

    const lead = await browser.open(PHONE);
    await openSignedIn(lead.page, '/app/organisation', organisation.leadEmail);
    const leadMain = lead.page.getByRole('main');
    await leadMain.getByRole('heading', { name: 'Реєстрацію відхилено' }).waitFor();
    expect(await leadMain.innerText()).toContain('належить іншій організації');
    await leadMain.getByRole('button', { name: 'Надіслати на повторну перевірку' }).click();
    await leadMain.getByRole('heading', { name: 'Організація чекає перевірки' }).waitFor();
    expect(
      await leadMain.getByRole('button', { name: 'Надіслати на повторну перевірку' }).count(),
    ).toBe(0);
    expectNoPageErrors(lead);
  });
});

describe('the organisation’s details', () => {
  it('the lead edits them in place; a phone typed as at home is kept in international form', async () => {
    const organisation = await registeredOrganisation();
    const lead = await browser.open(PHONE);
    const { page } = lead;
    await openSignedIn(page, '/app/organisation', organisation.leadEmail);
    const main = page.getByRole('main');
    const edit = main.getByRole('button', { name: 'Редагувати дані' });
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    await edit.click();
    await main.getByRole('heading', { name: 'Редагування даних організації' }).waitFor();
    expect((await focused(page)).text).toBe('Редагування даних організації');
    expect(await main.getByRole('button', { name: 'Редагувати дані' }).count()).toBe(0);

    const phone = main.getByLabel('Телефон для зв’язку');
    await phone.fill('12345');
    await main.getByRole('button', { name: 'Зберегти зміни' }).click();
    await main
      .locator('#org-edit-publicPhone-error')
      .getByText(/український номер/)
      .waitFor();
    // Focus moves to the field a frame after its message shows (slower on a loaded machine).
    await expect.poll(async () => (await focused(page)).id).toBe('org-edit-publicPhone');
    await expectNoAxeViolations(page);
    await phone.fill('(050) 123-45-67');
    await main.getByRole('button', { name: 'Зберегти зміни' }).click();
    await main.getByText('Зміни збережено.').waitFor();
    // The form closes and focus goes back to the button that opened it.
    await expect.poll(async () => (await focused(page)).text).toBe('Редагувати дані');
    expect(await edit.getAttribute('aria-expanded')).toBe('false');
    await main.getByText('+380501234567').waitFor();
    expect(
      (await adminDb().doc(`organisations/${organisation.orgId}`).get()).get('publicPhone'),
    ).toBe('+380501234567');
    expect(await hasHorizontalScroll(page)).toBe(false);
    expectNoPageErrors(lead);
  });
});

describe('invitations', () => {
  it('the lead invites a colleague, who follows the emailed link, signs up and joins', async () => {
    const organisation = await registeredOrganisation();
    await verify(organisation.orgId);
    const inviteeEmail = uniqueEmail('colleague');

    const lead = await browser.open(PHONE);
    await openSignedIn(lead.page, '/app/organisation', organisation.leadEmail);
    const leadMain = lead.page.getByRole('main');
    await leadMain.getByRole('heading', { name: 'Запросити колегу' }).waitFor();
    await leadMain.getByLabel('Електронна пошта колеги').fill(inviteeEmail);
    await leadMain.getByLabel('Мова листа').selectOption('uk');
    await leadMain.getByRole('button', { name: 'Надіслати запрошення' }).click();
    await leadMain.getByText(`Запрошення надіслано на ${inviteeEmail}.`).waitFor();
    // The invitation waits for an answer, and can be revoked.
    const pending = leadMain.locator('li', { hasText: inviteeEmail });
    await pending.getByRole('button', { name: 'Відкликати' }).waitFor();

    const link = await invitationLink(inviteeEmail);
    const path = new URL(link).pathname;

    const invitee = await browser.open(PHONE);
    await invitee.page.goto(path);
    const main = invitee.page.getByRole('main');
    await main.getByRole('heading', { name: 'Запрошення до організації' }).waitFor();
    expect(await main.innerText()).toContain('адресою електронної пошти, на яку надійшов лист');
    await main.getByRole('link', { name: 'Створити обліковий запис' }).click();
    await invitee.page.waitForURL((url) => url.pathname === '/sign-up');
    expect(new URL(invitee.page.url()).searchParams.get('next')).toBe(path);
    await invitee.page.getByLabel('Ім’я та прізвище').fill('Іван Колега');
    await invitee.page.getByLabel('Електронна пошта').fill(inviteeEmail);
    await invitee.page.getByLabel('Пароль', { exact: true }).fill(DEMO_PASSWORD);
    await invitee.page.getByLabel('Пароль ще раз').fill(DEMO_PASSWORD);
    await invitee.page.getByRole('button', { name: 'Створити обліковий запис' }).click();

    // The address is confirmed through the emailed link, which brings the invitee back.
    await main.getByText(`Ми надіслали посилання на ${inviteeEmail}`).waitFor();
    await invitee.page.goto(await confirmationPath(inviteeEmail));
    await main.getByRole('heading', { name: 'Адресу підтверджено.', level: 1 }).waitFor();
    await main.getByRole('link', { name: 'Продовжити' }).click();

    // Back at the invitation, signed in with the invited address.
    await invitee.page.waitForURL((url) => url.pathname === path);
    await main.getByText(`Ви приєднуєтеся до організації як ${inviteeEmail}`).waitFor();
    expect(await main.getByLabel('Ваше ім’я та прізвище').inputValue()).toBe('Іван Колега');
    await main.getByLabel('Ваша посада в організації').fill('Юрист');
    await main.getByRole('button', { name: 'Приєднатися до організації' }).click();
    await main.getByRole('heading', { name: 'Ви приєдналися до організації' }).waitFor();
    expect(await hasHorizontalScroll(invitee.page)).toBe(false);
    await main.getByRole('link', { name: 'Перейти до сторінки організації' }).click();
    await invitee.page.waitForURL((url) => url.pathname === '/app/organisation');
    await main.getByRole('heading', { name: 'Організацію перевірено' }).waitFor();
    // A member reads the organisation but does not manage it.
    expect(await main.getByRole('heading', { name: 'Запросити колегу' }).count()).toBe(0);
    expectNoPageErrors(invitee);

    // The lead's open page shows the new member, and the invitation is no longer pending.
    const member = leadMain.locator('li', { hasText: 'Іван Колега' });
    await member.waitFor();
    expect(await member.innerText()).toContain('Юрист');
    await leadMain.getByText('Немає запрошень, що чекають на відповідь.').waitFor();
    expectNoPageErrors(lead);

    // The link works once: someone else who opens it is told so, in Ukrainian.
    const stranger = await createTestUser(undefined, { emailVerified: true });
    const again = await browser.open(PHONE);
    await again.page.goto(path);
    await again.page.getByRole('main').getByRole('link', { name: 'Увійти' }).click();
    await signInThroughForm(again.page, stranger.email);
    await again.page.waitForURL((url) => url.pathname === path);
    const againMain = again.page.getByRole('main');
    await againMain.getByRole('button', { name: 'Приєднатися до організації' }).click();
    const refusal = againMain.locator('#join-message');
    await refusal.getByText('Це запрошення вже використано').waitFor();
    expect(await focused(again.page)).toMatchObject({ id: 'join-message' });
    expect(
      await againMain
        .getByRole('button', { name: 'Приєднатися до організації' })
        .getAttribute('aria-disabled'),
    ).toBe('false');
    expectNoPageErrors(again);
  });

  it('the lead removes a member after confirming, and hands the lead role over', async () => {
    const organisation = await registeredOrganisation();
    await verify(organisation.orgId);
    const lead = await browser.open(DESKTOP);
    await openSignedIn(lead.page, '/app/organisation', organisation.leadEmail);
    const main = lead.page.getByRole('main');

    // Two colleagues join through invitations answered in the browser by the test client.
    const { signUp } = await import('../support/client.js');
    const names = ['Перша Колега', 'Другий Колега'];
    for (const name of names) {
      const email = uniqueEmail('member');
      await main.getByLabel('Електронна пошта колеги').fill(email);
      await main.getByRole('button', { name: 'Надіслати запрошення' }).click();
      await main.getByText(`Запрошення надіслано на ${email}.`).waitFor();
      const token = new URL(await invitationLink(email)).pathname.split('/').pop();
      const colleague = await signUp(email);
      await colleague.call('orgAction', {
        action: 'acceptInvitation',
        token,
        applicant: { displayName: name },
      });
      await colleague.close();
      await main.locator('li', { hasText: name }).waitFor();
    }

    const first = main.locator('li', { hasText: names[0] });
    await first.getByRole('button', { name: 'Вилучити з організації' }).click();
    const dialog = lead.page.getByRole('dialog');
    // Cancel has the focus: Enter alone never removes anyone.
    expect((await focused(lead.page)).text).toBe('Скасувати');
    await lead.page.keyboard.press('Escape');
    expect(await dialog.count()).toBe(0);
    expect(await first.count()).toBe(1);
    await first.getByRole('button', { name: 'Вилучити з організації' }).click();
    await dialog.getByRole('button', { name: 'Вилучити' }).click();
    await main.getByText(`${names[0]} більше не є членом організації.`).waitFor();
    await expect.poll(() => first.count()).toBe(0);

    const second = main.locator('li', { hasText: names[1] });
    await second.getByRole('button', { name: 'Передати роль керівника' }).click();
    await dialog.getByRole('button', { name: 'Передати' }).click();
    // The former lead's page follows the new role, and says so: a member no longer invites
    // anyone.
    await expect
      .poll(() => main.getByRole('heading', { name: 'Запросити колегу' }).count(), {
        timeout: 15_000,
      })
      .toBe(0);
    await lead.page
      .locator('.session-notice', { hasText: 'Ваші права доступу змінилися' })
      .waitFor();
    await main.locator('li', { hasText: names[1] }).getByText('Керівник ГО').waitFor();
    expectNoPageErrors(lead);
  });
});
