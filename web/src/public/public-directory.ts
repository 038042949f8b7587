import { z } from 'zod';
import { AREAS } from '@domain/catalogues/areas.js';
import { labelOf } from '@domain/catalogues/catalogue.js';
import { REGIONS } from '@domain/catalogues/regions.js';
import {
  coordinatorDirectorySchema,
  partnerDirectorySchema,
} from '@domain/schemas/directory.schema.js';
import { readStored } from '@domain/stored/stored-document.js';

/**
 * The public directories as the public pages show them: partner organisations and regional
 * coordinators, one document each (`directory/partners`, `directory/coordinators`), which the
 * server reads and passes in (null before it is built). Read through the same schemas: data
 * that does not fit is refused, naming the field, rather than shown half-read.
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

// The page needs only the lists; the time of the last rebuild is the server's.
const partnersOnly = z.object({ partners: partnerDirectorySchema.shape.partners });
const coordinatorsOnly = z.object({ coordinators: coordinatorDirectorySchema.shape.coordinators });

function webAddress(value: string | undefined): string | null {
  return value && /^https?:\/\//i.test(value.trim()) ? value.trim() : null;
}

/** The partners of `directory/partners`'s data. */
export function partnersFrom(data: unknown): PartnerEntry[] {
  if (data == null) return [];
  const { partners } = readStored(partnersOnly, 'directory/partners', data);
  return partners.map((partner) => ({ ...partner, website: webAddress(partner.website) }));
}

/** The coordinators of `directory/coordinators`'s data. */
export function coordinatorsFrom(data: unknown): CoordinatorEntry[] {
  if (data == null) return [];
  const { coordinators } = readStored(coordinatorsOnly, 'directory/coordinators', data);
  return coordinators.map((coordinator) => ({
    ...coordinator,
    position: coordinator.position ?? null,
    workEmail: coordinator.workEmail ?? null,
    workPhone: coordinator.workPhone ?? null,
  }));
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
