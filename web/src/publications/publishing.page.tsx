import { PUBLICATION_KINDS } from '@domain/schemas/publication.schema.js';
import { useState } from 'preact/hooks';
import type { DraftItem } from '../firebase/publications.js';
import { millis } from '../data/fields.js';
import { formatDate } from '../format.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import type { PageProps } from '../router/page.js';
import { PATHS, publicationDraftPath } from '../router/routes.js';
import { Await } from '../ui/await.js';
import { ButtonLink } from '../ui/button.js';
import { FilterSelect, keepInAddress } from '../ui/filters.js';
import { PageHeading } from '../ui/page-heading.js';
import { StatusTag } from '../ui/status-tag.js';
import { useLive } from '../ui/use-data.js';
import { filterDrafts, LIST_STATES, listState } from './publication-list.js';
import './publications.css';

const adapter = () => import('../firebase/publications.js');
const FILTERS = 'publication-filters';

/**
 * `/app/publications`: every publication the Secretariat prepares, filtered by state and kind
 * (`?state=…&kind=…`, kept in the address so the Commissioner's start page can link to what
 * awaits approval), and for staff «Підготувати публікацію».
 */
export function PublishingPage(props: PageProps) {
  const query = new URLSearchParams(props.search);
  const [state, setState] = useState(query.get('state') ?? '');
  const [kind, setKind] = useState(query.get('kind') ?? '');
  const items = useLive<DraftItem[]>(
    async (next, fail) => (await adapter()).watchDrafts(next, fail),
    [],
  );
  const language = currentLanguage();
  const change = (next: { state?: string; kind?: string }) => {
    const filters = { state, kind, ...next };
    setState(filters.state);
    setKind(filters.kind);
    keepInAddress(filters);
  };
  return (
    <div class="page page-wide">
      <PageHeading>{t('publishing.list.title')}</PageHeading>
      <p class="lead">{t('publishing.list.intro')}</p>
      {props.claims?.role === 'staff' ? (
        <p>
          <ButtonLink href={PATHS.publicationNew}>{t('publishing.list.prepare')}</ButtonLink>
        </p>
      ) : null}
      <section aria-labelledby="publication-filters-heading" class="filters">
        <h2 id="publication-filters-heading" class="visually-hidden">
          {t('publishing.list.filters')}
        </h2>
        <FilterSelect
          form={FILTERS}
          name="state"
          label={t('publishing.list.state')}
          all={t('publishing.list.allStates')}
          options={LIST_STATES.map((s) => ({ value: s, label: t(`publishing.states.${s}`) }))}
          value={state}
          onChange={(value) => change({ state: value })}
        />
        <FilterSelect
          form={FILTERS}
          name="kind"
          label={t('publications.kind')}
          all={t('publications.allKinds')}
          options={PUBLICATION_KINDS.map((k) => ({ value: k, label: t(`publicationKinds.${k}`) }))}
          value={kind}
          onChange={(value) => change({ kind: value })}
        />
      </section>
      <Await state={items}>
        {(all) => {
          const shown = filterDrafts(all, { state, kind });
          if (!all.length) return <p>{t('publishing.list.none')}</p>;
          if (!shown.length) return <p>{t('publishing.list.noneFiltered')}</p>;
          return (
            <ul class="rows" id="publications">
              {shown.map((item) => {
                const itemState = listState(item);
                return (
                  <li key={item.id} class="row">
                    <p class="row-title">
                      <a href={publicationDraftPath(item.id)}>{item.title.uk}</a>
                    </p>
                    <p class="row-meta">
                      <StatusTag tone={`publication-${itemState}`}>
                        {t(`publishing.states.${itemState}`)}
                      </StatusTag>
                      {` · ${t(`publicationKinds.${item.kind}`)}`}
                      {item.sourceNumber ? ` · ${item.sourceNumber}` : ''}
                      {item.flags.length
                        ? ` · ${t('publishing.list.openFlags', { count: item.flags.length })}`
                        : ''}
                      {` · ${t('publishing.list.updated', { date: formatDate(millis(item.updatedAt), language) })}`}
                    </p>
                  </li>
                );
              })}
            </ul>
          );
        }}
      </Await>
    </div>
  );
}
