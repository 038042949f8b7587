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
