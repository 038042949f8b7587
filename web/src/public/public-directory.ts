import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import { REGIONS } from '@domain/catalogues/regions.js';

/**
 * The public directories as the public pages show them: partner organisations and regional
 * coordinators, one document each (`directory/partners`, `directory/coordinators`), whose
 * data the server reads and passes in. Read defensively: an entry missing what it needs is
 * left out rather than shown half-empty.
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

type Fields = { [field: string]: unknown };

function isFields(value: unknown): value is Fields {
  return (
    typeof value === 'object' && value !== null && !Array.isArray(value) && !(value instanceof Date)
  );
}

/** The list a directory document keeps under `field`, or none. */
function entries(data: unknown, field: string): Fields[] {
  const list = isFields(data) ? data[field] : undefined;
  return Array.isArray(list) ? list.filter(isFields) : [];
}

function text(value: unknown): string | null {
  return typeof value === 'string' && value.trim() ? value.trim() : null;
}

function texts(value: unknown): string[] {
  return Array.isArray(value)
    ? value.filter((item): item is string => typeof item === 'string')
    : [];
}

function webAddress(value: unknown): string | null {
  const address = text(value);
  return address && /^https?:\/\//i.test(address) ? address : null;
}

/** The partners of `directory/partners`'s data. */
export function partnersFrom(data: unknown): PartnerEntry[] {
  return entries(data, 'partners').flatMap((entry) => {
    const orgId = text(entry.orgId);
    const name = text(entry.name);
    const regionCode = text(entry.regionCode);
    if (!orgId || !name || !regionCode) return [];
    return [
      {
        orgId,
        name,
        shortName: text(entry.shortName) ?? name,
        regionCode,
        areas: texts(entry.areas),
        website: webAddress(entry.website),
      },
    ];
  });
}

/** The coordinators of `directory/coordinators`'s data. */
export function coordinatorsFrom(data: unknown): CoordinatorEntry[] {
  return entries(data, 'coordinators').flatMap((entry) => {
    const uid = text(entry.uid);
    const displayName = text(entry.displayName);
    const regions = texts(entry.regions);
    if (!uid || !displayName || regions.length === 0) return [];
    return [
      {
        uid,
        displayName,
        position: text(entry.position),
        regions,
        workEmail: text(entry.workEmail),
        workPhone: text(entry.workPhone),
      },
    ];
  });
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
