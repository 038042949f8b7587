import { AREAS } from '@domain/catalogues/areas.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { useState } from 'preact/hooks';
import { currentLanguage, t } from '../i18n/i18n.js';
import { PATHS } from '../router/routes.js';
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
        <div class="field">
          <label for="partners-region">{t('partners.region')}</label>
          <select
            id="partners-region"
            name="region"
            value={filter.region}
            onChange={(event) => choose({ ...filter, region: event.currentTarget.value })}
          >
            <option value="">{t('partners.allRegions')}</option>
            {REGIONS.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry[language]}
              </option>
            ))}
          </select>
        </div>
        <div class="field">
          <label for="partners-area">{t('partners.area')}</label>
          <select
            id="partners-area"
            name="area"
            value={filter.area}
            onChange={(event) => choose({ ...filter, area: event.currentTarget.value })}
          >
            <option value="">{t('partners.allAreas')}</option>
            {AREAS.map((entry) => (
              <option key={entry.code} value={entry.code}>
                {entry[language]}
              </option>
            ))}
          </select>
        </div>
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
              <dt>{t('partners.region')}</dt>
              <dd>{regionName(partner.regionCode, language)}</dd>
              <dt>{t('partners.areas')}</dt>
              <dd>{partner.areas.map((code) => areaName(code, language)).join('; ')}</dd>
              {partner.website ? (
                <>
                  <dt>{t('partners.website')}</dt>
                  <dd>
                    <a href={partner.website} rel="noopener noreferrer">
                      {partner.website}
                    </a>
                  </dd>
                </>
              ) : null}
            </dl>
          </li>
        ))}
      </ul>
    </>
  );
}
