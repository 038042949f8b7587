import { describe, expect, it } from 'vitest';
import { renderPublicPage } from './render.js';

const partners = {
  updatedAt: new Date(),
  partners: [
    {
      orgId: '43900115',
      name: 'Правозахисна ініціатива «Гідність»',
      shortName: 'ПІ «Гідність»',
      regionCode: 'UA-30',
      areas: ['restoration'],
      website: 'https://gidnist.example.org',
    },
    {
      orgId: '43900226',
      name: 'Харківська правозахисна група',
      shortName: 'ХПГ',
      regionCode: 'UA-63',
      areas: ['prevention'],
    },
  ],
};

const request = (
  page: 'home' | 'partners' | 'coordinators',
  search = '',
  directory: unknown = null,
) => ({
  page,
  path: page === 'home' ? '/' : `/${page}`,
  search,
  directory,
  directoryFailed: false,
  siteUrl: 'https://spilno.example.org',
});

describe('server-rendered public pages', () => {
  it('render the home page as a whole document in Ukrainian, loading only the public script', async () => {
    const page = await renderPublicPage(request('home'));
    expect(page).toMatchObject({ status: 200, cacheable: true });
    expect(page.html).toMatch(/^<!doctype html><html lang="uk">/);
    expect(page.html).toContain('<title>Головна — Спільно</title>');
    expect(page.html).toContain('Разом захищаємо права людини');
    // What to do comes right after the introduction, before the principles.
    const whatToDo = page.html.indexOf('Що тут можна зробити');
    expect(whatToDo).toBeGreaterThan(page.html.indexOf('Разом захищаємо права людини'));
    expect(whatToDo).toBeLessThan(page.html.indexOf('Три засади співпраці'));
    expect(page.html).toContain('href="/app/reports/new"');
    expect(page.html).toContain('<script type="module" src="/public.js"></script>');
    expect(page.html.match(/<script/g)).toHaveLength(1);
    // The header is an island; the page's text is plain HTML.
    expect(page.html).toContain('data-island="header"');
    expect(page.html).not.toContain('data-island="partners"');
  });

  it('render English when the address asks, with links that keep it', async () => {
    const page = await renderPublicPage(request('home', '?lang=en'));
    expect(page.html).toMatch(/^<!doctype html><html lang="en">/);
    expect(page.html).toContain('Protecting human rights together');
    expect(page.html).toContain('href="/partners?lang=en"');
    // The switch back is a form that works without JavaScript.
    expect(page.html).toMatch(
      /<button type="submit" class="language-switch" name="lang" value="uk"/,
    );
  });

  it('filter the partners on the server, from the address', async () => {
    const page = await renderPublicPage(request('partners', '?region=UA-63', partners));
    expect(page.html).toContain('Організацій: 1.');
    expect(page.html).toContain('ХПГ');
    expect(page.html).not.toContain('<h2 class="row-title">ПІ «Гідність»</h2>');
    expect(page.html).toContain('<option selected value="UA-63">');
    // The island carries every partner, so that the browser filters without asking again.
    expect(page.html).toContain('data-island="partners"');
    expect(page.html).toContain('ПІ «Гідність»');
  });

  it('ignore a filter the catalogues do not know', async () => {
    const page = await renderPublicPage(
      request('partners', '?region=UA-99&area=%3Cscript%3E', partners),
    );
    expect(page.html).toContain('Організацій: 2.');
    expect(page.html).not.toContain('<script>');
  });

  it('list the coordinators under all 27 regions', async () => {
    const page = await renderPublicPage(
      request('coordinators', '', {
        coordinators: [
          {
            uid: 'c1',
            displayName: 'Наталія Шевчук',
            regions: ['UA-30'],
            workEmail: 'n@ombudsman.example',
          },
        ],
      }),
    );
    expect(page.html.match(/<li class="region[ "]/g)).toHaveLength(27);
    expect(page.html).toContain('Координаторів призначено в регіонах: 1 з 27.');
    expect(page.html).toContain('href="mailto:n@ombudsman.example"');
  });

  it('say so when the directory could not be read, and are not cached', async () => {
    const page = await renderPublicPage({ ...request('coordinators'), directoryFailed: true });
    expect(page).toMatchObject({ status: 503, cacheable: false });
    expect(page.html).toContain('Не вдалося завантажити список координаторів.');
  });
});
