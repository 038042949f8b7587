import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import { REGIONS } from '@domain/catalogues/regions.js';

/**
 * The public directories as the public pages show them: partner organisations and regional
 * coordinators, one document each (`directory/partners`, `directory/coordinators`), which the
 * server reads and passes in (null before it is built), read through their schemas on the
 * server side of the render (public-directory-read.ts): this module, which the page's script
 * shares, brings no schema and no zod.
 */
export interface PartnerEntry {
  orgId: string;
  name: string;
  shortName: string;
  regionCode: string;
  areas: string[];
  /** Only http(s) addresses are kept, so a link can never run script. */
  website: string | null;
}

export interface CoordinatorEntry {
  uid: string;
  displayName: string;
  position: string | null;
  regions: string[];
  workEmail: string | null;
  workPhone: string | null;
}

const collator = (language: string) => new Intl.Collator(language === 'en' ? 'en' : 'uk');

/** Partners in a region and area (empty filter: all), sorted by name. */
export function filterPartners(
  partners: readonly PartnerEntry[],
  filter: { region?: string; area?: string },
  language: 'uk' | 'en',
): PartnerEntry[] {
  const compare = collator(language);
  return partners
    .filter((partner) => !filter.region || partner.regionCode === filter.region)
    .filter((partner) => !filter.area || partner.areas.includes(filter.area))
    .sort((a, b) => compare.compare(a.shortName, b.shortName));
}

export interface RegionGroup {
  code: string;
  coordinators: CoordinatorEntry[];
}

/**
 * Every one of the 27 regions, in the catalogue's order, with its coordinators (a person who
 * serves several regions appears under each); a region without one has an empty list.
 */
export function groupByRegion(
  coordinators: readonly CoordinatorEntry[],
  language: 'uk' | 'en',
): RegionGroup[] {
  const compare = collator(language);
  return REGIONS.map(({ code }) => ({
    code,
    coordinators: coordinators
      .filter((coordinator) => coordinator.regions.includes(code))
      .sort((a, b) => compare.compare(a.displayName, b.displayName)),
  }));
}

/** A region's name; a code the catalogue does not know shows as it is. */
export function regionName(code: string, language: 'uk' | 'en'): string {
  return labelOf<string>(REGIONS, code, language);
}

/** An area's name; a code the catalogue does not know shows as it is. */
export function areaName(code: string, language: 'uk' | 'en'): string {
  return labelOf<string>(AREAS, code, language);
}
