import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { useState } from 'preact/hooks';
import { currentLanguage, t } from '../i18n/i18n.js';
import { PATHS } from '../router/routes.js';
import { catalogueOptions } from '../ui/catalogue-options.js';
import { Detail } from '../ui/details.js';
import { FilterSelect } from '../ui/filters.js';
import { areaName, filterPartners, regionName, type PartnerEntry } from './public-directory.js';

export interface PartnersDirectoryProps {
  partners: PartnerEntry[];
  region: string;
  area: string;
}

/**
 * The partners' filters and list: an island of the server-rendered page. Without JavaScript
 * the form is sent (GET) and the server filters; with it, the list follows each choice and
 * the address keeps the filters.
 */
export function PartnersDirectory(props: PartnersDirectoryProps) {
  const language = currentLanguage();
  const [filter, setFilter] = useState({ region: props.region, area: props.area });
  const shown = filterPartners(props.partners, filter, language);

  function choose(next: { region: string; area: string }): void {
    setFilter(next);
    const url = new URL(location.href);
    for (const name of ['region', 'area'] as const) {
      if (next[name]) url.searchParams.set(name, next[name]);
      else url.searchParams.delete(name);
    }
    history.replaceState(null, '', `${url.pathname}${url.search}`);
  }

  return (
    <>
      <form
        class="filters"
        role="search"
        aria-label={t('partners.heading')}
        method="get"
        action={PATHS.partners}
        onSubmit={(event) => event.preventDefault()}
      >
        {language === 'uk' ? null : <input type="hidden" name="lang" value={language} />}
        <FilterSelect
          form="partners"
          name="region"
          label={t('partners.region')}
          all={t('partners.allRegions')}
          options={catalogueOptions(REGIONS, language)}
          value={filter.region}
          onChange={(region) => choose({ ...filter, region })}
        />
        <FilterSelect
          form="partners"
          name="area"
          label={t('partners.area')}
          all={t('partners.allAreas')}
          options={catalogueOptions(AREAS, language)}
          value={filter.area}
          onChange={(area) => choose({ ...filter, area })}
        />
        <button type="submit" class="button button-secondary filters-submit">
          {t('partners.apply')}
        </button>
      </form>
      <p class="summary" id="partners-summary" aria-live="polite">
        {props.partners.length === 0
          ? t('partners.empty')
          : shown.length
            ? t('partners.count', { count: shown.length })
            : t('partners.none')}
      </p>
      <ul class="rows" aria-labelledby="partners-summary">
        {shown.map((partner) => (
          <li key={partner.orgId} class="row">
            <h2 class="row-title">{partner.shortName}</h2>
            {partner.name !== partner.shortName ? <p>{partner.name}</p> : null}
            <dl class="details details-compact">
              <Detail term={t('partners.region')}>
                {regionName(partner.regionCode, language)}
              </Detail>
              <Detail term={t('partners.areas')}>
                {partner.areas.map((code) => areaName(code, language)).join('; ')}
              </Detail>
              {partner.website ? (
                <Detail term={t('partners.website')}>
                  <a href={partner.website} rel="noopener noreferrer">
                    {partner.website}
                  </a>
                </Detail>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
