/**
 * Councils in the browser (issue 11): an administrator creates an Expert Council on the
 * councils page, the form checks the theme first with the shared schema, and the council's
 * public page, rendered on the server, shows it to a visitor.
 */
import { describe, expect, it } from 'vitest';
import { adminDb, unique } from '../support/admin.js';
import { ADMIN, DESKTOP, expectNoPageErrors, openSignedIn, useBrowser } from './browser.js';

const browser = useBrowser();

describe('councils', () => {
  it(
    'an administrator creates an expert council, and a visitor sees its public page',
    { timeout: 180_000 },
    async () => {
      const name = `Експертна рада ${unique('r').slice(-6)}`;
      const admin = await browser.open(DESKTOP);
      await openSignedIn(admin.page, '/app/councils', ADMIN);
      const main = admin.page.getByRole('main');
      await main.getByRole('heading', { name: 'Ради', level: 1 }).waitFor();
      // The seeded councils are listed.
      await main.getByText('Експертна рада з питань захисту прав дитини').waitFor();

      await admin.page.getByLabel('Назва українською').fill(name);
      await admin.page
        .getByLabel('Опис українською')
        .fill('Готує пропозиції щодо захисту прав людей похилого віку в закладах догляду.');
      await admin.page.getByRole('checkbox', { name: 'МПЕСКП' }).check();
      await main.getByRole('button', { name: 'Створити раду' }).click();
      // An expert council needs a theme: the schema says so on the field before any call.
      const themeError = admin.page.locator('#council-theme-error');
      await themeError.waitFor();
      expect(await themeError.innerText()).toMatch(/напрям/i);
      expect(await admin.page.locator('#council-theme').getAttribute('aria-invalid')).toBe('true');

      await admin.page.getByLabel('Напрям').selectOption({
        label: 'Приведення законодавства у відповідність до міжнародних стандартів',
      });
      await main.getByRole('button', { name: 'Створити раду' }).click();
      await main
        .getByText(`Раду «${name}» створено.`)
        .waitFor({ timeout: 60_000 })
        .catch(async (error: unknown) => {
          throw new Error(`No success message; the page says: ${await main.innerText()}`, {
            cause: error,
          });
        });
      await main.locator('#councils').getByText(name).waitFor();

      const stored = await adminDb().collection('councils').where('name.uk', '==', name).get();
      expect(stored.docs).toHaveLength(1);
      expect(stored.docs[0]!.data()).toMatchObject({
        kind: 'expert',
        theme: 'legislation',
        instruments: ['icescr'],
        memberOrgs: [],
      });
      expectNoPageErrors(admin);

      const visitor = await browser.open(DESKTOP);
      await visitor.page.goto(`/councils/${stored.docs[0]!.id}`);
      await visitor.page.getByRole('heading', { name, level: 1 }).waitFor();
      expect(await visitor.page.getByRole('main').innerText()).toContain(
        'До ради ще не увійшла жодна організація.',
      );
      expectNoPageErrors(visitor);
    },
  );
});
