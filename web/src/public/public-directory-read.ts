import { z } from 'zod';
import {
  coordinatorDirectorySchema,
  councilDirectorySchema,
  partnerDirectorySchema,
} from '@domain/schemas/directory.schema.js';
import { readStored } from '@domain/stored/stored-document.js';
import { sortCouncils, type CouncilListEntry } from './public-councils.js';
import type { CoordinatorEntry, PartnerEntry } from './public-directory.js';

/**
 * The public directories' data, read through the domain's schemas when a page is rendered on
 * the server: data that does not fit is refused, naming the field, rather than shown half-read.
 * Kept apart from public-directory.ts so that the page's script does not bring zod.
 */
// The page needs only the lists; the time of the last rebuild is the server's.
const partnersOnly = z.object({ partners: partnerDirectorySchema.shape.partners });
const coordinatorsOnly = z.object({ coordinators: coordinatorDirectorySchema.shape.coordinators });
const councilsOnly = z.object({ councils: councilDirectorySchema.shape.councils });

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

/** The councils of `directory/councils`'s data, as `/councils` lists them. */
export function councilsFrom(data: unknown, language: 'uk' | 'en'): CouncilListEntry[] {
  if (data == null) return [];
  const { councils } = readStored(councilsOnly, 'directory/councils', data);
  return sortCouncils(
    councils.map((council) => ({
      ...council,
      name: { uk: council.name.uk, en: council.name.en ?? null },
      theme: council.theme ?? null,
    })),
    language,
  );
}
