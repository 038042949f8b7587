// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { inLanguage, loadCatalogue } from '../i18n/i18n.js';
import { NextSteps } from './register-organisation.page.js';

afterEach(cleanup);

const steps = () => screen.getAllByRole('listitem').map((item) => item.textContent);

describe('the registration confirmation', () => {
  it('says the regional coordinator was told when one was', () => {
    render(<NextSteps shortName="ГО «Світанок»" coordinatorNotified />);
    expect(steps()[0]).toBe(
      'Секретаріат Уповноваженого перевіряє дані організації, зокрема код ЄДРПОУ. Регіональний координатор вашої області теж отримав сповіщення.',
    );
  });

  it('says nothing of a coordinator for a region that has none, in either language', async () => {
    render(<NextSteps shortName="ГО «Світанок»" coordinatorNotified={false} />);
    expect(steps()[0]).toBe(
      'Секретаріат Уповноваженого перевіряє дані організації, зокрема код ЄДРПОУ.',
    );
    expect(document.body.textContent).not.toMatch(/координатор/i);
    cleanup();
    await loadCatalogue('en');
    inLanguage('en', () => {
      render(<NextSteps shortName="Svitanok" coordinatorNotified={false} />);
      expect(document.body.textContent).not.toMatch(/coordinator/i);
      expect(steps()).toHaveLength(4);
    });
  });
});
