import { describe, expect, it } from 'vitest';
import { OPEN_DATA_TABLES } from '@domain/open-data/open-data-tables.js';
import { renderPublicPage } from './render.js';

const openData = (search: string) =>
  renderPublicPage({
    page: 'openData',
    path: '/open-data',
    search,
    directory: null,
    directoryFailed: false,
    siteUrl: 'https://spilno.example.org',
  });

describe('the open data page', () => {
  it('lists every file of the open data with what it holds and its columns, in Ukrainian', async () => {
    const page = await openData('');
    expect(page).toMatchObject({ status: 200, cacheable: true });
    expect(page.html).toContain('<h1');
    expect(page.html).toContain('Відкриті дані');
    expect(page.html).toContain('href="/open-data/datapackage.json"');
    expect(page.html).toContain('href="/feed.xml"');
    for (const table of OPEN_DATA_TABLES) {
      expect(page.html).toContain(`href="/open-data/${table.name}.csv"`);
      expect(page.html).toContain(`href="/open-data/${table.name}.json"`);
      for (const column of table.columns)
        expect(page.html).toContain(`<code>${column.name}</code>`);
    }
    expect(page.html).toContain('рекомендації до Верховної Ради та їхні результати');
    expect(page.html).toContain('Стовпці таблиці «Статистика»');
    // A missing catalogue key would show as the key itself.
    expect(page.html).not.toContain('openData.');
  });

  it('reads in English with ?lang=en', async () => {
    const page = await openData('?lang=en');
    expect(page.html).toContain('<html lang="en"');
    expect(page.html).toContain('Columns of the table «Statistics»');
    expect(page.html).toContain('recommendations to Parliament and their results');
    expect(page.html).not.toContain('openData.');
  });
});
