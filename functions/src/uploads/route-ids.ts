import { fileRouteIdSchema } from '../domain/uploads/upload-targets.js';

/**
 * Ids the file routes accept for reports, proposals, meetings and attachments: what Firestore generates and the
 * seed and tests use, and never an id Firestore reserves (`__…__`). They become segments of a
 * storage path, so nothing else gets through.
 */
export const routeIdSchema = fileRouteIdSchema;

export function isRouteId(id: string): boolean {
  return routeIdSchema.safeParse(id).success;
}
