/**
 * Ids the file routes accept for reports and attachments: what Firestore generates and the
 * seed and tests use. They become segments of a storage path, so nothing else gets through.
 */
export const ROUTE_ID = /^[A-Za-z0-9_-]{1,128}$/;
