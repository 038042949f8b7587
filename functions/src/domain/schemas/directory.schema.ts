import { z } from 'zod';
import { areaCodeSchema, regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import { timestampSchema } from '../fields.js';

/**
 * `directory/partners`: public. Verified organisations that agreed to be listed, with public
 * facts only (no people). One document, so the public page costs one read.
 */
export const partnerSchema = z
  .object({
    orgId: z.string(),
    name: z.string(),
    shortName: z.string(),
    regionCode: regionCodeSchema,
    areas: z.array(areaCodeSchema),
    website: z.string().optional(),
  })
  .strict();

export const partnerDirectorySchema = z
  .object({ partners: z.array(partnerSchema), updatedAt: timestampSchema })
  .strict();
export type Partner = z.infer<typeof partnerSchema>;

/**
 * `directory/coordinators`: public. The regional coordinators with their public work contacts,
 * one document kept from `coordinators/{uid}`, so the public page costs one read.
 */
export const coordinatorEntrySchema = z
  .object({
    uid: z.string(),
    displayName: z.string(),
    position: z.string().optional(),
    regions: z.array(regionCodeSchema).min(1),
    workEmail: z.string().optional(),
    workPhone: z.string().optional(),
  })
  .strict();

export const coordinatorDirectorySchema = z
  .object({ coordinators: z.array(coordinatorEntrySchema), updatedAt: timestampSchema })
  .strict();
export type CoordinatorEntry = z.infer<typeof coordinatorEntrySchema>;

/** The public entry of a coordinator's listing, or null if it cannot be shown. */
export function coordinatorEntry(
  uid: string,
  listing: Record<string, unknown>,
): CoordinatorEntry | null {
  const parsed = coordinatorEntrySchema.safeParse({
    uid,
    displayName: listing.displayName,
    position: listing.position,
    regions: listing.regions,
    workEmail: listing.workEmail,
    workPhone: listing.workPhone,
  });
  return parsed.success ? parsed.data : null;
}

const DIRECTORY_FIELDS = [
  'status',
  'listedInDirectory',
  'name',
  'shortName',
  'regionCode',
  'areas',
  'website',
] as const;

/** Whether a change of an organisation can change the public directory. */
export function affectsDirectory(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
) {
  return DIRECTORY_FIELDS.some(
    (field) => JSON.stringify(before?.[field]) !== JSON.stringify(after?.[field]),
  );
}

/** The public entry of an organisation, or null if it must not be listed. */
export function partnerEntry(orgId: string, org: Record<string, unknown>): Partner | null {
  if (org.status !== 'verified' || org.listedInDirectory !== true) return null;
  const parsed = partnerSchema.safeParse({
    orgId,
    name: org.name,
    shortName: org.shortName,
    regionCode: org.regionCode,
    areas: org.areas,
    website: org.website,
  });
  return parsed.success ? parsed.data : null;
}
