import { z } from 'zod';
import { areaCodeSchema, regionCodeSchema } from '../catalogues/catalogue-schemas.js';
import { timestampSchema } from '../fields.js';
import { COUNCIL_KINDS } from './council.schema.js';

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

/**
 * `directory/councils`: public. What `/councils` lists of each council (its name, kind, theme
 * and how many organisations sit on it), one document kept from `councils/{id}` (whose
 * `memberOrgs` the council actions keep), so the public page costs one read.
 */
export const councilEntrySchema = z
  .object({
    id: z.string(),
    kind: z.enum(COUNCIL_KINDS),
    name: z.object({ uk: z.string().min(1), en: z.string().min(1).optional() }).strict(),
    theme: areaCodeSchema.optional(),
    organisationCount: z.int().min(0),
  })
  .strict();

export const councilDirectorySchema = z
  .object({ councils: z.array(councilEntrySchema), updatedAt: timestampSchema })
  .strict();
export type CouncilEntry = z.infer<typeof councilEntrySchema>;

const COUNCIL_DIRECTORY_FIELDS = ['kind', 'name', 'theme', 'memberOrgs'] as const;

/** Whether a change of a council can change the public list of councils. */
export function affectsCouncilDirectory(
  before: Record<string, unknown> | undefined,
  after: Record<string, unknown> | undefined,
) {
  return (
    before === undefined ||
    after === undefined ||
    COUNCIL_DIRECTORY_FIELDS.some(
      (field) => JSON.stringify(before[field]) !== JSON.stringify(after[field]),
    )
  );
}

/** The public entry of a council, or null if it cannot be shown. */
export function councilEntry(id: string, council: Record<string, unknown>): CouncilEntry | null {
  const name = council.name as { uk?: unknown; en?: unknown } | undefined;
  const parsed = councilEntrySchema.safeParse({
    id,
    kind: council.kind,
    // An empty English name is no name: the page falls back to the Ukrainian.
    name: { uk: name?.uk, ...(name?.en ? { en: name.en } : {}) },
    theme: council.theme,
    organisationCount: Array.isArray(council.memberOrgs) ? council.memberOrgs.length : undefined,
  });
  return parsed.success ? parsed.data : null;
}
