import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { h } from '../ui/legacy/dom.js';
import { currentLanguage, t } from '../i18n/i18n.js';
import { fetchDocument } from '../public-data/firestore-rest.js';
import { filterPartners, partnersFrom, type PartnerEntry } from './public-directory.js';
import { publicTarget } from '../public-data/target.js';
import type { PageContext, PageView } from '../router/page.js';
import { pageHeading } from '../ui/legacy/heading.js';

function label(catalogue: readonly { code: string; uk: string; en: string }[], code: string) {
  return catalogue.find((entry) => entry.code === code)?.[currentLanguage()] ?? code;
}

/** The directory, read once per visit; filtering happens on the page. */
let cached: Promise<PartnerEntry[]> | null = null;

function loadPartners(): Promise<PartnerEntry[]> {
  cached ??= fetchDocument(publicTarget(), 'directory/partners').then(
    partnersFrom,
    (error: unknown) => {
      cached = null;
      throw error;
    },
  );
  return cached;
}

/**
 * `/partners`: verified organisations that agreed to be listed (name, region, areas, website;
 * no people). One public document, read over Firestore's REST API: one read per visit, and no
 * Firebase SDK on the page. Filters by region and area live in the address.
 */
export async function partnersPage({ search, announce }: PageContext): Promise<PageView> {
  const language = currentLanguage();
  const params = new URLSearchParams(search);
  const title = t('partners.title');
  const heading = pageHeading(t('partners.heading'));
  const region = h(
    'select',
    { id: 'partners-region', name: 'region' },
    h('option', { value: '' }, t('partners.allRegions')),
    REGIONS.map((entry) => h('option', { value: entry.code }, entry[language])),
  );
  region.value = params.get('region') ?? '';
  const area = h(
    'select',
    { id: 'partners-area', name: 'area' },
    h('option', { value: '' }, t('partners.allAreas')),
    AREAS.map((entry) => h('option', { value: entry.code }, entry[language])),
  );
  area.value = params.get('area') ?? '';
  const filters = h(
    'form',
    { class: 'filters', role: 'search', 'aria-label': t('partners.heading') },
    h('div', { class: 'field' }, h('label', { for: region.id }, t('partners.region')), region),
    h('div', { class: 'field' }, h('label', { for: area.id }, t('partners.area')), area),
  );
  const summary = h('p', { class: 'summary', id: 'partners-summary', 'aria-live': 'polite' });
  const list = h('ul', { class: 'rows', 'aria-labelledby': 'partners-summary' });
  const problem = h('div', { class: 'form-error', hidden: true });
  const node = h(
    'div',
    { class: 'page' },
    heading,
    h('p', { class: 'lead' }, t('partners.intro')),
    filters,
    problem,
    summary,
    list,
  );

  let partners: PartnerEntry[] = [];

  function render(): void {
    const shown = filterPartners(partners, { region: region.value, area: area.value }, language);
    list.replaceChildren(
      ...shown.map((partner) =>
        h(
          'li',
          { class: 'row' },
          h('h2', { class: 'row-title' }, partner.shortName),
          partner.name !== partner.shortName ? h('p', null, partner.name) : null,
          h(
            'dl',
            { class: 'details details-compact' },
            h('dt', null, t('partners.region')),
            h('dd', null, label(REGIONS, partner.regionCode)),
            h('dt', null, t('partners.areas')),
            h('dd', null, partner.areas.map((code) => label(AREAS, code)).join('; ')),
            ...(partner.website
              ? [
                  h('dt', null, t('partners.website')),
                  h(
                    'dd',
                    null,
                    h('a', { href: partner.website, rel: 'noopener noreferrer' }, partner.website),
                  ),
                ]
              : []),
          ),
        ),
      ),
    );
    summary.textContent =
      partners.length === 0
        ? t('partners.empty')
        : shown.length
          ? t('partners.count', { count: shown.length })
          : t('partners.none');
  }

  function onFilter(): void {
    const next = new URLSearchParams();
    if (region.value) next.set('region', region.value);
    if (area.value) next.set('area', area.value);
    history.replaceState(null, '', `${location.pathname}${next.size ? `?${next}` : ''}`);
    render();
  }
  region.addEventListener('change', onFilter);
  area.addEventListener('change', onFilter);
  filters.addEventListener('submit', (event) => event.preventDefault());

  async function load(): Promise<boolean> {
    try {
      partners = await loadPartners();
      problem.hidden = true;
      filters.hidden = false;
      render();
      return true;
    } catch (error) {
      console.error(error);
      const retry = h(
        'button',
        { type: 'button', class: 'button button-secondary' },
        t('common.retry'),
      );
      retry.addEventListener('click', () => {
        void load().then((ok) => {
          if (ok) {
            heading.focus();
            announce(summary.textContent ?? '');
          }
        });
      });
      problem.replaceChildren(h('p', null, t('partners.loadError')), retry);
      problem.hidden = false;
      filters.hidden = true;
      summary.textContent = '';
      return false;
    }
  }

  await load();
  return { title, node };
}
