import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import { LEGAL_FORMS } from '@domain/catalogues/report-options.js';
import { organisationWorkflow } from '@domain/workflows/organisation.workflow.js';
import { h } from '../ui/legacy/dom.js';
import type { OrganisationView } from '../firebase/organisations.js';
import { currentLanguage, t } from '../i18n/i18n.js';

/** How an organisation's details read, on its own page and on the Secretariat's. */
export function regionName(code: string): string {
  return labelOf(REGIONS, code as (typeof REGIONS)[number]['code'], currentLanguage());
}

export function areaName(code: string): string {
  return labelOf(AREAS, code as (typeof AREAS)[number]['code'], currentLanguage());
}

export function legalFormName(code: string): string {
  return labelOf(LEGAL_FORMS, code as (typeof LEGAL_FORMS)[number]['code'], currentLanguage());
}

export function statusName(status: OrganisationView['status']): string {
  return organisationWorkflow.statusLabels[status][currentLanguage()];
}

/** A status as a tag whose colour repeats, never replaces, its words. */
export function statusTag(status: OrganisationView['status']): HTMLElement {
  return h('span', { class: `tag tag-${status}` }, statusName(status));
}

export function row(term: string, ...description: (Node | string | null)[]): HTMLElement[] {
  return [h('dt', null, term), h('dd', null, ...description)];
}

export function organisationDetails(organisation: OrganisationView): HTMLElement {
  return h(
    'dl',
    { class: 'details' },
    ...row(t('common.status'), statusTag(organisation.status)),
    ...row(t('orgFields.name'), organisation.name),
    ...row(t('orgFields.shortName'), organisation.shortName),
    ...row(t('orgFields.edrpou'), organisation.edrpou),
    ...row(t('orgFields.legalForm'), legalFormName(organisation.legalForm)),
    ...row(t('orgFields.regionCode'), regionName(organisation.regionCode)),
    ...row(
      t('orgFields.areas'),
      h(
        'ul',
        { class: 'plain-list' },
        organisation.areas.map((area) => h('li', null, areaName(area))),
      ),
    ),
    ...row(
      t('orgFields.website'),
      organisation.website && /^https?:\/\//i.test(organisation.website)
        ? h('a', { href: organisation.website, rel: 'noopener noreferrer' }, organisation.website)
        : (organisation.website ?? t('common.none')),
    ),
    ...row(
      t('orgFields.publicEmail'),
      h('a', { href: `mailto:${organisation.publicEmail}` }, organisation.publicEmail),
    ),
    ...row(t('orgFields.publicPhone'), organisation.publicPhone ?? t('common.none')),
    ...row(
      t('orgFields.listedInDirectory'),
      t(organisation.listedInDirectory ? 'organisation.listedYes' : 'organisation.listedNo'),
    ),
  );
}
