// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import type { OrganisationView } from '../firebase/organisations.js';
import { inLanguage, loadCatalogue } from '../i18n/i18n.js';
import { OrganisationDetails } from './organisation-view.js';

afterEach(cleanup);

const organisation: OrganisationView = {
  orgId: '43900118',
  name: 'Громадська організація «Світанок»',
  shortName: 'ГО «Світанок»',
  edrpou: '43900118',
  legalForm: 'public_organisation',
  regionCode: 'UA-30',
  areas: [],
  website: null,
  publicEmail: 'svitanok@example.org',
  publicPhone: null,
  listedInDirectory: false,
  status: 'pending',
  statusReason: null,
  createdAt: null,
  updatedAt: null,
  verifiedAt: null,
};

describe('the EDRPOU code on the Secretariat’s review', () => {
  it('links to the State Register’s search in a new tab, with the code to paste and no claim of a check', () => {
    render(<OrganisationDetails organisation={organisation} checkInRegister />);
    const link = screen.getByRole('link', {
      name: 'Перевірити код у Єдиному державному реєстрі (відкриється в новій вкладці)',
    });
    expect(link.getAttribute('href')).toBe('https://usr.minjust.gov.ua/content/free-search');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    const hint = document.getElementById(link.getAttribute('aria-describedby')!)!;
    expect(hint.textContent).toBe(
      'Платформа не перевіряє код сама: вставте 43900118 у пошук реєстру й порівняйте назву та керівника.',
    );
    // The code itself stands beside the link, to be copied.
    expect(link.closest('dd')!.textContent!.startsWith('43900118')).toBe(true);
  });

  it('reads in English too', async () => {
    await loadCatalogue('en');
    inLanguage('en', () => {
      render(<OrganisationDetails organisation={organisation} checkInRegister />);
      const link = screen.getByRole('link', {
        name: 'Check the code in the Unified State Register (opens in a new tab)',
      });
      expect(document.getElementById(link.getAttribute('aria-describedby')!)!.textContent).toBe(
        'The platform does not check the code itself: paste 43900118 into the register’s search and compare the name and the head.',
      );
    });
  });

  it('is shown without the link where no one reviews (the organisation’s own page)', () => {
    render(<OrganisationDetails organisation={organisation} />);
    expect(screen.getByText('43900118')).toBeTruthy();
    expect(screen.queryByRole('link', { name: /реєстр/ })).toBeNull();
    expect(document.getElementById('state-register-hint')).toBeNull();
  });
});
