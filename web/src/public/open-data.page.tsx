import { OPEN_DATA_TABLES } from '@domain/open-data/open-data-tables.js';
import type { Table } from '@domain/open-data/table-schema.js';
import { currentLanguage, t, type MessageKey } from '../i18n/i18n.js';
import { PageHeading } from '../ui/page-heading.js';

export const openDataTitle = () => t('openData.title');

/** One table of the open data: what it holds, its two files and its stable columns. */
function OpenDataTable(props: { table: Table<never> }) {
  const { table } = props;
  const language = currentLanguage();
  const title = t(`openData.tables.${table.name}` as MessageKey);
  return (
    <section aria-labelledby={`table-${table.name}`}>
      <h2 id={`table-${table.name}`}>{title}</h2>
      <p>{t(`openData.tables.${table.name}Holds` as MessageKey)}</p>
      <p>
        {t('openData.files')}:{' '}
        <a href={`/open-data/${table.name}.csv`} type="text/csv">
          {table.name}.csv
        </a>
        {' · '}
        <a href={`/open-data/${table.name}.json`} type="application/json">
          {table.name}.json
        </a>
      </p>
      <details>
        <summary>{t('openData.columns', { table: title })}</summary>
        <ul>
          {table.columns.map((column) => (
            <li key={column.name}>
              <code>{column.name}</code> ({column.type}) —{' '}
              {language === 'uk' ? column.title : column.description}
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

/**
 * `/open-data`: the files of the open data (served under `/open-data/*` by the functions),
 * what each holds and its columns, from the same table definitions that write the files and
 * datapackage.json, so the page cannot describe a column the files do not have.
 */
export function OpenDataPage() {
  return (
    <div class="page open-data">
      <PageHeading title={openDataTitle()}>{t('openData.heading')}</PageHeading>
      <p class="lead">{t('openData.intro')}</p>
      <ul>
        <li>
          <a href="/open-data/datapackage.json" type="application/json">
            {t('openData.datapackage')}
          </a>
        </li>
        <li>
          <a href="/feed.xml" type="application/atom+xml">
            {t('openData.feed')}
          </a>
        </li>
      </ul>
      {OPEN_DATA_TABLES.map((table) => (
        <OpenDataTable key={table.name} table={table} />
      ))}
    </div>
  );
}
